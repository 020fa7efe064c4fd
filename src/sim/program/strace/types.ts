import type { StraceNotice } from './notices';

/** One statement of an imported program, with the log call it replays (if it makes one). */
export interface ImportedStmt {
  readonly text: string;
  /** The log line it comes from (for a notice when it is left out). */
  readonly line: number;
  readonly expect: ExpectedCall | undefined;
}

/** A call of the log the imported program makes, with what the log says it returned. */
export interface ExpectedCall {
  /** The log's line (1-based). */
  readonly line: number;
  /** 0: the first process; 1: its child. */
  readonly proc: 0 | 1;
  /** The call's name in the log. */
  readonly name: string;
  /** What the log says it returned (-errno on failure); null for `= ?`. */
  readonly logged: number | null;
  /** How to compare with the model: the value, success only (an address), or not at all (pids, opaque). */
  readonly compare: 'value' | 'success' | 'none';
}

export interface ImportedStrace {
  /** The program in the scenario language (docs/language.md). */
  readonly program: string;
  /** Lines skipped or mapped approximately, each naming its log line. */
  readonly notices: readonly StraceNotice[];
  /** The log calls the program makes, in program order per process (straceMismatches compares them). */
  readonly calls: readonly ExpectedCall[];
  /** For each program line (0-based), the log line it replays; 0 for the world and the structure. */
  readonly logLines: readonly number[];
}

export interface ImportStraceOptions {
  /** Whether the file starts in the page cache (the log cannot tell); default "cold". */
  readonly cache?: 'cold' | 'warm';
}

/** The statements of one process and the log calls behind them. */
export interface ProcOut {
  /** The statements up to and including the fork (all of a child's). */
  readonly before: ImportedStmt[];
  /** The first process's statements after its fork. */
  readonly after: ImportedStmt[];
  forked: boolean;
  ended: boolean;
}
