import { describe, expect, it } from 'vitest';
import {
  browserCandidates,
  canInstallWithApt,
  chooseBrowser,
  findChromium,
  planBrowser,
  APT_COMMANDS,
  INSTALL_HINT,
  type System,
} from '../../scripts/browser/findChromium';
import { freePortSync } from '../../scripts/browser/freePort';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const root: System = { platform: 'linux', uid: 0, osRelease: DEBIAN, hasAptGet: true };

describe('browserCandidates', () => {
  it("tries Debian first, then the usual names on PATH, then Playwright's download", () => {
    const list = browserCandidates({ pathDirs: ['/opt/bin', '/usr/bin'], playwright: '/pw/chrome' });
    expect(list[0]).toBe('/usr/bin/chromium');
    expect(list).toContain('/opt/bin/chromium-browser');
    expect(list).toContain('/usr/bin/google-chrome');
    expect(list.at(-1)).toBe('/pw/chrome');
    expect(new Set(list).size).toBe(list.length);
    expect(list.indexOf('/opt/bin/chromium')).toBeLessThan(list.indexOf('/opt/bin/google-chrome'));
  });

  it('takes CHROMIUM_PATH as the only choice', () => {
    expect(browserCandidates({ chosen: '/x/chrome', pathDirs: ['/usr/bin'], playwright: '/pw' })).toEqual([
      '/x/chrome',
    ]);
  });
});

describe('chooseBrowser', () => {
  const list = browserCandidates({ pathDirs: ['/usr/local/bin', '/usr/bin'], playwright: '/pw/chrome' });
  it('picks the first candidate that exists', () => {
    const there = new Set(['/usr/bin/google-chrome', '/pw/chrome']);
    expect(chooseBrowser(list, (p) => there.has(p))).toBe('/usr/bin/google-chrome');
  });
  it("falls back to Playwright's own", () => {
    expect(chooseBrowser(list, (p) => p === '/pw/chrome')).toBe('/pw/chrome');
  });
  it('finds nothing when nothing is there', () => {
    expect(chooseBrowser(list, () => false)).toBeUndefined();
  });
});

describe('canInstallWithApt', () => {
  it('installs as root on Debian and Ubuntu', () => {
    expect(canInstallWithApt(root)).toBe(true);
    expect(canInstallWithApt({ ...root, osRelease: UBUNTU })).toBe(true);
  });
  it('never as another user, elsewhere, or without apt-get', () => {
    expect(canInstallWithApt({ ...root, uid: 1000 })).toBe(false);
    expect(canInstallWithApt({ ...root, osRelease: FEDORA })).toBe(false);
    expect(canInstallWithApt({ ...root, osRelease: undefined })).toBe(false);
    expect(canInstallWithApt({ ...root, hasAptGet: false })).toBe(false);
    expect(canInstallWithApt({ ...root, platform: 'darwin' })).toBe(false);
  });
});

describe('planBrowser', () => {
  it('uses a browser it found', () => {
    expect(planBrowser('/usr/bin/chromium', undefined, root)).toEqual({ use: '/usr/bin/chromium' });
  });
  it("installs Debian's chromium with apt-get update, then apt-get install -y chromium", () => {
    const plan = planBrowser(undefined, undefined, root);
    expect(plan).toEqual({ install: APT_COMMANDS });
    expect(APT_COMMANDS.map((c) => c.filter((w) => !w.startsWith('-o') && !w.includes('Lock')))).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium'],
    ]);
  });
  it('stops with one line naming what to install where it cannot install', () => {
    const plan = planBrowser(undefined, undefined, { ...root, uid: 1000 });
    expect(plan).toEqual({ stop: INSTALL_HINT });
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toMatch(/apt-get install -y chromium/);
    expect(INSTALL_HINT).toMatch(/npx playwright install chromium/);
  });
  it('never installs over a CHROMIUM_PATH that names no browser: it says so', () => {
    const plan = planBrowser(undefined, '/x/chrome', root);
    expect('stop' in plan && plan.stop.startsWith('CHROMIUM_PATH=/x/chrome is not')).toBe(true);
  });
});

describe('on this machine', () => {
  it('finds no browser when CHROMIUM_PATH names a file that is not there', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium', PATH: '/usr/bin' })).toBeUndefined();
  });
  it('gives a port that can be listened on', async () => {
    const { createServer } = await import('node:net');
    const port = freePortSync();
    expect(port).toBeGreaterThan(0);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    server.close();
  });
});
