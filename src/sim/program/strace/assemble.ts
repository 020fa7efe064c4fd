import { MAX_PROGRAM_LINES } from '../parser';
import { fold, type FoldedUnit } from './fold';
import type { ExpectedCall, ImportedStmt } from './types';
import type { Walker } from './walker';
import { notice, type StraceNotice } from './notices';

const MAX_FILE = 16 * 1024 ** 3;

/**
 * The program text of a walked log: the world it needs (the file's size from the log, the buffer the
 * calls use), the first process's statements, the child's in `if (pid == 0) { … }` right after the fork.
 * Repeats fold into loops; what still does not fit the language's 255 lines is left out with a notice.
 */
export function assemble(
  w: Walker,
  cache: 'cold' | 'warm',
  notices: StraceNotice[],
): { text: string; logLines: number[]; calls: ExpectedCall[] } {
  const [main, child] = w.procs;
  const header: string[] = ['// Replays a strace log (importStrace): see the notices for what it skipped.'];
  if (w.file) {
    const logged = w.fileSize;
    const size = Math.min(MAX_FILE, Math.max(1, logged?.size ?? w.readFromFile));
    if (logged) notices.push(notice(0, 'fileSize', { size, call: logged.call, at: logged.at }));
    else notices.push(notice(0, 'noFileSize', { size }));
    header.push(`const F = ${size};`, `const CACHE = "${cache}";`);
  }
  const names = w.names.length > 0 ? w.names : [];
  if (names.length > 0) header.push(`world process ${names.map((n) => `"${n}"`).join(', ')};`);
  if (w.file) {
    header.push(`world file 3 = { size: F, cache: CACHE${w.file.direct ? ', flags: O_DIRECT' : ''} };`);
  }
  if (w.socket)
    header.push(w.receiving ? `world tcp 4 = { peer: ${Math.max(1, w.received)} };` : 'world tcp 4;');
  // Issue 14: every other socket the log sends on, each its own.
  for (const fd of w.moreSocketFds) header.push(`world tcp ${fd};`);
  // Issue 14: every other file it reads, each its own (its size from the log's fstat, else the bytes read).
  for (const { fd, inst } of w.moreFiles) {
    const size = Math.min(MAX_FILE, Math.max(1, inst.size ?? inst.read));
    header.push(
      `world file ${fd} = { size: ${size}, cache: CACHE${inst.direct ? ', flags: O_DIRECT' : ''} };`,
    );
  }
  const out = w.out;
  if (out) {
    const flags = [
      out.rdwr ? 'O_RDWR' : 'O_WRONLY',
      'O_CREAT',
      'O_TRUNC',
      ...(out.sync ? [out.sync] : []),
      ...(out.direct ? ['O_DIRECT'] : []),
    ];
    header.push(`world file ${w.outFd} = { flags: ${flags.join(' | ')} };`);
  }
  const all = [...main.before, ...child.before, ...main.after];
  if (all.some((s) => /\bbuf\b/.test(s.text))) {
    const offset = w.bufOffset ? `, offset: ${w.bufOffset % 4096}` : '';
    header.push(`world buffer buf = { size: ${Math.max(1, w.bufSize)}${offset} };`);
  }
  // Issue 18: a replayed writev takes its iovecs from the program's array of base, length pairs.
  if (w.usesIov) header.push('int iov[4];');
  const childStmts = [...child.before];
  const last = childStmts[childStmts.length - 1]?.text ?? '';
  // The child must not run on into its parent's statements.
  if (main.forked && !/^(exit_group\(|x = \*)/.test(last)) {
    childStmts.push({ text: 'exit(0);', line: 0, expect: undefined });
    notices.push(notice(0, 'childExit', { pid: w.childPid ?? 0 }));
  }
  const a = fold(main.before, '');
  const c = main.forked ? fold(childStmts, '  ') : [];
  const z = fold(main.after, '');
  // The text ends with a newline, which the parser counts as the start of one more line.
  const budget = MAX_PROGRAM_LINES - 1 - header.length - (main.forked ? 2 : 0);
  const size = (u: FoldedUnit[]): number => u.reduce((n, x) => n + x.lines.length, 0);
  let dropped: number | null = null;
  const drop = (units: FoldedUnit[], stmts: ImportedStmt[]): void => {
    const u = units.pop()!;
    const first = stmts.length - u.stmts;
    dropped = stmts[first]?.line ?? dropped;
    stmts.length = first;
  };
  const aStmts = [...main.before];
  const cStmts = childStmts;
  const zStmts = [...main.after];
  let forked = main.forked;
  while (size(a) + size(c) + size(z) > budget) {
    if (z.length > 0) drop(z, zStmts);
    else if (c.length > 0) drop(c, cStmts);
    else {
      drop(a, aStmts);
      forked = forked && aStmts.length > 0 && aStmts[aStmts.length - 1]!.text === 'pid = fork();';
    }
  }
  if (dropped !== null) notices.push(notice(dropped, 'tooLong'));
  const body: Line[] = header.map((text) => ({ text, log: 0 }));
  body.push(...lines(a, aStmts));
  if (forked) {
    const forkLine = aStmts[aStmts.length - 1]?.line ?? 0;
    body.push({ text: 'if (pid == 0) {', log: forkLine }, ...lines(c, cStmts), { text: '}', log: 0 });
  }
  body.push(...lines(z, zStmts));
  const kept = [...aStmts, ...(forked ? cStmts : []), ...zStmts];
  return {
    text: body.map((l) => l.text).join('\n') + '\n',
    logLines: body.map((l) => l.log),
    calls: kept.flatMap((s) => (s.expect ? [s.expect] : [])),
  };
}

interface Line {
  readonly text: string;
  /** The log line the program line replays (0: none). */
  readonly log: number;
}

/** The program lines of folded units, each with the log line of the first statement it covers. */
function lines(units: readonly FoldedUnit[], stmts: readonly ImportedStmt[]): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const u of units) {
    const log = stmts[at]?.line ?? 0;
    for (const text of u.lines) out.push({ text, log });
    at += u.stmts;
  }
  return out;
}
