import type { ScenarioId } from '../scenarioIds';
import { directIo, readWrite } from './copyPaths';
import { cowFork, kernelAccess, syscall } from './processPaths';
import type { ScenarioDef } from './scenarioDef';
import { mmapWrite, sendfile, splice } from './zeroCopyPaths';

export const SCENARIOS: { readonly [S in ScenarioId]: ScenarioDef } = {
  syscall,
  'read-write': readWrite,
  'mmap-write': mmapWrite,
  sendfile,
  splice,
  'direct-io': directIo,
  'cow-fork': cowFork,
  'kernel-access': kernelAccess,
};
