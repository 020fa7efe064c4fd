import type { Expr, Program, Stmt, WorldField, WorldKind } from './ast';
import { ProgramError, type Pos } from './errors';
import type { ProblemPart } from './problemMessages';
import { lex, MAX_PROGRAM_CHARS, type Token } from './lexer';

/** C type words a declaration may start with; the model keeps every value as a number. */
const TYPES = new Set(['int', 'long', 'char', 'void', 'unsigned', 'size_t', 'ssize_t', 'off_t', 'pid_t']);
const WORLD_KINDS = new Set<WorldKind>(['file', 'tcp', 'buffer', 'heap', 'process']);
/** Binary operators by precedence, loosest first. */
const LEVELS: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  // Bitwise or, for open(2) flags (O_WRONLY | O_CREAT | O_TRUNC).
  ['|'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', '/', '%'],
];
/** Deep nesting is refused before it could exhaust the stack. */
const MAX_DEPTH = 64;
/** The trace stores a step's program line in one byte. */
import { MAX_PROGRAM_LINES } from './limits';

export { MAX_PROGRAM_LINES };

/** Where the parser expected something: after a word of the program (`after 'for'`). */
function after(text: string): ProblemPart {
  return { code: 'where.after', args: { text } };
}

/** What the parser found, as a part of its message. */
function describe(t: Token): ProblemPart {
  return t.kind === 'eof' ? { code: 'found.end' } : { code: 'found.token', args: { text: t.text } };
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private get t(): Token {
    return this.tokens[this.i]!;
  }
  private peek(n = 1): Token {
    return this.tokens[Math.min(this.i + n, this.tokens.length - 1)]!;
  }
  private is(text: string): boolean {
    return this.t.kind === 'punct' && this.t.text === text;
  }
  private isWord(text: string): boolean {
    return this.t.kind === 'name' && this.t.text === text;
  }
  private eat(text: string, where: ProblemPart): Token {
    if (!this.is(text))
      throw new ProgramError(this.t.pos, 'expectedToken', { token: text, where, found: describe(this.t) });
    return this.tokens[this.i++]!;
  }
  private name(what: ProblemPart): Token {
    if (this.t.kind !== 'name')
      throw new ProgramError(this.t.pos, 'expected', { what, found: describe(this.t) });
    return this.tokens[this.i++]!;
  }
  private enter(pos: Pos): void {
    if (++this.depth > MAX_DEPTH) throw new ProgramError(pos, 'tooDeep', { max: MAX_DEPTH });
  }

  program(): Stmt[] {
    const body: Stmt[] = [];
    while (this.t.kind !== 'eof') {
      if (this.is('}')) throw new ProgramError(this.t.pos, 'closesNothing');
      body.push(this.statement());
    }
    return body;
  }

  private statement(): Stmt {
    const pos = this.t.pos;
    this.enter(pos);
    try {
      return this.statementInner(pos);
    } finally {
      this.depth--;
    }
  }

  private statementInner(pos: Pos): Stmt {
    if (this.is(';')) {
      this.i++;
      return { k: 'empty', pos };
    }
    if (this.is('{')) {
      this.i++;
      const body: Stmt[] = [];
      while (!this.is('}')) {
        if (this.t.kind === 'eof') throw new ProgramError(pos, 'blockNotClosed');
        body.push(this.statement());
      }
      this.i++;
      return { k: 'block', body, pos };
    }
    if (this.t.kind === 'name') {
      switch (this.t.text) {
        case 'if': {
          this.i++;
          const cond = this.paren('if');
          const then = this.statement();
          if (this.isWord('else')) {
            this.i++;
            return { k: 'if', cond, then, else: this.statement(), pos };
          }
          return { k: 'if', cond, then, pos };
        }
        case 'while': {
          this.i++;
          const cond = this.paren('while');
          return { k: 'while', cond, body: this.statement(), pos };
        }
        case 'do': {
          this.i++;
          const body = this.statement();
          if (!this.isWord('while'))
            throw new ProgramError(this.t.pos, 'doWithoutWhile', { found: describe(this.t) });
          this.i++;
          const cond = this.paren('do … while');
          this.eat(';', after('do … while (…)'));
          return { k: 'do', cond, body, pos };
        }
        case 'for':
          return this.forStatement(pos);
        case 'break':
        case 'continue': {
          const k = this.t.text as 'break' | 'continue';
          this.i++;
          this.eat(';', after(k));
          return { k, pos };
        }
        case 'const': {
          this.i++;
          if (this.t.kind === 'name' && TYPES.has(this.t.text)) this.i++;
          const name = this.name({ code: 'what.constantName' }).text;
          this.eat('=', after(`const ${name}`));
          const value = this.expr();
          this.eat(';', { code: 'where.afterConstant' });
          return { k: 'const', name, value, pos };
        }
        case 'world':
          return this.world(pos);
        case 'else':
          throw new ProgramError(pos, 'elseWithoutIf');
        default:
          if (TYPES.has(this.t.text)) return this.declaration(pos);
      }
    }
    const e = this.expr();
    this.eat(';', { code: 'where.afterStatement' });
    return { k: 'expr', e, pos };
  }

  private paren(what: string): Expr {
    this.eat('(', after(what));
    const e = this.expr();
    this.eat(')', { code: 'where.closeCondition', args: { text: what } });
    return e;
  }

  private forStatement(pos: Pos): Stmt {
    this.i++;
    this.eat('(', after('for'));
    const init = this.is(';') ? undefined : this.expr();
    this.eat(';', { code: 'where.afterForStart' });
    const cond = this.is(';') ? undefined : this.expr();
    this.eat(';', { code: 'where.afterForCondition' });
    const step = this.is(')') ? undefined : this.expr();
    this.eat(')', { code: 'where.closeFor' });
    const body = this.statement();
    return {
      k: 'for',
      ...(init ? { init } : {}),
      ...(cond ? { cond } : {}),
      ...(step ? { step } : {}),
      body,
      pos,
    };
  }

  /** `int n;`, `char *k = (char *)X;`, `int p[2];`: a typed name, perhaps with a value. */
  private declaration(pos: Pos): Stmt {
    while (this.t.kind === 'name' && TYPES.has(this.t.text)) this.i++;
    while (this.is('*')) this.i++;
    const nameTok = this.name({ code: 'what.declName' });
    const name: Expr = { k: 'name', name: nameTok.text, pos: nameTok.pos };
    if (this.is('[')) {
      this.i++;
      const size = this.expr();
      this.eat(']', { code: 'where.closeArraySize' });
      this.eat(';', { code: 'where.afterDeclaration' });
      return { k: 'array', name: nameTok.text, size, pos };
    }
    if (this.is(';')) {
      this.i++;
      return {
        k: 'expr',
        e: { k: 'assign', op: '=', target: name, value: { k: 'num', v: 0, pos }, pos },
        pos,
      };
    }
    const eq = this.eat('=', { code: 'where.afterDeclName', args: { name: nameTok.text } });
    const value = this.expr();
    this.eat(';', { code: 'where.afterDeclaration' });
    return { k: 'expr', e: { k: 'assign', op: '=', target: name, value, pos: eq.pos }, pos };
  }

  /** `world file 3 = { size: F, cache: CACHE };` and its kin (docs/language.md). */
  private world(pos: Pos): Stmt {
    this.i++;
    const kindTok = this.name({ code: 'what.worldKind' });
    if (!WORLD_KINDS.has(kindTok.text as WorldKind)) {
      throw new ProgramError(kindTok.pos, 'unknownWorldKind', { kind: kindTok.text });
    }
    const kind = kindTok.text as WorldKind;
    const target: Expr[] = [this.unary()];
    while (this.is(',')) {
      this.i++;
      target.push(this.unary());
    }
    const fields: WorldField[] = [];
    if (this.is('=')) {
      this.i++;
      this.eat('{', after(`world ${kind} … =`));
      while (!this.is('}')) {
        const key = this.name({ code: 'what.fieldName' });
        this.eat(':', { code: 'where.afterField', args: { name: key.text } });
        fields.push({ key: key.text, value: this.expr(), pos: key.pos });
        if (!this.is('}')) this.eat(',', { code: 'where.betweenFields' });
      }
      this.i++;
    }
    this.eat(';', { code: 'where.afterWorld' });
    return { k: 'world', kind, target, fields, pos };
  }

  expr(): Expr {
    this.enter(this.t.pos);
    try {
      return this.assignment();
    } finally {
      this.depth--;
    }
  }

  private assignment(): Expr {
    const left = this.binary(0);
    if (this.is('=') || this.is('+=') || this.is('-=')) {
      const op = this.t.text as '=' | '+=' | '-=';
      const pos = this.t.pos;
      if (left.k !== 'name' && left.k !== 'index' && !(left.k === 'unary' && left.op === '*')) {
        throw new ProgramError(pos, 'cannotAssignBefore', { op });
      }
      this.i++;
      return { k: 'assign', op, target: left, value: this.expr(), pos };
    }
    return left;
  }

  private binary(level: number): Expr {
    if (level >= LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (this.t.kind === 'punct' && LEVELS[level]!.includes(this.t.text)) {
      const op = this.t.text;
      const pos = this.t.pos;
      this.i++;
      left = { k: 'bin', op, l: left, r: this.binary(level + 1), pos };
    }
    return left;
  }

  private unary(): Expr {
    const pos = this.t.pos;
    if (this.is('-') || this.is('!') || this.is('*') || this.is('&')) {
      const op = this.t.text as '-' | '!' | '*' | '&';
      this.i++;
      this.enter(pos);
      try {
        return { k: 'unary', op, e: this.unary(), pos };
      } finally {
        this.depth--;
      }
    }
    // A cast such as (char *) or (long *): the model keeps addresses as plain numbers.
    if (this.is('(') && this.peek().kind === 'name' && TYPES.has(this.peek().text)) {
      this.i++;
      while (this.t.kind === 'name' && TYPES.has(this.t.text)) this.i++;
      while (this.is('*')) this.i++;
      this.eat(')', { code: 'where.closeCast' });
      return this.unary();
    }
    return this.postfix();
  }

  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.is('[')) {
        const pos = this.t.pos;
        this.i++;
        const index = this.expr();
        this.eat(']', { code: 'where.closeIndex' });
        e = { k: 'index', base: e, index, pos };
      } else if (this.is('(')) {
        if (e.k !== 'name') throw new ProgramError(this.t.pos, 'callNotNamed');
        this.i++;
        const args: Expr[] = [];
        while (!this.is(')')) {
          args.push(this.expr());
          if (!this.is(')')) this.eat(',', { code: 'where.betweenArguments' });
        }
        this.i++;
        e = { k: 'call', name: e.name, args, pos: e.pos };
      } else return e;
    }
  }

  private primary(): Expr {
    const t = this.t;
    if (t.kind === 'num') {
      this.i++;
      return { k: 'num', v: t.value as number, pos: t.pos };
    }
    if (t.kind === 'str') {
      this.i++;
      return { k: 'str', v: t.value as string, pos: t.pos };
    }
    if (t.kind === 'name') {
      this.i++;
      return { k: 'name', name: t.text, pos: t.pos };
    }
    if (this.is('(')) {
      this.i++;
      const e = this.expr();
      this.eat(')', { code: 'where.closeParen' });
      return e;
    }
    throw new ProgramError(t.pos, 'expectedValue', { found: describe(t) });
  }
}

/** Parses program text into its statements. Throws ProgramError with a line and column. */
export function parse(text: string): Program {
  if (text.length > MAX_PROGRAM_CHARS) {
    throw new ProgramError({ line: 1, col: 1 }, 'tooManyChars', { max: MAX_PROGRAM_CHARS });
  }
  const lines = text.split('\n');
  if (lines.length > MAX_PROGRAM_LINES) {
    throw new ProgramError({ line: MAX_PROGRAM_LINES + 1, col: 1 }, 'tooManyLines', {
      max: MAX_PROGRAM_LINES,
    });
  }
  return { body: new Parser(lex(text)).program(), lines };
}
