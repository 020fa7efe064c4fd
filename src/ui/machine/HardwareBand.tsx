import { colourClass } from './Block';
import { Box, BoxLines } from './Box';
import { FONT, FONT_BIG, LINE, PAD, TITLE_H, type MachineLayout, type Rect } from './layout';
import type { CpuView, MachineViewModel, SmallBoxView } from './machineViewModel';
import type { Scene } from './scene';
import { ellipsize, fits } from './textFit';

function Small({ r, id, v, hl }: { r: Rect; id: string; v: SmallBoxView; hl: boolean }) {
  return (
    <Box
      r={r}
      id={id}
      title={v.title}
      {...(v.titleRight ? { titleRight: v.titleRight } : {})}
      hl={hl || v.active}
      alert={v.alert}
    >
      <BoxLines r={r} lines={v.lines} top={TITLE_H - 4} maxLines={2} />
    </Box>
  );
}

/** The CPU with its big ring indicator; data-ring="0"|"3" is the end-to-end test hook (DESIGN §8). */
function Cpu({ r, cpu, hl }: { r: Rect; cpu: CpuView; hl: boolean }) {
  const pill = { x: r.x + PAD, y: r.y + TITLE_H, w: r.w - 2 * PAD, h: FONT_BIG + 6 };
  return (
    <Box r={r} id="cpu" title="CPU" titleRight={cpu.currentLabel} hl={hl}>
      <g className="mv-ring" data-ring={String(cpu.ring)} data-testid="ring-indicator">
        <rect x={pill.x} y={pill.y} width={pill.w} height={pill.h} rx={pill.h / 2} />
        <text x={pill.x + pill.w / 2} y={pill.y + pill.h / 2 + FONT_BIG * 0.36} textAnchor="middle">
          {ellipsize(cpu.ringLabel, pill.w - 12, FONT_BIG, true)}
        </text>
      </g>
      <text className="mv-text" x={r.x + PAD} y={pill.y + pill.h + FONT - 1}>
        {ellipsize(cpu.activityLabel, r.w - 2 * PAD, FONT)}
      </text>
    </Box>
  );
}

function Ram({ vm, scene, r, hl }: { vm: MachineViewModel; scene: Scene; r: Rect; hl: boolean }) {
  const { ram } = vm;
  const t = scene.ram.title;
  const twoLines = r.h >= 2 * LINE + 4;
  return (
    <g className={hl ? 'mv-box mv-ram is-hl' : 'mv-box mv-ram'} data-box="ram">
      <rect className="mv-box-frame" x={r.x} y={r.y} width={r.w} height={r.h} rx={7} />
      <text className="mv-title" x={t.x + PAD} y={t.y + (twoLines ? FONT + 2 : r.h / 2 + 8)}>
        {ram.title}
      </text>
      {ram.copies && twoLines && (
        <text className="mv-text mv-copies" x={t.x + PAD} y={t.y + FONT + LINE + 2}>
          <title>{ram.copiesLong}</title>
          {ellipsize(ram.copies, t.w - PAD, FONT, true)}
        </text>
      )}
      {scene.ram.cells.map(({ item: c, r: cr }) => {
        const cx = cr.x + cr.w / 2;
        const both = c.sub !== '' && twoLines;
        const sub = fits(c.sub, cr.w - 6, FONT, true) ? c.sub : c.subShort;
        return (
          <g
            key={c.key}
            className={`mv-block mv-ram-cell mv-block-${c.kind} ${colourClass(c.colour)}`}
            data-cell={c.key}
          >
            <rect className="mv-block-bg" x={cr.x} y={cr.y} width={cr.w} height={cr.h} rx={4} />
            <text
              className="mv-block-detail"
              x={cx}
              y={cr.y + (both ? FONT : cr.h / 2 + 8)}
              textAnchor="middle"
            >
              {ellipsize(c.label, cr.w - 6, FONT)}
            </text>
            {both && fits(sub, cr.w - 6, FONT, true) && (
              <text className="mv-block-label" x={cx} y={cr.y + FONT + LINE - 2} textAnchor="middle">
                {sub}
              </text>
            )}
          </g>
        );
      })}
      {ram.cells.length === 0 && (
        <text className="mv-text mv-muted" x={t.x + t.w + PAD} y={r.y + r.h / 2 + 8}>
          {ram.empty}
        </text>
      )}
      {scene.ram.more > 0 && (
        <text className="mv-text mv-muted" x={r.x + r.w - PAD} y={r.y + r.h / 2 + 8} textAnchor="end">
          +{scene.ram.more}
        </text>
      )}
    </g>
  );
}

/** The hardware band: disk, DMA controller, CPU, MMU, NIC and the RAM-frames strip. */
export function HardwareBand({
  vm,
  layout: l,
  scene,
}: {
  vm: MachineViewModel;
  layout: MachineLayout;
  scene: Scene;
}) {
  const hl = new Set(vm.highlight);
  return (
    <g className="mv-hw">
      <Small r={l.disk} id="disk" v={vm.disk} hl={hl.has('disk')} />
      <Small r={l.dma} id="dma" v={vm.dma} hl={hl.has('dma')} />
      <Cpu r={l.cpu} cpu={vm.cpu} hl={hl.has('cpu')} />
      <Small r={l.mmu} id="mmu" v={vm.mmu} hl={hl.has('mmu')} />
      <Small r={l.nic} id="nic" v={vm.nic} hl={hl.has('nic')} />
      <Ram vm={vm} scene={scene} r={l.ram} hl={hl.has('ram')} />
    </g>
  );
}
