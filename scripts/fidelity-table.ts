// `npx tsx scripts/fidelity-table.ts`: writes docs/fidelity-table.md, a README fragment that puts, per
// scenario, the textbook figure, the simulator's and real Linux's (the committed captures) side by side.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Totals } from '../src/sim/index';
import { getStraceLines, parseParams, simulate } from '../src/sim/index';
import type { Fixture } from '../tests/fidelity/fixture';
import { loadFixtures } from '../tests/fidelity/fixture';
import type { IntendedDifference } from '../tests/fidelity/intendedDifferences';
import { applyStraceDifferences, INTENDED_DIFFERENCES } from '../tests/fidelity/intendedDifferences';
import { normaliseStrace, SIM_PIDS } from '../tests/fidelity/normalise';

const OUT = path.resolve(import.meta.dirname, '../docs/fidelity-table.md');

interface Textbook {
  title: string;
  /** What textbooks and the IBM article say (reference §1, §8); `—` where they say nothing. */
  claim: string;
  syscalls: string;
  modeSwitches: string;
  cpuCopies: string;
  dma: string;
  faults: string;
  /** The fixture variant of the DESIGN §5 reference run (defaults, file=4096, cold), shown in full. */
  headline: string;
}

const TEXTBOOK: Record<string, Textbook> = {
  syscall: {
    title: 'One system call',
    claim: 'a system call enters the kernel and returns: two mode switches.',
    ...{ syscalls: '1', modeSwitches: '2', cpuCopies: '0', dma: '0', faults: '0' },
    headline: 'arch=x86_64',
  },
  'read-write': {
    title: 'read() + write()',
    claim: '4 "context switches" and 4 copies, 2 by DMA and 2 by the CPU (IBM 2008).',
    ...{ syscalls: '2', modeSwitches: '4', cpuCopies: '2', dma: '2', faults: '—' },
    headline: 'file=4096.loop=size.cache=cold',
  },
  'mmap-write': {
    title: 'mmap() + write()',
    claim: 'mmap shares the page cache: 4 switches, 3 copies, 2 by DMA and 1 by the CPU.',
    ...{ syscalls: '2', modeSwitches: '4', cpuCopies: '1', dma: '2', faults: '—' },
    headline: 'file=4096.cache=cold',
  },
  sendfile: {
    title: 'sendfile()',
    claim: '2 switches and 3 copies (2 DMA, 1 CPU); with a gather (SG) NIC no CPU copy at all (IBM 2008).',
    ...{ syscalls: '1', modeSwitches: '2', cpuCopies: '1, or 0 with SG', dma: '2', faults: '—' },
    headline: 'file=4096.loop=size.cache=cold',
  },
  splice: {
    title: 'splice() file → pipe → socket',
    claim: 'the pipe holds page references, so no CPU copy.',
    ...{ syscalls: '—', modeSwitches: '—', cpuCopies: '0', dma: '—', faults: '—' },
    headline: 'file=4096.loop=size.cache=cold',
  },
  'direct-io': {
    title: 'O_DIRECT read() + write()',
    claim: 'bypasses the page cache: the disk DMAs into the user buffer, then 1 CPU copy to the socket.',
    ...{ syscalls: '2', modeSwitches: '4', cpuCopies: '1', dma: '2', faults: '—' },
    headline: 'file=4096.loop=size.cache=cold',
  },
  'cow-fork': {
    title: 'fork() and copy-on-write',
    claim:
      'fork copies the page tables and write-protects the pages; a first write faults and copies the page.',
    ...{
      syscalls: '—',
      modeSwitches: '—',
      cpuCopies: '1 per page written',
      dma: '0',
      faults: '1 per page written',
    },
    headline: 'pages=4',
  },
  'kernel-access': {
    title: 'Ring-3 access to a kernel address',
    claim: 'the page is supervisor-only: a page fault, SIGSEGV, the process is killed.',
    ...{ syscalls: '0', modeSwitches: '—', cpuCopies: '0', dma: '0', faults: '1' },
    headline: 'arch=x86_64',
  },
};

const NOT_SEEN = 'n/v';

function row(name: string, fixture: Fixture): Row {
  const scenario = fixture.scenario as Parameters<typeof parseParams>[0] & Parameters<typeof simulate>[0];
  const parsed = parseParams(scenario, fixture.params);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  const trace = simulate(scenario, parsed.params);
  const sim = applyStraceDifferences(name, normaliseStrace(getStraceLines(trace), SIM_PIDS));
  const sameStrace = JSON.stringify(sim) === JSON.stringify(applyStraceDifferences(name, fixture.strace));
  return { name, fixture, totals: trace.totals, sameStrace };
}

const syscallsOf = (f: Fixture): number =>
  f.strace.filter((l) => !/^(\[pid \w+\] )?(---|\+\+\+)/.test(l)).length;

