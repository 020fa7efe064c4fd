import { Fragment, useMemo } from 'react';
import { translate, type Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import { toAddressSpaceView, type AxisBand, type PteEntryView, type UserCellView } from './addressSpaceModel';
import { formatSize } from './formatSize';
import './memory.css';

/** Page rows listed per area before the rest is summarised. */
const MAX_PTE_ROWS = 8;

function bandLabel(t: (k: string, p?: Record<string, string | number>) => string, b: AxisBand): string {
  return b.half === 'user' ? t(`memory.area.${b.key}`) : t(`memory.region.${b.key}`);
}

/** The entry's flag bits as the MMU names them; a dot for a clear bit. */
function pteBits(p: PteEntryView): string {
  return ['P', p.writable ? 'W' : '·', 'U', p.accessed ? 'A' : '·', p.dirty ? 'D' : '·'].join(' ');
}

function PteRow({
  p,
  t,
}: {
  p: PteEntryView;
  t: (k: string, p?: Record<string, string | number>) => string;
}) {
  return (
    <li
      className={`mem-pte ${p.writable ? 'mem-rw' : 'mem-ro'} ${p.change ? `mem-pte-${p.change}` : ''}`}
      style={{ borderLeftColor: `var(--page-${p.page % 8}, var(--accent, #4a7bd0))` }}
      data-vaddr={p.vaddr}
      data-pfn={p.pfn}
      data-writable={p.writable}
      data-accessed={p.accessed}
      data-dirty={p.dirty}
      data-change={p.change ?? undefined}
    >
      {t('memory.pte.entry', { vaddr: p.vaddr, pfn: p.pfn })}{' '}
      <span className="mem-pte-bits">{pteBits(p)}</span>
      {p.change && <span className="mem-pte-change"> {t(`memory.pte.change.${p.change}`)}</span>}
    </li>
  );
}

function UserCell({
  cell,
  t,
}: {
  cell: UserCellView;
  t: (k: string, p?: Record<string, string | number>) => string;
}) {
  if (!cell.present && cell.cleared.length === 0) {
    return <div className="mem-cell mem-cell-empty">{t('memory.addressSpace.unmapped')}</div>;
  }
  return (
    <div
      className={`mem-cell mem-cell-${cell.key} ${cell.touched ? 'mem-touched' : ''}`}
      data-area={cell.key}
    >
      {cell.touched && <span className="mem-touched-label">{t('memory.addressSpace.touched')}</span>}
      {cell.detail && (
        <span className="mem-cell-detail">
          {t(cell.key === 'mmap' ? 'memory.addressSpace.vma' : 'memory.addressSpace.userBuf', {
            addr: cell.detail.addr,
            bytes: cell.detail.bytes,
          })}
        </span>
      )}
      {cell.ptes.length + cell.cleared.length > 0 && (
        <ul className="mem-pte-list">
          {cell.ptes.slice(0, MAX_PTE_ROWS).map((p) => (
            <PteRow key={p.vaddr} p={p} t={t} />
          ))}
          {cell.cleared.slice(0, MAX_PTE_ROWS).map((p) => (
            <PteRow key={`cleared:${p.vaddr}`} p={p} t={t} />
          ))}
          {cell.ptes.length > MAX_PTE_ROWS && (
            <li className="mem-pte-more">
              {t('memory.addressSpace.more', { count: cell.ptes.length - MAX_PTE_ROWS })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/**
 * Every process's virtual address space at one step, on a broken axis (high addresses on top): the kernel half
 * as one band shared across processes, the x86-64 non-canonical hole as a break, the user areas per process,
 * and each process's kernel stack. A pure function of (trace, step).
 */
export function AddressSpaceView({ trace, step, locale }: { trace: Trace; step: number; locale: Locale }) {
  const view = useMemo(() => toAddressSpaceView(trace, step), [trace, step]);
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const n = view.processes.length;
  const kernelRows = view.bands.filter((b) => b.half === 'kernel').length;
  const columns = `minmax(11em, 15em) repeat(${n}, minmax(10em, 1fr))`;
  return (
    <section className="mem-view mem-address-space" aria-label={t('memory.addressSpace.title')}>
      <h3 className="mem-title">{t('memory.addressSpace.title')}</h3>
      <div className="mem-as-grid" style={{ gridTemplateColumns: columns }} role="table">
        <div className="mem-as-row" role="row">
          <div className="mem-axis-head" role="columnheader">
            {t('memory.addressSpace.axis')}
          </div>
          {view.processes.map((p) => (
            <div
              key={p.pid}
              className={`mem-proc-head ${p.running ? 'mem-running' : ''}`}
              role="columnheader"
              data-pid={p.pid}
              data-state={p.state}
            >
              <span className="mem-proc-name">
                {t('memory.addressSpace.process', { name: p.name, pid: String(p.pid) })}
              </span>
              <span className={`mem-proc-state mem-state-${p.state}`}>{t(`memory.state.${p.state}`)}</span>
              {p.running && <span className="mem-proc-running">{t('memory.addressSpace.running')}</span>}
            </div>
          ))}
        </div>
        <div className="mem-half-label mem-kernel-half" role="row">
          <span role="cell">{t('memory.addressSpace.kernelHalf')}</span>
        </div>
        {view.bands.map((b, i) => (
          <Fragment key={`${b.half}:${b.key}`}>
            {b.half === 'user' && view.bands[i - 1]?.half !== 'user' && (
              <>
                {view.arch === 'i386' && (
                  <div className="mem-split-row" role="row">
                    <span role="cell">{t('memory.addressSpace.split', { addr: view.split })}</span>
                  </div>
                )}
                <div className="mem-half-label mem-user-half" role="row">
                  <span role="cell">{t('memory.addressSpace.userHalf')}</span>
                </div>
              </>
            )}
            <div className={`mem-as-row mem-band-${b.half}`} role="row" data-band={b.key}>
              <div
                className={`mem-axis ${b.half === 'kernel' && view.touchedKernel === b.key ? 'mem-touched' : ''}`}
                role="rowheader"
              >
                <span className="mem-axis-addr">{b.start}</span>
                <span className="mem-axis-name">{bandLabel(t, b)}</span>
                {b.size !== null && <span className="mem-axis-size">{formatSize(b.size)}</span>}
              </div>
              {/* One cell for the whole kernel half: the same tables and frames in every process. */}
              {b.half === 'kernel' && i === 0 && (
                <div
                  className={`mem-shared ${view.touchedKernel ? 'mem-touched' : ''}`}
                  role="cell"
                  aria-rowspan={kernelRows}
                  style={{ gridColumn: `2 / span ${n}`, gridRow: `span ${kernelRows}` }}
                >
                  <span>{t('memory.addressSpace.sharedBand')}</span>
                  {view.touchedKernel && (
                    <span className="mem-touched-label">
                      {t('memory.addressSpace.touchedRegion', {
                        region: t(`memory.region.${view.touchedKernel}`),
                      })}
                    </span>
                  )}
                </div>
              )}
              {b.half === 'hole' && (
                <div className="mem-break" role="cell" style={{ gridColumn: `2 / span ${n}` }}>
                  {t('memory.addressSpace.holeBody')}
                </div>
              )}
              {b.half === 'user' &&
                view.processes.map((p) => {
                  const cell = p.cells.find((c) => c.key === b.key)!;
                  return (
                    <div key={p.pid} role="cell" data-pid={p.pid}>
                      {p.alive ? (
                        <UserCell cell={cell} t={t} />
                      ) : (
                        <div className="mem-cell mem-cell-empty">{t('memory.addressSpace.noSpace')}</div>
                      )}
                    </div>
                  );
                })}
            </div>
          </Fragment>
        ))}
      </div>
      <p className="mem-pte-legend">{t('memory.pte.legend')}</p>
      <h4 className="mem-subtitle">{t('memory.addressSpace.kstacks')}</h4>
      <div className="mem-kstacks">
        {view.processes.map((p) => (
          <div key={p.pid} className="mem-kstack" data-pid={p.pid}>
            <span className="mem-kstack-title">
              {t('memory.addressSpace.kstack', { pid: String(p.pid) })}
            </span>
            {p.kstack.length === 0 ? (
              <span className="mem-muted">{t('memory.addressSpace.kstackEmpty')}</span>
            ) : (
              <ol className="mem-kstack-frames" reversed>
                {[...p.kstack].reverse().map((f, i) => (
                  <li key={`${i}:${f}`}>{f}</li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
