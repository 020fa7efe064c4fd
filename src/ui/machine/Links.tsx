import { polyline } from './geometry';
import type { Scene } from './scene';

/** Arrowhead markers and fills; ids are scoped by the component instance (useId). */
export function MachineDefs({ uid }: { uid: string }) {
  return (
    <defs>
      {(['fg', 'accent', 'danger'] as const).map((c) => (
        <marker
          key={c}
          id={`${uid}-arrow-${c}`}
          className={`mv-arrowhead mv-arrowhead-${c}`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10z" />
        </marker>
      ))}
      {/*
       * The moving arrow's head keeps one size in the picture's units: at the projector's heavy strokes a
       * head scaled with the stroke would cover the label of the box it points at.
       */}
      <marker
        id={`${uid}-arrow-move`}
        className="mv-arrowhead mv-arrowhead-accent"
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerUnits="userSpaceOnUse"
        markerWidth="22"
        markerHeight="22"
        orient="auto-start-reverse"
      >
        <path d="M0,0L10,5L0,10z" />
      </marker>
      <pattern id={`${uid}-stripes`} width="32" height="8" patternUnits="userSpaceOnUse">
        {[0, 1, 2, 3, 4, 5, 6, 7].map((k) => (
          <rect key={k} className={`mv-c${k}`} x={k * 4} y="0" width="4" height="8" />
        ))}
      </pattern>
      <pattern
        id={`${uid}-hatch`}
        width="10"
        height="10"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect className="mv-hatch-line" x="0" y="0" width="4" height="10" />
      </pattern>
    </defs>
  );
}

/**
 * Everything drawn between boxes: page references (skb frags, pipe buffers, PTEs) as dashed pointers to the
 * page-cache frames, DMA transfers in flight, the interrupt line, and the current step's movement as an arrow.
 */
export function Links({ scene, uid }: { scene: Scene; uid: string }) {
  const mv = scene.move;
  return (
    <g className="mv-links">
      {scene.dmaStub && <path className="mv-dma-stub" d={scene.dmaStub} />}
      {scene.inFlight.map((f) => (
        <path
          key={f.key}
          className={`mv-inflight mv-inflight-${f.device}`}
          d={f.d}
          markerEnd={`url(#${uid}-arrow-accent)`}
          data-inflight={f.device}
        />
      ))}
      {scene.irq && (
        <path className="mv-irq" d={scene.irq} markerEnd={`url(#${uid}-arrow-danger)`} data-irq="on" />
      )}
      {scene.pointers.map((p) => (
        <path
          key={p.key}
          className="mv-ptr"
          d={p.d}
          markerEnd={`url(#${uid}-arrow-fg)`}
          data-pointer={p.key}
        />
      ))}
      {mv && (
        <path
          className={`mv-move mv-move-${mv.kind}`}
          d={polyline(mv.points)}
          markerEnd={`url(#${uid}-arrow-move)`}
          data-move={mv.kind}
        />
      )}
    </g>
  );
}