/** ` (see `id`)` for the intended differences behind a figure, or nothing. */
function see(
  name: string,
  field: IntendedDifference['field'],
  also = (_d: IntendedDifference): boolean => true,
): string {
  const ids = INTENDED_DIFFERENCES.filter((d) => d.field === field && d.fixtures.test(name) && also(d)).map(
    (d) => `\`${d.id}\``,
  );
  return ids.length ? ` (see ${ids.join(', ')})` : '';
}

function realFaults(name: string, f: Fixture): string {
  const { minor, major } = f.pageFaults;
  const total = `${minor + major} (${minor} minor, ${major} major)`;
  if (!f.pageFaultSteps) return total + see(name, 'pageFaults');
  const own = f.pageFaultSteps.reduce((n, s) => n + s.minor + s.major, 0);
  return `${own} on the program's writes; ${total} with fork's incidental ones${see(name, 'pageFaults')}`;
}

function headline({ name, fixture: f, totals: t }: Row, book: Textbook): string[] {
  const n = syscallsOf(f);
  return [
    `${book.title}. Textbook: ${book.claim} Reference run: \`${f.variant.replaceAll('.', ' ')}\`.`,
    '',
    '| | textbook | simulator | real Linux |',
    '|---|---|---|---|',
    `| syscalls | ${book.syscalls} | ${t.syscalls} | ${n}${see(name, 'strace', (d) => d.ignoreLines !== undefined)} |`,
    `| mode switches by syscalls / exceptions | ${book.modeSwitches} | ${t.modeSwitchesBy.syscall} / ${t.modeSwitchesBy.exception} | ${2 * n} / ${NOT_SEEN} |`,
    `| CPU copies (bytes) | ${book.cpuCopies} | ${t.cpuCopies} (${t.cpuBytes}) | ${NOT_SEEN} |`,
    `| DMA transfers (bytes) | ${book.dma} | ${t.dmaTransfers} (${t.dmaBytes}) | ${NOT_SEEN} |`,
    `| page faults | ${book.faults} | ${t.pageFaults} | ${realFaults(name, f)} |`,
    '',
  ];
}

interface Row {
  name: string;
  fixture: Fixture;
  totals: Totals;
  sameStrace: boolean;
}

/** Small files first, then loop=size before eof, cold before warm. */
function order(f: Fixture): number[] {
  const p = f.params;
  return [Number(p.file ?? 0), Number(p.bufoff ?? 0), p.loop === 'eof' ? 1 : 0, p.cache === 'warm' ? 1 : 0];
}

function byParams(a: Row, b: Row): number {
  const [x, y] = [order(a.fixture), order(b.fixture)];
  return x.reduce((d, v, i) => d || v - (y[i] ?? 0), 0);
}

function variants(rows: Row[]): string[] {
  return [
    '| variant | syscalls: sim / Linux | page faults: sim / Linux (minor + major) | same strace |',
    '|---|---|---|---|',
    ...[...rows].sort(byParams).map(({ fixture: f, totals: t, sameStrace }) => {
      const pf = f.pageFaults;
      return `| ${f.variant} | ${t.syscalls} / ${syscallsOf(f)} | ${t.pageFaults} / ${pf.minor} + ${pf.major} | ${sameStrace ? 'yes' : '**no**'} |`;
    }),
    '',
  ];
}

function render(): string {
  const all = loadFixtures().map(({ name, fixture }) => row(name, fixture));
  const first = all[0]?.fixture;
  const lines = [
    '<!-- Generated by scripts/fidelity-table.ts from tests/fidelity/fixtures; do not edit by hand. -->',
    '',
    '## Textbook, simulator and real Linux',
    '',
    `Real Linux: ${first?.kernel ?? '?'}, ${first?.filesystem ?? '?'}; captured with \`npm run capture\`. Syscalls come from`,
    "strace (the program's data-path window only), page faults from getrusage in an un-traced run. Copies, DMA and",
    'exception mode switches are not visible to either (n/v); the reference (`reference/linux-data-paths.md` §1)',
    'measured them with kernel tracepoints. Textbook "—": the textbook account does not say.',
    'Where the figures differ on purpose, `docs/fidelity-differences.md` says why.',
    '',
  ];
  for (const [scenario, book] of Object.entries(TEXTBOOK)) {
    const rows = all.filter((r) => r.fixture.scenario === scenario);
    const main = rows.find((r) => r.fixture.variant === book.headline) ?? rows[0];
    if (!main) continue;
    lines.push(`### \`${scenario}\``, '', ...headline(main, book));
    if (rows.length > 1) lines.push(...variants(rows));
  }
  return lines.join('\n');
}

const table = render();
writeFileSync(OUT, table);

// The README's "How we know it is right" section carries the same tables between two markers.
const README = path.resolve(import.meta.dirname, '../README.md');
const START = '<!-- fidelity:start -->';
const END = '<!-- fidelity:end -->';
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md lacks the ${START} … ${END} markers`);
const body = table.replace(/^<!--.*-->\n/, '').replace(/^## .*\n/m, '');
writeFileSync(README, readme.slice(0, from + START.length) + '\n' + body.trim() + '\n' + readme.slice(to));
process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
