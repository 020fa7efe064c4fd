import type { Problem, ProblemSetOptions } from '../sim/index';

/** A problem set asked of the simulation worker (the page never simulates): issue 19's in-app problem sets. */
export interface ProblemsRequest {
  readonly type: 'problems';
  readonly id: number;
  readonly options: ProblemSetOptions;
}

export type ProblemsReply =
  | { readonly type: 'problems'; readonly id: number; readonly problems: readonly Problem[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
