import { easeCubicInOut, easeQuadOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { colourClass } from './Block';
import type { Point } from './layout';
import { FONT } from './layout';
import type { Scene } from './scene';

export const MOVE_MS = 700;

/** Point at fraction t (0..1) of the way along a polyline. Pure. */
export function along(points: readonly Point[], t: number): Point {
  const lens: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const l = Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    lens.push(l);
    total += l;
  }
  if (total === 0) return points[0] ?? { x: 0, y: 0 };
  let d = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 0; i < lens.length; i++) {
    if (d <= lens[i]! || i === lens.length - 1) {
      const f = lens[i]! === 0 ? 0 : d / lens[i]!;
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    d -= lens[i]!;
  }
  return points[points.length - 1]!;
}

/**
 * The transient part of a step: a block travelling along the move's route (a copy or DMA: data; a reference:
 * a small pointer token), and a flash of the interrupt line, drawn into an fx layer React never renders into.
 * Returns the cleanup that stops and removes them. d3-selection and d3-transition live only in this module,
 * which loads on demand (useStepMotion), so they stay out of the first paint's bundle.
 */
export function drawStepMotion(node: SVGGElement, scene: Scene, irqEnter: boolean): () => void {
  const fx = select(node);
  fx.selectAll('*').interrupt().remove();
  const mv = scene.move;
  if (mv && mv.points.length >= 2) {
    const start = mv.points[0]!;
    const token = fx
      .append('g')
      .attr('class', `mv-token mv-token-${mv.kind} mv-block ${colourClass(mv.block.colour)}`)
      .attr('transform', `translate(${start.x},${start.y})`);
    if (mv.kind === 'ref') {
      token.append('circle').attr('r', 9).attr('class', 'mv-token-ref');
    } else {
      const w = Math.max(48, mv.block.label.length * FONT * 0.62 + 14);
      token
        .append('rect')
        .attr('class', 'mv-block-bg')
        .attr('x', -w / 2)
        .attr('y', -18)
        .attr('width', w)
        .attr('height', 36)
        .attr('rx', 5);
      token
        .append('text')
        .attr('class', 'mv-block-label')
        .attr('text-anchor', 'middle')
        .attr('y', 8)
        .text(mv.block.label);
    }
    token
      .transition()
      .duration(MOVE_MS)
      .ease(easeCubicInOut)
      .attrTween('transform', () => (t: number) => {
        const p = along(mv.points, t);
        return `translate(${p.x},${p.y})`;
      })
      .transition()
      .duration(250)
      .ease(easeQuadOut)
      .style('opacity', 0)
      .remove();
  }
  const f = mv?.focus;
  if (f) {
    fx.append('rect')
      .attr('class', 'mv-pulse')
      .attr('x', f.x - 5)
      .attr('y', f.y - 5)
      .attr('width', f.w + 10)
      .attr('height', f.h + 10)
      .attr('rx', 8)
      .style('opacity', 0)
      .transition()
      .delay(MOVE_MS * 0.8)
      .duration(200)
      .style('opacity', 1)
      .transition()
      .duration(700)
      .style('opacity', 0)
      .remove();
  }
  if (irqEnter && scene.irq) {
    fx.append('path')
      .attr('class', 'mv-irq-flash')
      .attr('d', scene.irq)
      .style('opacity', 1)
      .transition()
      .duration(180)
      .style('opacity', 0.2)
      .transition()
      .duration(180)
      .style('opacity', 1)
      .transition()
      .duration(400)
      .style('opacity', 0)
      .remove();
  }
  return () => {
    fx.selectAll('*').interrupt().remove();
  };
}
