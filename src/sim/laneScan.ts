import type { RawStep } from './applyStep';
import { activityAfter } from './cpuActivity';
import type { MachineState } from './machineState';
import { getMachineAt } from './queries';
import { SITES, type CpuActivity } from './sites';
import { emptyRaw, readStep, readTime } from './stepColumns';
import type { ProgramTrace } from './trace';

/** What a timeline lane shows after a step: the CPU's activity, and DMA transfers in flight per device. */
export interface LaneState {
  /** What the machine says the CPU does (the reducer's activity: the machine view's). */
  activity: CpuActivity;
  /**
   * What the CPU lane shows: the activity, except that ring 3 after the program's last call is idle. The
   * program does nothing more while the devices drain (TX completions, ACKs, the flusher), though the CPU is
   * left in ring 3; CPU time counts that stretch as idle too (cpuClock.ts).
   */
  lane: CpuActivity;
  /** The running task (0 = idle): an interrupt's exit returns to it or to the idle loop. */
  current: number;
  disk: number;
  nic: number;
}

/** The CPU lane's activity at time t: user time after the program's last call is idle. */
function laneOf(activity: CpuActivity, t: number, programEndNs: number): CpuActivity {
  return activity === 'user' && t >= programEndNs ? 'idle' : activity;
}

function laneStateOf(m: MachineState, t: number, programEndNs: number): LaneState {
  return {
    activity: m.activity,
    lane: laneOf(m.activity, t, programEndNs),
    current: m.current,
    disk: m.inFlight.filter((f) => f.device === 'disk').length,
    nic: m.inFlight.filter((f) => f.device === 'nic').length,
  };
}

/** The lane state after step i (i = −1: before the first step), from the nearest checkpoint. */
export function getLaneStateAt(trace: ProgramTrace, i: number): LaneState {
  const t = i >= 0 && i < trace.length ? readTime(trace.columns, i) : 0;
  return laneStateOf(getMachineAt(trace, i), t, trace.programEndNs);
}

/**
 * Advances `st` (the lane state after step from − 1) through steps [from, to), calling visit(t, st, true)
 * after each with the step's time. Reads the trace's columns directly and applies the reducer's own activity
 * rule, so a full 2.7M-step trace scans in tens of milliseconds and agrees with getMachineAt at every step.
 * When the program's last call returns in ring 3 between two steps, visit(programEndNs, st, false) marks
 * where the CPU lane turns idle.
 */
export function scanLanes(
  trace: ProgramTrace,
  from: number,
  to: number,
  st: LaneState,
  visit: (t: number, st: Readonly<LaneState>, atStep: boolean) => void,
): void {
  const r: RawStep = emptyRaw();
  const end = Math.min(to, trace.length);
  const programEnd = trace.programEndNs;
  for (let i = Math.max(0, from); i < end; i++) {
    readStep(trace.columns, i, r);
    if (st.lane === 'user' && r.t > programEnd) {
      st.lane = 'idle';
      visit(programEnd, st, false);
    }
    const def = SITES[r.site]!;
    st.activity = activityAfter(def.kind, r, st.current, st.activity);
    st.lane = laneOf(st.activity, r.t, programEnd);
    if (def.kind === 'sched.switch') st.current = r.b;
    else if (def.kind === 'dma.start') {
      if (def.device === 'disk') st.disk++;
      else if (def.device === 'nic') st.nic++;
    } else if (def.kind === 'dma.done') {
      if (def.device === 'disk') st.disk = Math.max(0, st.disk - 1);
      else if (def.device === 'nic') st.nic = Math.max(0, st.nic - 1);
    }
    visit(r.t, st, true);
  }
}
