import type { EntryPath, PtRegsSlot } from '../../sim/index';
import { formatSize } from '../memory/formatSize';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A drawn row: one slot, or a run of general registers saved the same way (keeps the frame short). */
interface SlotRow {
  readonly slots: readonly string[];
  readonly by: PtRegsSlot['by'];
  readonly from?: string;
}

function toRows(frame: readonly PtRegsSlot[]): SlotRow[] {
  const rows: SlotRow[] = [];
  for (const s of frame) {
    const prev = rows[rows.length - 1];
    if (prev && !prev.from && !s.from && prev.by === s.by && s.by === 'entry')
      rows[rows.length - 1] = { ...prev, slots: [...prev.slots, s.slot] };
    else rows.push({ slots: [s.slot], by: s.by, ...(s.from ? { from: s.from } : {}) });
  }
  return rows;
}

/**
 * The pt_regs frame at the top of the task's kernel stack, highest address first; each slot says whether the
 * CPU or the entry code pushed it. `built`: the frame exists at this step (drawn faded otherwise).
 */
export function PtRegsStack({
  path,
  pid,
  stackBytes,
  built,
  axResult,
  t,
}: {
  path: EntryPath;
  pid: number;
  stackBytes: number;
  built: boolean;
  /** The call's result once the handler has stored it in ax (shown instead of the -ENOSYS placeholder). */
  axResult: number | null;
  t: T;
}) {
  return (
    <section className={`entry-box entry-stack ${built ? '' : 'entry-faded'}`} data-built={built}>
      <h4 className="entry-box-title">
        {t('entry.stack.title', { pid: String(pid), size: formatSize(BigInt(stackBytes)) })}
      </h4>
      <p className="entry-muted">
        {t(path.frame.some((s) => s.by === 'cpu') ? 'entry.stack.legendSplit' : 'entry.stack.legendAll')}
      </p>
      <p className="entry-stack-top">{t('entry.stack.top')}</p>
      <ol className="entry-slots">
        {toRows(path.frame).map((s) => (
          <li
            key={s.slots.join()}
            className={`entry-slot entry-by-${s.by}`}
            data-slot={s.slots.join(' ')}
            data-by={s.by}
          >
            <code className="entry-slot-name">{s.slots.join(' ')}</code>
            <span
              className="entry-slot-from"
              data-value={s.slots[0] === 'ax' && axResult !== null ? axResult : undefined}
            >
              {s.slots[0] === 'ax' && axResult !== null
                ? t('entry.stack.result', { value: String(axResult) })
                : s.from
                  ? t('entry.stack.from', { from: s.from })
                  : ''}
            </span>
            <span className="entry-slot-by">
              {t(s.by === 'cpu' ? 'entry.stack.byCpu' : 'entry.stack.byEntry')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
