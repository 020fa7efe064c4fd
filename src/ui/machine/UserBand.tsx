import { Block } from './Block';
import { Box } from './Box';
import { inner, placeRow, type Placed } from './geometry';
import { FONT, LINE, PAD, type LaneLayout, type Rect } from './layout';
import type { BlockView, LaneView, MachineViewModel } from './machineViewModel';
import type { Scene } from './scene';
import { ellipsize, wrapText } from './textFit';

function LaneTile({ lane, r }: { lane: LaneView; r: Rect }) {
  const cls = [
    'mv-lane',
    lane.onCpu ? 'is-oncpu' : '',
    lane.dim ? 'is-dim' : '',
    lane.alert ? 'is-alert' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const room = Math.max(1, Math.floor((r.h - LINE - 10) / LINE));
  const title = `${lane.onCpu ? '▶ ' : ''}${lane.title}`;
  const state = wrapText(lane.stateLabel, r.w - 2 * PAD, FONT, room, true);
  return (
    <g className={cls} data-pid={lane.pid} data-state={lane.stateLabel}>
      <rect className="mv-lane-frame" x={r.x} y={r.y} width={r.w} height={r.h} rx={7} />
      <text className="mv-title" x={r.x + PAD} y={r.y + FONT + 4}>
        {ellipsize(title, r.w - 2 * PAD, FONT, true)}
      </text>
      {state.map((l, i) => (
        <text key={i} className="mv-text mv-lane-state" x={r.x + PAD} y={r.y + FONT + 4 + (i + 1) * LINE}>
          {l}
        </text>
      ))}
    </g>
  );
}

function Empty({ r, text }: { r: Rect; text: string }) {
  return (
    <text className="mv-text mv-muted" x={r.x + r.w / 2} y={r.y + r.h / 2 + 8} textAnchor="middle">
      {text}
    </text>
  );
}

/** Blocks of a lane's buffer or mapping box (placed by the scene), or its "empty" text. */
function LaneBlocks({
  lane,
  r,
  placed,
  uid,
}: {
  lane: LaneView;
  r: Rect;
  placed: readonly Placed<BlockView>[];
  uid: string;
}) {
  const b = lane.buffer ?? lane.mapping;
  if (!b) return null;
  if (b.blocks.length === 0) return <Empty r={inner(r)} text={b.empty} />;
  return (
    <>
      {placed.map((p) => (
        <Block key={p.item.key} b={p.item} r={p.r} uid={uid} />
      ))}
    </>
  );
}

/** Narrowest page-table cell that still holds "pg10→F10" and "read-only". */
const COW_CELL_MIN = 100;

function CowCells({ lane, r, hl }: { lane: LaneView; r: Rect; hl: boolean }) {
  if (!lane.cow) return null;
  const titleW = 118;
  const title = wrapText(lane.cow.title, titleW - PAD, FONT, 2, true);
  const area = { x: r.x + titleW, y: r.y + 4, w: r.w - titleW - 4, h: r.h - 8 };
  // as many cells as stay readable (≥ COW_CELL_MIN wide); the rest are counted
  const fit = Math.max(1, Math.floor((area.w + 6) / (COW_CELL_MIN + 6)));
  const shown = lane.cow.cells.slice(0, lane.cow.cells.length > fit ? fit - 1 : fit);
  const more = lane.cow.more + lane.cow.cells.length - shown.length;
  const cells = placeRow({ ...area, w: more > 0 ? area.w - 50 : area.w }, shown, 150, 6);
  return (
    <g className={hl ? 'mv-box is-hl' : 'mv-box'} data-box="cow">
      <rect className="mv-box-frame" x={r.x} y={r.y} width={r.w} height={r.h} rx={7} />
      {title.map((l, i) => (
        <text
          key={i}
          className="mv-title"
          x={r.x + PAD}
          y={r.y + r.h / 2 - ((title.length - 1) * LINE) / 2 + 8 + i * LINE}
        >
          {l}
        </text>
      ))}
      {lane.cow.cells.length === 0 && <Empty r={area} text={lane.dim ? '—' : ''} />}
      {cells.map(({ item: c, r: cr }) => (
        <g key={c.key} className={`mv-block mv-block-data mv-c${c.colour}`} data-block={c.label}>
          <rect className="mv-block-bg" x={cr.x} y={cr.y} width={cr.w} height={cr.h} rx={5} />
          <text className="mv-block-label" x={cr.x + cr.w / 2} y={cr.y + cr.h / 2 - 3} textAnchor="middle">
            {ellipsize(c.label, cr.w - 6, FONT, true)}
          </text>
          <text
            className={`mv-block-detail ${c.writable ? 'is-rw' : 'is-ro'}`}
            x={cr.x + cr.w / 2}
            y={cr.y + cr.h / 2 + LINE - 5}
            textAnchor="middle"
          >
            {ellipsize(c.detail, cr.w - 6, FONT)}
          </text>
        </g>
      ))}
      {more > 0 && (
        <text className="mv-text mv-muted" x={r.x + r.w - PAD} y={r.y + r.h / 2 + 8} textAnchor="end">
          +{more}
        </text>
      )}
    </g>
  );
}

/** The user-space band: one lane per process, each with its buffer, mapping or page table. */
export function UserBand({
  vm,
  lanes,
  scene,
  uid,
}: {
  vm: MachineViewModel;
  lanes: readonly LaneLayout[];
  scene: Scene;
  uid: string;
}) {
  const hl = new Set(vm.highlight);
  return (
    <g className="mv-user">
      {lanes.map((l) => {
        const lane = vm.lanes.find((x) => x.pid === l.pid);
        if (!lane) return null;
        const mine = vm.stepPid === l.pid;
        const box = lane.buffer ?? lane.mapping;
        return (
          <g key={l.pid} className={lane.dim ? 'mv-lane-group is-dim' : 'mv-lane-group'}>
            <LaneTile lane={lane} r={l.tile} />
            {box && (
              <Box
                r={l.box}
                id={lane.buffer ? 'user' : 'mapping'}
                title={box.title}
                {...(lane.mapping?.detail ? { titleRight: lane.mapping.detail } : {})}
                hl={mine && (hl.has('user') || hl.has('mapping'))}
              >
                <LaneBlocks lane={lane} r={l.box} placed={scene.laneBlocks.get(l.pid) ?? []} uid={uid} />
              </Box>
            )}
            {lane.cow && <CowCells lane={lane} r={l.box} hl={mine && hl.has('cow')} />}
          </g>
        );
      })}
    </g>
  );
}
