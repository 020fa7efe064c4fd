import { spawnSync } from 'node:child_process';

/** `npm run --silent sim -- …args` as a user runs it: exit code, stdout and stderr. */
export function sim(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
