import { describe, expect, it } from 'vitest';
import { advance, stepsPerSecond } from '../../src/state/index';

describe('player timing', () => {
  it('plays about 2 steps per second at 1×, scaled by the speed', () => {
    expect(stepsPerSecond(1, 100)).toBe(2);
    expect(stepsPerSecond(0.25, 100)).toBe(0.5);
    expect(stepsPerSecond(4, 100)).toBe(8);
  });

  it('at max plays a 2.6M-step trace in about 30 s, and at least a step per frame', () => {
    expect(2_695_169 / stepsPerSecond('max', 2_695_169)).toBeCloseTo(30);
    expect(stepsPerSecond('max', 20)).toBe(60);
  });

  it('carries fractions between frames: 60 frames of 1/60 s at 1× make 2 steps', () => {
    let carry = 0;
    let steps = 0;
    for (let i = 0; i < 60; i++) {
      const r = advance(carry, 1000 / 60, 1, 100);
      carry = r.carry;
      steps += r.steps;
    }
    expect(steps).toBe(2);
  });

  it('caps a long gap (hidden tab) so playback never jumps far', () => {
    expect(advance(0, 60_000, 1, 100).steps).toBe(0);
    expect(advance(0, 60_000, 4, 100).steps).toBe(2);
    expect(advance(0, -5, 4, 100).steps).toBe(0);
  });
});
