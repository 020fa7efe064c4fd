import { Block } from './Block';
import { Box, BoxLines } from './Box';
import { inner } from './geometry';
import { FONT, LINE, PAD, type MachineLayout, type Rect } from './layout';
import type { KstackView, MachineViewModel, PathView } from './machineViewModel';
import type { Scene } from './scene';
import { ellipsize, textWidth } from './textFit';

function Caption({ r, text }: { r: Rect; text: string }) {
  return (
    <text className="mv-text mv-muted" x={r.x + PAD} y={r.y + r.h - PAD - 2}>
      {ellipsize(text, r.w - 2 * PAD, FONT)}
    </text>
  );
}

/**
 * The send buffer's fill level (rule 10): a bar above the caption, full width = sndbuf, with how many skbs
 * hold it at the bar's right (the caption's line has no room for both in a narrow box).
 */
function SendBufferFill({ r, fill, count }: { r: Rect; fill: number; count?: string }) {
  const label = count ? Math.min(textWidth(count, FONT), (r.w - 2 * PAD) / 2) : 0;
  const w = r.w - 2 * PAD - (count ? label + 6 : 0);
  const y = r.y + r.h - PAD - FONT - 10;
  return (
    <g data-fill={fill.toFixed(3)}>
      {count && (
        <text className="mv-text mv-muted" x={r.x + r.w - PAD} y={y + 7} textAnchor="end">
          {ellipsize(count, label, FONT)}
        </text>
      )}
      <rect className="mv-fill-track" x={r.x + PAD} y={y} width={w} height={6} rx={3} />
      <rect className="mv-fill-bar" x={r.x + PAD} y={y} width={w * fill} height={6} rx={3} />
    </g>
  );
}

function Kstack({ r, k, hl }: { r: Rect; k: KstackView; hl: boolean }) {
  const area = inner(r);
  const frameH = 34;
  const fit = Math.max(1, Math.floor((area.h + 4) / (frameH + 4)));
  const frames = k.frames.slice(0, fit);
  return (
    <Box r={r} id="kstack" title={k.title} titleRight={k.owner} hl={hl}>
      {frames.length === 0 && <BoxLines r={r} lines={[k.empty]} className="mv-text mv-muted" />}
      {frames.map((f, i) => {
        const y = area.y + i * (frameH + 4);
        const regs = f.startsWith('pt_regs');
        return (
          <g key={i} className={regs ? 'mv-frame mv-frame-regs' : 'mv-frame'} data-frame={f}>
            <rect x={area.x} y={y} width={area.w} height={frameH} rx={4} />
            <text className="mv-text" x={area.x + 6} y={y + frameH / 2 + 8}>
              {ellipsize(f, area.w - 12, FONT)}
            </text>
          </g>
        );
      })}
    </Box>
  );
}

function KernelPath({ r, p, hl }: { r: Rect; p: PathView; hl: boolean }) {
  const area = inner(r);
  const step = LINE + 8;
  const fit = Math.max(1, Math.floor((area.h + 4) / step));
  const lines = p.lines.slice(-fit);
  return (
    <Box r={r} id="path" title={p.title} hl={hl}>
      {lines.map((l, i) => {
        const y = area.y + i * step;
        return (
          <g key={i} className={l.current ? 'mv-path-line is-current' : 'mv-path-line'}>
            {l.current && <rect x={area.x} y={y} width={area.w} height={LINE + 4} rx={4} />}
            <text className="mv-text" x={area.x + 6} y={y + FONT - 1}>
              {ellipsize(`${l.current ? '▶ ' : ''}${l.text}`, area.w - 12, FONT, l.current)}
            </text>
          </g>
        );
      })}
    </Box>
  );
}

/** The kernel band: page cache, socket buffer, pipe and kernel stack (or the kernel path). */
export function KernelBand({
  vm,
  layout: l,
  scene,
  uid,
}: {
  vm: MachineViewModel;
  layout: MachineLayout;
  scene: Scene;
  uid: string;
}) {
  const hl = new Set(vm.highlight);
  return (
    <g className="mv-kernel">
      {vm.pagecache && l.pagecache && (
        <Box r={l.pagecache} id="pagecache" title={vm.pagecache.title} hl={hl.has('pagecache')}>
          {vm.pagecache.mode === 'ranges' && (
            <rect
              className="mv-track"
              x={inner(l.pagecache).x}
              y={inner(l.pagecache).y}
              width={inner(l.pagecache).w}
              height={scene.pagecache[0]?.r.h ?? 40}
              rx={5}
            />
          )}
          {scene.pagecache.map((p) => (
            <Block key={p.item.key} b={p.item} r={p.r} uid={uid} />
          ))}
          <Caption r={l.pagecache} text={vm.pagecache.caption} />
        </Box>
      )}
      {vm.skb && l.skb && (
        <Box r={l.skb} id="skb" title={vm.skb.title} hl={hl.has('skb')}>
          {scene.skb.length === 0 && (
            <BoxLines r={l.skb} lines={[vm.skb.empty]} className="mv-text mv-muted" />
          )}
          {scene.skb.map((p) => (
            <Block key={p.item.key} b={p.item} r={p.r} uid={uid} />
          ))}
          <SendBufferFill r={l.skb} fill={vm.skb.fill} count={vm.skb.count} />
          {vm.skb.others && (
            // Several sockets: the others' queues, one line each, above the fill bar and its skb count.
            <g data-other-sockets={vm.skb.others.length}>
              <BoxLines
                r={l.skb}
                lines={vm.skb.others}
                top={l.skb.h - PAD - 2 * FONT - 24 - (vm.skb.others.length - 1) * LINE}
                className="mv-text mv-muted"
                maxLines={vm.skb.others.length}
              />
            </g>
          )}
          <Caption
            r={l.skb}
            text={scene.skbMore > 0 ? `${vm.skb.caption} · +${scene.skbMore}` : vm.skb.caption}
          />
        </Box>
      )}
      {vm.pipe && l.pipe && (
        <Box r={l.pipe} id="pipe" title={vm.pipe.title} titleRight={vm.pipe.caption} hl={hl.has('pipe')}>
          {vm.pipe.lines && l.pipe.h >= 2 * LINE + 8 && <BoxLines r={l.pipe} lines={vm.pipe.lines} />}
          {scene.pipe.map((p, i) =>
            p.item ? (
              <Block key={p.item.key} b={p.item} r={p.r} uid={uid} />
            ) : (
              <rect
                key={`empty-${i}`}
                className="mv-slot-empty"
                x={p.r.x}
                y={p.r.y}
                width={p.r.w}
                height={p.r.h}
                rx={4}
              />
            ),
          )}
        </Box>
      )}
      {vm.path && l.path && <KernelPath r={l.path} p={vm.path} hl={hl.has('path')} />}
      <Kstack r={l.kstack} k={vm.kstack} hl={hl.has('kstack')} />
    </g>
  );
}
