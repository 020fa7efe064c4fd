import { useEffect, useState, type RefObject } from 'react';
import type { Scene } from './scene';
import type * as StepMotionModule from './stepMotion';

type StepMotion = typeof StepMotionModule;
let loaded: StepMotion | undefined;
let loading: Promise<StepMotion> | undefined;

function loadStepMotion(): Promise<StepMotion> {
  loading ??= import('./stepMotion').then((m) => (loaded = m));
  return loading;
}

/**
 * Animates each step's movement on top of the static scene (drawStepMotion), unless reducedMotion. The
 * drawing code loads on demand: until it has arrived the view shows discrete frames, as with reduced motion,
 * and what stays on screen is a pure function of (trace, step) either way.
 */
export function useStepMotion(
  fxRef: RefObject<SVGGElement | null>,
  scene: Scene,
  reducedMotion: boolean,
  irqEnter: boolean,
): void {
  const [motion, setMotion] = useState<StepMotion | undefined>(loaded);
  useEffect(() => {
    if (reducedMotion || motion) return;
    let live = true;
    void loadStepMotion().then((m) => live && setMotion(m));
    return () => {
      live = false;
    };
  }, [reducedMotion, motion]);
  useEffect(() => {
    const node = fxRef.current;
    if (!node || !motion || reducedMotion) return;
    return motion.drawStepMotion(node, scene, irqEnter);
  }, [fxRef, motion, scene, reducedMotion, irqEnter]);
}
