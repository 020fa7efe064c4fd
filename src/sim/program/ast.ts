import type { Pos } from './errors';

export type Expr =
  | { readonly k: 'num'; readonly v: number; readonly pos: Pos }
  | { readonly k: 'str'; readonly v: string; readonly pos: Pos }
  | { readonly k: 'name'; readonly name: string; readonly pos: Pos }
  | { readonly k: 'unary'; readonly op: '-' | '!' | '*' | '&'; readonly e: Expr; readonly pos: Pos }
  | { readonly k: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr; readonly pos: Pos }
  | {
      readonly k: 'assign';
      readonly op: '=' | '+=' | '-=';
      readonly target: Expr;
      readonly value: Expr;
      readonly pos: Pos;
    }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly pos: Pos }
  | { readonly k: 'index'; readonly base: Expr; readonly index: Expr; readonly pos: Pos };

export interface WorldField {
  readonly key: string;
  readonly value: Expr;
  readonly pos: Pos;
}

export type WorldKind = 'file' | 'tcp' | 'buffer' | 'heap' | 'process';

export type Stmt =
  | { readonly k: 'expr'; readonly e: Expr; readonly pos: Pos }
  | { readonly k: 'const'; readonly name: string; readonly value: Expr; readonly pos: Pos }
  | {
      readonly k: 'world';
      readonly kind: WorldKind;
      /** The fd number (file, tcp), the buffer's name (buffer, heap) or the process names. */
      readonly target: readonly Expr[];
      readonly fields: readonly WorldField[];
      readonly pos: Pos;
    }
  | { readonly k: 'array'; readonly name: string; readonly size: Expr; readonly pos: Pos }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: Stmt; readonly else?: Stmt; readonly pos: Pos }
  | { readonly k: 'while'; readonly cond: Expr; readonly body: Stmt; readonly pos: Pos }
  | { readonly k: 'do'; readonly cond: Expr; readonly body: Stmt; readonly pos: Pos }
  | {
      readonly k: 'for';
      readonly init?: Expr;
      readonly cond?: Expr;
      readonly step?: Expr;
      readonly body: Stmt;
      readonly pos: Pos;
    }
  | { readonly k: 'block'; readonly body: readonly Stmt[]; readonly pos: Pos }
  | { readonly k: 'break' | 'continue' | 'empty'; readonly pos: Pos };

export interface Program {
  readonly body: readonly Stmt[];
  readonly lines: readonly string[];
}
