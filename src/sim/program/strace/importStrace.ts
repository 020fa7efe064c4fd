import { assemble } from './assemble';
import { readLog } from './logEvents';
import { notice } from './notices';
import type { ImportStraceOptions, ImportedStrace } from './types';
import { Walker } from './walker';

export type { ExpectedCall, ImportStraceOptions, ImportedStrace } from './types';

/**
 * Turns `strace -f` output into a program of the scenario language that replays it on the model: the
 * log's file, socket and pipe become the world's fd 3, 4 and 5/6 (other sockets it sends on: 7, 8, …); the calls the model runs become its
 * calls; every other call stays as an opaque `syscall("name", ret)` (counted, not run). Pure, total and
 * bounded: any text gives a program (perhaps an empty one) and notices, never an exception.
 */
export function importStrace(text: string, options: ImportStraceOptions = {}): ImportedStrace {
  const { events, notices } = readLog(text);
  // First walk: which descriptions carry the data (one file, the sockets it sends on, one pipe).
  const survey = new Walker(events, null);
  survey.run();
  const chosen = survey.choose();
  const walk = new Walker(events, chosen);
  walk.run();
  const all = [...notices, ...walk.notices];
  const opaque = [...walk.opaqueNames];
  if (opaque.length > 0) {
    const count = opaque.reduce((n, [, k]) => n + k, 0);
    const names = opaque.map(([name, k]) => (k > 1 ? `${name} ×${k}` : name)).join(', ');
    all.push(notice(0, 'opaqueSummary', { count, names }));
  }
  const program = assemble(walk, options.cache ?? 'cold', all);
  all.sort((a, b) => a.line - b.line);
  return { program: program.text, notices: all, calls: program.calls, logLines: program.logLines };
}
