import type { Expr, Program, Stmt } from './ast';
import { BUILTINS } from './calls';

/** The SQPOLL thread's pid (a kernel task, like the flusher's kworker). */
export const SQ_THREAD = 43;

/** Every call named `name` anywhere in the program. */
export function callsNamed(body: readonly Stmt[], name: string): Extract<Expr, { k: 'call' }>[] {
  const found: Extract<Expr, { k: 'call' }>[] = [];
  const inExpr = (e: Expr | undefined): void => {
    if (!e) return;
    switch (e.k) {
      case 'call':
        if (e.name === name) found.push(e);
        e.args.forEach(inExpr);
        return;
      case 'assign':
        inExpr(e.target);
        inExpr(e.value);
        return;
      case 'bin':
        inExpr(e.l);
        inExpr(e.r);
        return;
      case 'unary':
        inExpr(e.e);
        return;
      case 'index':
        inExpr(e.base);
        inExpr(e.index);
        return;
      default:
        return;
    }
  };
  const inStmt = (s: Stmt): void => {
    if (s.k === 'expr') inExpr(s.e);
    else if (s.k === 'if') {
      inExpr(s.cond);
      inStmt(s.then);
      if (s.else) inStmt(s.else);
    } else if (s.k === 'while' || s.k === 'do') {
      inExpr(s.cond);
      inStmt(s.body);
    } else if (s.k === 'for') {
      inExpr(s.init);
      inExpr(s.cond);
      inExpr(s.step);
      inStmt(s.body);
    } else if (s.k === 'block') s.body.forEach(inStmt);
  };
  body.forEach(inStmt);
  return found;
}

/** A flags argument made of numbers, constants and C macros joined by '|' (null when it is not one). */
function flagsValue(e: Expr, env: ReadonlyMap<string, number | string>): number | null {
  if (e.k === 'num') return e.v;
  if (e.k === 'name') {
    const v = env.get(e.name) ?? BUILTINS[e.name];
    return typeof v === 'number' ? v : null;
  }
  if (e.k === 'bin' && e.op === '|') {
    const l = flagsValue(e.l, env);
    const r = flagsValue(e.r, env);
    return l === null || r === null ? null : Number(BigInt(Math.trunc(l)) | BigInt(Math.trunc(r)));
  }
  return null;
}

/**
 * Issue 17: whether the program sets up an io_uring with IORING_SETUP_SQPOLL, so the world has the SQ
 * thread among its tasks from the start (asleep until io_uring_setup creates it).
 */
export function usesSqPoll(program: Program, env: ReadonlyMap<string, number | string>): boolean {
  return callsNamed(program.body, 'io_uring_setup').some((c) => {
    const flags = c.args[1] ? flagsValue(c.args[1], env) : null;
    return flags !== null && (flags & BUILTINS.IORING_SETUP_SQPOLL!) !== 0;
  });
}
