import type { Params } from '../params';
import type { ScenarioId } from '../scenarioIds';
import { directIoProgram, readWriteProgram } from './copyPrograms';
import { fileCopyProgram, recvWriteProgram } from './ioPrograms';
import { copyFileRangeProgram, vmspliceProgram } from './kernelCopyPrograms';
import { cowForkProgram, kernelAccessProgram, syscallProgram } from './processPrograms';
import { ioUringProgram, msgZerocopyProgram } from './uringPrograms';
import {
  kafkaFetchProgram,
  nettySendProgram,
  nginxStaticProgram,
  rocketmqCommitlogProgram,
} from './realSystemPrograms';
import { mmapWriteProgram, sendfileProgram, spliceProgram } from './zeroCopyPrograms';

/** The canonical scenarios as program texts in the scenario language, for resolved parameters. */
export const SCENARIO_PROGRAMS: { readonly [S in ScenarioId]: (p: Params) => string } = {
  syscall: syscallProgram,
  'read-write': readWriteProgram,
  'mmap-write': mmapWriteProgram,
  sendfile: sendfileProgram,
  splice: spliceProgram,
  'direct-io': directIoProgram,
  'cow-fork': cowForkProgram,
  'kernel-access': kernelAccessProgram,
  'recv-write': recvWriteProgram,
  'file-copy': fileCopyProgram,
  'copy-file-range': copyFileRangeProgram,
  vmsplice: vmspliceProgram,
  'io-uring': ioUringProgram,
  'msg-zerocopy': msgZerocopyProgram,
  // Issue 18: the "Real systems" shelf.
  'kafka-fetch': kafkaFetchProgram,
  'netty-send': nettySendProgram,
  'rocketmq-commitlog': rocketmqCommitlogProgram,
  'nginx-static': nginxStaticProgram,
};

/** A scenario's program text for these parameters (what `sim <scenario> --print-program` prints). */
export function scenarioProgram(scenario: ScenarioId, p: Params): string {
  return SCENARIO_PROGRAMS[scenario](p);
}
