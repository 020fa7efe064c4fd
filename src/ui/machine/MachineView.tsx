import { useId, useMemo, useRef } from 'react';
import type { Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import { featuresOfTrace } from './features';
import { HardwareBand } from './HardwareBand';
import { KernelBand } from './KernelBand';
import { FONT, LINE, PAD, VIEW_H, VIEW_W, X0, layoutMachine, type Rect } from './layout';
import { Links, MachineDefs } from './Links';
import { buildScene } from './scene';
import { toMachineView } from './toMachineView';
import { UserBand } from './UserBand';
import { useStepMotion } from './useStepMotion';
import { ellipsize, fits, wrapText } from './textFit';
import './machine.css';

export interface MachineViewProps {
  readonly trace: Trace;
  /** 0-based step; the view shows the machine after this step and what the step moved. */
  readonly step: number;
  readonly locale: Locale;
  /** Discrete frames: no travelling blocks or flashes. */
  readonly reducedMotion: boolean;
}

/** A band's name and ring, rotated in the narrow column left of the boxes. */
function BandLabel({ r, title, ring }: { r: Rect; title: string; ring?: string }) {
  const cx = X0 / 2;
  const cy = r.y + r.h / 2;
  const room = r.h - 2 * PAD;
  // A short band (two processes squeeze the kernel band) wraps its name instead of showing the ring.
  const lines = fits(title, room, FONT, true)
    ? ring
      ? [title, ring]
      : [title]
    : wrapText(title, room, FONT, 2, true);
  const top = -((lines.length - 1) * LINE) / 2 + 8;
  return (
    <g className="mv-band-label" transform={`translate(${cx},${cy}) rotate(-90)`}>
      {lines.map((l, i) => (
        <text
          key={i}
          className={i === 0 ? 'mv-title' : 'mv-text mv-muted'}
          x={0}
          y={top + i * LINE}
          textAnchor="middle"
        >
          {ellipsize(l, room, FONT, i === 0)}
        </text>
      ))}
    </g>
  );
}

/**
 * The machine view (DESIGN §8): user space, kernel space and hardware as three bands of one SVG that scales
 * to its container. React renders the state at `step` (a pure function of trace and step); the step's
 * movement is animated on top (useStepMotion) unless reducedMotion.
 */
export function MachineView({ trace, step, locale, reducedMotion }: MachineViewProps) {
  const uid = `mv${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fxRef = useRef<SVGGElement>(null);
  const layout = useMemo(
    () =>
      layoutMachine(
        featuresOfTrace(trace),
        trace.tasks.map((t) => t.pid),
      ),
    [trace],
  );
  const vm = useMemo(() => toMachineView(trace, step, locale), [trace, step, locale]);
  const scene = useMemo(() => buildScene(vm, layout), [vm, layout]);
  useStepMotion(fxRef, scene, reducedMotion, vm.irqRaised);
  const { user, kernel, hw } = layout.bands;
  return (
    <svg
      className={reducedMotion ? 'mv mv-reduced' : 'mv'}
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={vm.summary}
      data-view="machine"
      data-scenario={vm.scenario}
      data-mv-step={vm.step}
    >
      <MachineDefs uid={uid} />
      <rect className="mv-band mv-band-user" x={user.x} y={user.y} width={user.w} height={user.h} />
      <rect className="mv-band mv-band-kernel" x={kernel.x} y={kernel.y} width={kernel.w} height={kernel.h} />
      <rect className="mv-band mv-band-hw" x={hw.x} y={hw.y} width={hw.w} height={hw.h} />
      <line className="mv-boundary" x1={0} x2={VIEW_W} y1={user.y + user.h + 2} y2={user.y + user.h + 2} />
      <BandLabel r={user} title={vm.bands.user} ring={vm.bandRings.user} />
      <BandLabel r={kernel} title={vm.bands.kernel} ring={vm.bandRings.kernel} />
      <BandLabel r={hw} title={vm.bands.hw} />
      <UserBand vm={vm} lanes={layout.lanes} scene={scene} uid={uid} />
      <KernelBand vm={vm} layout={layout} scene={scene} uid={uid} />
      <HardwareBand vm={vm} layout={layout} scene={scene} />
      <Links scene={scene} uid={uid} />
      <g className="mv-fx" ref={fxRef} aria-hidden="true" />
    </svg>
  );
}
