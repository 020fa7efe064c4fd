import { useMemo } from 'react';
import { translate, type Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import { hexAddr } from './focusAddress';
import { toPhysicalMemoryView, type CopyPlace, type FrameRow } from './physicalMemoryModel';
import './memory.css';

type T = (key: string, params?: Record<string, string | number>) => string;

function range(a: number, b: number): string {
  return a === b ? `p${a}` : `p${a}–p${b}`;
}

function holds(t: T, f: FrameRow): string {
  if (f.kind === 'kernelStack') return t('memory.phys.kstackOf', { pid: String(f.owner) });
  if (f.kind === 'pageTable')
    return t('memory.phys.tablesOf', {
      pid: String(f.owner),
      tables: (f.tables ?? []).map((x) => `${x.count} ${x.key.toUpperCase()}`).join(', '),
    });
  if (f.kind === 'userBuf') return t('memory.phys.userBufOf', { pid: String(f.owner) });
  if (f.kind !== 'anon') return t('memory.phys.filePages', { range: range(f.pages[0], f.pages[1]) });
  if (f.version === null || f.version === 'orig') return t('memory.phys.bufPage', { page: f.pages[0] });
  return t('memory.phys.bufPageCopy', { page: f.pages[0], owner: f.version });
}

function frames(t: T, f: FrameRow): string {
  if (f.frameCount !== null) return t('memory.phys.frameCount', { count: f.frameCount });
  if (!f.pfns) return t('memory.phys.slab');
  return f.pfns[0] === f.pfns[1]
    ? t('memory.phys.frame', { pfn: hexAddr(f.pfns[0]) })
    : t('memory.phys.frameRange', { first: hexAddr(f.pfns[0]), last: hexAddr(f.pfns[1]) });
}

function placeLabel(t: T, p: CopyPlace): string {
  return p.kind === 'userbuf'
    ? t('memory.copies.place.userbuf', { pid: String(p.pid) })
    : t(`memory.copies.place.${p.kind}`);
}

/**
 * Physical frames at one step: page cache, anonymous frames with reference counts, socket-buffer data, which
 * process maps each frame; and how many copies of the same file bytes sit in RAM. A pure function of (trace, step).
 */
export function PhysicalMemoryView({ trace, step, locale }: { trace: Trace; step: number; locale: Locale }) {
  const v = useMemo(() => toPhysicalMemoryView(trace, step), [trace, step]);
  const t: T = (key, params) => translate(locale, key, params);
  return (
    <section className="mem-view mem-physical" aria-label={t('memory.phys.title')}>
      <h3 className="mem-title">{t('memory.phys.title')}</h3>
      {v.frames.length === 0 ? (
        <p className="mem-muted">{t('memory.phys.empty')}</p>
      ) : (
        <table className="mem-frames">
          <thead>
            <tr>
              <th scope="col">{t('memory.phys.frames')}</th>
              <th scope="col">{t('memory.phys.kind')}</th>
              <th scope="col">{t('memory.phys.holds')}</th>
              <th scope="col">{t('memory.phys.refcount')}</th>
              <th scope="col">{t('memory.phys.mappedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {v.frames.map((f) => (
              <tr
                key={f.id}
                className={`mem-frame mem-frame-${f.kind}`}
                data-frame={f.id}
                data-kind={f.kind}
                data-pfn={f.pfns ? hexAddr(f.pfns[0]) : undefined}
                data-pages={`${f.pages[0]}-${f.pages[1]}`}
                data-owner={f.owner ?? undefined}
                data-mappers={f.mappedBy.map((m) => `${m.pid}:${m.writable ? 'rw' : 'ro'}`).join(' ')}
              >
                <td
                  className="mem-frame-pfn"
                  style={{
                    borderLeftColor:
                      f.kind === 'userBuf'
                        ? 'var(--ring3)'
                        : f.owner === null
                          ? `var(--page-${f.pages[0] % 8}, var(--accent, #4a7bd0))`
                          : 'var(--ring0, #b3261e)',
                  }}
                >
                  {frames(t, f)}
                </td>
                <td>{t(`memory.phys.kind.${f.kind}`)}</td>
                <td>{holds(t, f)}</td>
                <td className="mem-frame-refcount" data-refcount={f.refcount ?? ''}>
                  {f.refcount === null ? t('memory.phys.noRefcount') : String(f.refcount)}
                </td>
                <td className="mem-frame-mappers">
                  {f.mappedBy.length === 0
                    ? t('memory.phys.nobody')
                    : f.mappedBy
                        .map((m) =>
                          t('memory.phys.mapper', {
                            pid: String(m.pid),
                            access: t(m.writable ? 'memory.access.rw' : 'memory.access.ro'),
                          }),
                        )
                        .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="mem-subtitle">{t('memory.copies.title')}</h4>
      {v.copies.length === 0 ? (
        <p className="mem-muted">{t('memory.copies.none')}</p>
      ) : (
        <>
          <ul className="mem-copies">
            {v.copies.map((c) => (
              <li key={c.first} className="mem-copy-run" data-copies={c.places.length}>
                <span className="mem-copy-count">
                  {t('memory.copies.run', { range: range(c.first, c.last), count: c.places.length })}
                </span>
                <span className="mem-copy-places">{c.places.map((p) => placeLabel(t, p)).join(' · ')}</span>
              </li>
            ))}
          </ul>
          <p className="mem-copies-max">{t('memory.copies.max', { count: v.maxCopies })}</p>
        </>
      )}
    </section>
  );
}
