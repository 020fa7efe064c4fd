import { useMemo } from 'react';
import { translate, type Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import { hexAddr } from './focusAddress';
import { toPageWalkView, type PteField } from './pageWalkModel';
import './memory.css';

/**
 * The page walk of the address the current step touches (else the task's last address, mapping or user
 * buffer): the table index at each level, the page offset, the PTE's flags and frame, and whether the MMU
 * allows the access. A failed U/S check is marked in red and labelled. A pure function of (trace, step).
 */
export function PageWalkView({ trace, step, locale }: { trace: Trace; step: number; locale: Locale }) {
  const v = useMemo(() => toPageWalkView(trace, step), [trace, step]);
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const yesNo = (b: boolean) => t(b ? 'memory.flag.yes' : 'memory.flag.no');
  const usFailed = v.check === 'us-failed';
  const access = v.fromUser
    ? v.write
      ? 'memory.walk.access.userWrite'
      : 'memory.walk.access.userRead'
    : 'memory.walk.access.kernel';
  const killed = v.taskState === 'killed';
  const changed = (f: PteField) => (v.changed.includes(f) ? 'mem-flag-changed' : '');
  if (v.none) {
    return (
      <section className="mem-view mem-page-walk" aria-label={t('memory.walk.title')}>
        <h3 className="mem-title">{t('memory.walk.title')}</h3>
        <p className="mem-muted" data-testid="walk-none">
          {t('memory.walk.none', { name: v.taskName, pid: String(v.pid) })}
        </p>
      </section>
    );
  }
  return (
    <section className="mem-view mem-page-walk" aria-label={t('memory.walk.title')}>
      <h3 className="mem-title">{t('memory.walk.title')}</h3>
      <p className="mem-walk-address">
        <span data-testid="walk-address">
          {t('memory.walk.address', { addr: v.addr, name: v.taskName, pid: String(v.pid) })}
        </span>{' '}
        <span className="mem-muted">({t(`memory.walk.source.${v.source}`)})</span>
      </p>
      <p className="mem-walk-meta">
        <span>{t('memory.walk.region', { region: t(`memory.region.${v.region}`) })}</span>
        <span>{t(access)}</span>
      </p>
      {!v.canonical && <p className="mem-check mem-check-bad">{t('memory.walk.nonCanonical')}</p>}
      <p
        className={`mem-check ${v.check === 'ok' ? 'mem-check-ok' : 'mem-check-bad'}`}
        role="status"
        data-check={v.check}
      >
        {t(`memory.check.${v.check}`)}
      </p>
      {killed && (
        <p className="mem-check mem-check-bad" data-testid="walk-killed">
          {v.signal
            ? t('memory.walk.killed', { pid: String(v.pid), signal: v.signal })
            : t('memory.walk.killedNoSignal', { pid: String(v.pid) })}
        </p>
      )}
      <h4 className="mem-subtitle">{t('memory.walk.levels')}</h4>
      <ol className="mem-walk-levels">
        {v.levels.map((l) => (
          <li key={l.key} className="mem-walk-level" data-level={l.key}>
            <span className="mem-level-name">{t(`memory.level.${v.arch}.${l.key}`)}</span>
            <span className="mem-level-bits">{t('memory.walk.bits', { hi: l.bits[0], lo: l.bits[1] })}</span>
            <mark className="mem-level-index" data-index={l.index}>
              {t('memory.walk.index', { index: String(l.index), hex: hexAddr(l.index) })}
            </mark>
          </li>
        ))}
        <li className="mem-walk-level" data-level="offset">
          <span className="mem-level-name">{t('memory.walk.offset')}</span>
          <span className="mem-level-bits">
            {t('memory.walk.bits', { hi: v.offsetBits[0], lo: v.offsetBits[1] })}
          </span>
          <mark className="mem-level-index" data-index={v.offset}>
            {t('memory.walk.index', { index: String(v.offset), hex: hexAddr(v.offset) })}
          </mark>
        </li>
      </ol>
      {v.kernelHalf && v.fromUser && (
        <p className="mem-muted" data-testid="walk-kpti">
          {t('memory.walk.noKpti')}
        </p>
      )}
      {v.pageBytes > 4096 && (
        <p className="mem-muted" data-testid="walk-large-page" data-page-bytes={v.pageBytes}>
          {t(`memory.walk.largePage.${v.arch}`)}
        </p>
      )}
      <h4 className="mem-subtitle">
        {t('memory.pte.title')}
        {v.kernelHalf && <span className="mem-muted"> — {t('memory.pte.shared')}</span>}
      </h4>
      <dl
        className="mem-pte-flags"
        data-testid="walk-pte"
        data-present={v.pte.present}
        data-writable={v.pte.present && v.pte.writable}
        data-user={v.pte.user}
        data-accessed={v.pte.present && v.pte.accessed}
        data-dirty={v.pte.present && v.pte.dirty}
        data-pfn={v.pte.pfn === null ? '' : hexAddr(v.pte.pfn)}
        data-changed={v.changed.join(' ')}
      >
        <div className={`mem-flag ${changed('present')}`} data-flag="present">
          <dt>{t('memory.flag.present')}</dt>
          <dd>{yesNo(v.pte.present)}</dd>
        </div>
        <div className={`mem-flag ${changed('writable')}`} data-flag="writable">
          <dt>{t('memory.flag.writable')}</dt>
          <dd>{v.pte.present ? yesNo(v.pte.writable) : '–'}</dd>
        </div>
        <div className={`mem-flag ${usFailed ? 'mem-flag-bad' : ''}`} data-flag="user">
          <dt>{t('memory.flag.user')}</dt>
          <dd>
            {v.pte.present ? t(v.pte.user ? 'memory.flag.userValue' : 'memory.flag.supervisorValue') : '–'}
          </dd>
        </div>
        <div className={`mem-flag ${changed('accessed')}`} data-flag="accessed">
          <dt>{t('memory.flag.accessed')}</dt>
          <dd>{v.pte.present ? yesNo(v.pte.accessed) : '–'}</dd>
        </div>
        <div className={`mem-flag ${changed('dirty')}`} data-flag="dirty">
          <dt>{t('memory.flag.dirty')}</dt>
          <dd>{v.pte.present ? yesNo(v.pte.dirty) : '–'}</dd>
        </div>
        <div className={`mem-flag ${changed('frame')}`} data-flag="frame">
          <dt>{t('memory.flag.frame')}</dt>
          <dd>
            {v.pte.pfn === null ? t('memory.flag.noFrame') : hexAddr(v.pte.pfn)}
            {v.pte.backing && <> ({t(`memory.backing.${v.pte.backing}`)})</>}
          </dd>
        </div>
      </dl>
      {v.changed.length > 0 && (
        <p className="mem-muted" data-testid="walk-changed">
          {t('memory.walk.changed', { fields: v.changed.map((f) => t(`memory.flag.short.${f}`)).join(', ') })}
        </p>
      )}
      {v.tlbFlush && (
        <p className="mem-tlb" data-testid="walk-tlb" data-pages={v.tlbFlush.pages}>
          {v.tlbFlush.pages < 0
            ? t('memory.walk.tlbAll')
            : t('memory.walk.tlbRange', { pages: v.tlbFlush.pages })}
        </p>
      )}
    </section>
  );
}
