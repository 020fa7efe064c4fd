import type { Expr, Program, Stmt } from './ast';
import { ARCH_NAMES, BUILTINS, CALLS } from './calls';
import { ProgramError, suggest } from './errors';
import { PARAM_CONSTANTS } from './constants';
import { SYSCALL_NAMES, syscallNameIndex } from '../syscallNames';

/**
 * Static checks before anything runs: every call is known and has its arguments, every name is defined
 * somewhere, break/continue sit in a loop, and fork/waitpid/exit stand as statements (fork at the top
 * level: the model starts the child at the statement after it). Throws the first ProgramError.
 */
export function check(program: Program): void {
  const defined = new Set<string>([
    ...Object.keys(BUILTINS),
    ...ARCH_NAMES,
    ...Object.keys(PARAM_CONSTANTS),
    'errno',
  ]);
  collectDefined(program.body, defined);
  const walk = (s: Stmt, loops: number, top: boolean): void => {
    switch (s.k) {
      case 'expr':
        statementCall(s.e, top);
        expr(s.e, defined, true);
        return;
      case 'const':
        if (!top) throw new ProgramError(s.pos, 'constNotTop');
        expr(s.value, defined, false);
        return;
      case 'world':
        if (!top) throw new ProgramError(s.pos, 'worldNotTop');
        for (const f of s.fields) expr(f.value, defined, false);
        return;
      case 'array':
        expr(s.size, defined, false);
        return;
      case 'if':
        expr(s.cond, defined, false);
        walk(s.then, loops, false);
        if (s.else) walk(s.else, loops, false);
        return;
      case 'while':
      case 'do':
        expr(s.cond, defined, false);
        walk(s.body, loops + 1, false);
        return;
      case 'for':
        for (const e of [s.init, s.cond, s.step]) if (e) expr(e, defined, false);
        walk(s.body, loops + 1, false);
        return;
      case 'block':
        for (const x of s.body) walk(x, loops, false);
        return;
      case 'break':
      case 'continue':
        if (loops === 0) throw new ProgramError(s.pos, 'outsideLoop', { word: s.k });
        return;
      case 'empty':
        return;
    }
  };
  for (const s of program.body) walk(s, 0, true);
}

/** Names a program gives a value: assignment targets, arrays, constants, buffers, pipe2's array. */
function collectDefined(body: readonly Stmt[], out: Set<string>): void {
  const fromExpr = (e: Expr): void => {
    if (e.k === 'assign') {
      if (e.target.k === 'name') out.add(e.target.name);
      fromExpr(e.value);
    } else if (e.k === 'call') {
      if ((e.name === 'pipe2' || e.name === 'waitpid') && e.args[0]?.k === 'name') out.add(e.args[0].name);
      // Issue 17: recvmsg(4, msg, MSG_ERRQUEUE) gives msg its value.
      if (e.name === 'recvmsg' && e.args[1]?.k === 'name') out.add(e.args[1].name);
      e.args.forEach(fromExpr);
    } else if (e.k === 'bin') {
      fromExpr(e.l);
      fromExpr(e.r);
    } else if (e.k === 'unary') fromExpr(e.e);
    else if (e.k === 'index') {
      fromExpr(e.base);
      fromExpr(e.index);
    }
  };
  const walk = (s: Stmt): void => {
    if (s.k === 'expr') fromExpr(s.e);
    else if (s.k === 'const' || s.k === 'array') out.add(s.name);
    else if (s.k === 'world' && (s.kind === 'buffer' || s.kind === 'heap') && s.target[0]?.k === 'name') {
      out.add(s.target[0].name);
    } else if (s.k === 'if') {
      fromExpr(s.cond);
      walk(s.then);
      if (s.else) walk(s.else);
    } else if (s.k === 'while' || s.k === 'do') {
      fromExpr(s.cond);
      walk(s.body);
    } else if (s.k === 'for') {
      for (const e of [s.init, s.cond, s.step]) if (e) fromExpr(e);
      walk(s.body);
    } else if (s.k === 'block') s.body.forEach(walk);
  };
  body.forEach(walk);
}

/** The call a statement makes on its own (`f(…);` or `x = f(…);`), if any. */
export function statementCallOf(e: Expr): Extract<Expr, { k: 'call' }> | undefined {
  if (e.k === 'call') return e;
  if (e.k === 'assign' && e.op === '=' && e.target.k === 'name' && e.value.k === 'call') return e.value;
  return undefined;
}

function statementCall(e: Expr, top: boolean): void {
  const call = statementCallOf(e);
  if (call?.name === 'fork' && !top) {
    throw new ProgramError(call.pos, 'forkNotTop');
  }
}

function expr(e: Expr, defined: Set<string>, asStatement: boolean): void {
  switch (e.k) {
    case 'num':
    case 'str':
      return;
    case 'name':
      if (!defined.has(e.name)) {
        throw new ProgramError(e.pos, 'unknownName', { name: e.name, suggestion: suggest(e.name, defined) });
      }
      return;
    case 'unary':
      expr(e.e, defined, false);
      return;
    case 'bin':
      expr(e.l, defined, false);
      expr(e.r, defined, false);
      return;
    case 'index':
      expr(e.base, defined, false);
      expr(e.index, defined, false);
      return;
    case 'assign':
      if (e.target.k !== 'name') expr(e.target, defined, false);
      if (e.value.k === 'call' && e.op === '=' && e.target.k === 'name') {
        callArgs(e.value, defined, asStatement);
        return;
      }
      expr(e.value, defined, false);
      return;
    case 'call':
      callArgs(e, defined, asStatement);
      return;
  }
}

function callArgs(e: Extract<Expr, { k: 'call' }>, defined: Set<string>, asStatement: boolean): void {
  const spec = CALLS[e.name];
  if (!spec) {
    const suggestion = suggest(e.name, Object.keys(CALLS));
    throw new ProgramError(e.pos, 'unknownCall', { name: e.name, suggestion });
  }
  if (e.args.length !== spec.args.length) {
    const count = spec.args.length;
    throw new ProgramError(e.pos, count === 1 ? 'argCountOne' : 'argCount', {
      name: e.name,
      count,
      params: spec.args.join(', '),
      got: e.args.length,
      signature: spec.signature,
    });
  }
  if (spec.statement && !asStatement) {
    throw new ProgramError(e.pos, 'callNotStatement', { name: e.name });
  }
  if (e.name === 'syscall') opaqueName(e.args[0]!);
  e.args.forEach((a, i) => {
    // pipe2(p, 0) and waitpid(pid, &status, 0) give their array/status a value.
    if ((e.name === 'pipe2' && i === 0 && a.k === 'name') || (e.name === 'waitpid' && i === 1)) return;
    if (e.name === 'recvmsg' && i === 1 && a.k === 'name') return;
    expr(a, defined, false);
  });
}

/** `syscall("fstat", 0)`: the first argument is a string naming a Linux system call. */
function opaqueName(a: Expr): void {
  if (a.k !== 'str') {
    throw new ProgramError(a.pos, 'syscallNameFirst');
  }
  if (syscallNameIndex(a.v) === undefined) {
    throw new ProgramError(a.pos, 'notLinuxCall', { name: a.v, suggestion: suggest(a.v, SYSCALL_NAMES) });
  }
}
