export { generateProblems, PROBLEM_COUNTERS, PROBLEM_LIMITS } from './problemSet';
export { PROBLEM_CHOICES } from './choices';
export type { Problem, ProblemCounter, ProblemQuestion, ProblemSetOptions } from './problemSet';
