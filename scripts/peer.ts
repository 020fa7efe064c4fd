// A peer program of the captures (tests/fidelity/c: sink.c receives what a scenario sends, source.c sends
// what recv_write.c receives): started before the program, it prints "port=N" once listening. Shared by
// scripts/capture.ts and scripts/captureStacks.ts.
import { spawn, type ChildProcess } from 'node:child_process';

export interface PeerOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Called with the child as soon as it is spawned (capture.ts tracks it, so none outlives the capture). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

/**
 * Starts `program args` and resolves once it printed its port; `ended()` waits (at most 5 s, then kills it)
 * for its exit and what `parseEnd` reads from its output, and rejects when it failed.
 */
export async function startPeer<T>(
  program: string,
  args: readonly string[],
  parseEnd: (out: string) => T | null,
  options: PeerOptions,
): Promise<{ port: number; ended: () => Promise<T> }> {
  const name = program.replace('./', '');
  const child = spawn(program, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  options.onSpawn?.(child);
  let out = '';
  const done = new Promise<T>((resolve, reject) => {
    child.on('close', (code) => {
      const end = code === 0 ? parseEnd(out) : null;
      if (end !== null) resolve(end);
      else reject(new Error(`${name} ended with ${code}: ${out}`));
    });
  });
  const ended = (): Promise<T> => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    return done.finally(() => clearTimeout(timer));
  };
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /port=(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('error', reject);
    child.on('close', () => reject(new Error(`${name} exited before listening`)));
  });
  return { port, ended };
}
