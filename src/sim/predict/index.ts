export { DMA_TARGETS, PREDICT_COUNTERS, nextSyscallScope, predictQuestions } from './questions';
export type {
  CountQuestion,
  DmaQuestion,
  NextTaskQuestion,
  PredictCounter,
  PredictQuestion,
  PredictScope,
} from './questions';
