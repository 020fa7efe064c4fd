import { useMemo } from 'react';
import { translate, type Locale } from '../../i18n/index';
import { hex, type Trace } from '../../sim/index';
import { ENTRY_PHASES, toEntryView, type EntryViewModel } from './entryModel';
import { PtRegsStack } from './PtRegsStack';
import './entry.css';

type T = (key: string, params?: Record<string, string | number>) => string;

function PhaseStrip({ v, t }: { v: EntryViewModel; t: T }) {
  return (
    <ol className="entry-phases" aria-label={t('entry.phase.label')} data-phase={v.phase}>
      {ENTRY_PHASES.map((p) => {
        const now = v.phase === p;
        return (
          <li
            key={p}
            className={`entry-phase ${now ? 'entry-now' : ''}`}
            data-phase-box={p}
            aria-current={now ? 'step' : undefined}
          >
            <span>{t(`entry.phase.${p}`)}</span>
            {now && <span className="entry-now-label">{t('entry.phase.now')}</span>}
          </li>
        );
      })}
    </ol>
  );
}

function CpuSaves({ v, t }: { v: EntryViewModel; t: T }) {
  const p = v.path;
  const cpuPushed = p.frame.filter((s) => s.by === 'cpu').map((s) => s.from ?? s.slot);
  return (
    <section className="entry-box entry-cpu" data-part="cpu">
      <h4 className="entry-box-title">{t('entry.cpu.title', { instruction: p.instruction })}</h4>
      <ul>
        {p.cpuRegisterSaves.map((m) => (
          <li key={m.from} data-reg-move={`${m.from}>${m.to}`}>
            <code>{t('entry.cpu.regMove', { from: m.from, to: m.to })}</code>
          </li>
        ))}
        {cpuPushed.length === 0 ? (
          <>
            <li>{t('entry.cpu.syscallMsrs')}</li>
            <li data-cpu-push="none">{t('entry.cpu.noPush')}</li>
          </>
        ) : (
          <>
            <li>{t('entry.cpu.int80Gate')}</li>
            <li>{t('entry.cpu.stackSwitch', { from: p.stackFrom })}</li>
            <li data-cpu-push={cpuPushed.join(',')}>
              {t('entry.cpu.pushes', { regs: cpuPushed.join(', ') })}
            </li>
          </>
        )}
      </ul>
    </section>
  );
}

function EntryCode({ v, t }: { v: EntryViewModel; t: T }) {
  const p = v.path;
  const buildsAll = p.frame.every((s) => s.by === 'entry');
  return (
    <section className="entry-box entry-code" data-part="entry-code">
      <h4 className="entry-box-title">{t('entry.code.title', { symbol: p.entrySymbol })}</h4>
      <ul>
        {buildsAll ? (
          <>
            <li>{t('entry.code.swapgs')}</li>
            <li>{t('entry.code.saveSp')}</li>
            <li>{t('entry.code.loadSp', { from: p.stackFrom })}</li>
            <li>{t('entry.code.buildAll')}</li>
          </>
        ) : (
          <li>{t('entry.code.saveAll')}</li>
        )}
      </ul>
    </section>
  );
}

function Dispatch({ v, t }: { v: EntryViewModel; t: T }) {
  const c = v.call!;
  const p = v.path;
  return (
    <section
      className={`entry-box entry-dispatch ${v.phase === 'dispatch' || v.phase === 'kernel' ? 'entry-active' : ''}`}
      data-part="dispatch"
      data-nr={c.nr ?? ''}
      data-handler={c.handler ?? ''}
    >
      <h4 className="entry-box-title">{t('entry.dispatch.title')}</h4>
      {c.nr === null ? (
        <p>{t('entry.dispatch.unknown', { name: c.name })}</p>
      ) : (
        <>
          <p className="entry-number">
            <code>
              {t('entry.dispatch.number', {
                reg: p.numberRegister,
                nr: String(c.nr),
                name: c.tableName ?? c.name,
              })}
            </code>
          </p>
          <p>
            <code>
              {t('entry.dispatch.switch', {
                dispatcher: p.dispatcher,
                fn: p.dispatchSwitch,
                nr: String(c.nr),
                handler: c.handler ?? '',
              })}
            </code>
          </p>
          <p className="entry-muted" data-part="dispatch-table-note">
            {t('entry.dispatch.tableNote', { table: p.table })}
          </p>
        </>
      )}
      <p className="entry-muted">{t('entry.dispatch.args', { regs: p.argRegisters.join(', ') })}</p>
    </section>
  );
}

function Return({ v, t }: { v: EntryViewModel; t: T }) {
  const c = v.call!;
  const reg = v.path.returnRegister;
  let value: string;
  if (c.ret !== null) {
    // mmap returns an address: shown in hex, as strace does.
    const ret = c.name === 'mmap' && c.ret > 0 ? hex(c.ret) : String(c.ret);
    value = c.errname
      ? t('entry.return.error', { reg, ret, errname: c.errname })
      : t('entry.return.value', { reg, ret });
  } else value = t(c.exitStep === null && !c.fromFork ? 'entry.return.never' : 'entry.return.pending');
  return (
    <section
      className={`entry-box entry-return ${v.phase === 'return' ? 'entry-active' : ''}`}
      data-part="return"
      data-ret={c.ret ?? ''}
    >
      <h4 className="entry-box-title">
        {t('entry.return.title', { instruction: v.call?.returnInstruction ?? v.path.returnInstruction })}
      </h4>
      <p className="entry-number">
        <code>{value}</code>
      </p>
      <p className="entry-muted">{t('entry.return.restore')}</p>
    </section>
  );
}

/**
 * The system-call entry of the current step's task: what the CPU saves by itself (int 0x80 vs syscall), what
 * the entry code saves into pt_regs on the task's kernel stack, the dispatch (a switch on the number), and
 * the return; the phase the step is in is highlighted. A pure function of (trace, step).
 */
export function EntryView({ trace, step, locale }: { trace: Trace; step: number; locale: Locale }) {
  const v = useMemo(() => toEntryView(trace, step), [trace, step]);
  const t: T = (key, params) => translate(locale, key, params);
  const p = v.path;
  const entering = v.phase === 'entry';
  return (
    <section
      className="entry-view"
      data-testid="entry-view"
      data-arch={v.arch}
      data-instruction={p.instruction}
      data-phase={v.phase}
      data-syscall={v.call?.name ?? ''}
      data-cpu-ring={v.ring}
    >
      <header className="entry-head">
        <h3 className="entry-title">
          {t('entry.title', { instruction: p.instruction, ret: p.returnInstruction, arch: v.arch })}
        </h3>
        <span>{t('entry.task', { name: v.taskName, pid: String(v.pid) })}</span>
        <span className={`entry-ring entry-ring-${v.ring}`}>{t('entry.ring', { ring: String(v.ring) })}</span>
      </header>
      {v.call === null ? (
        <p className="entry-note">{t('entry.noCall')}</p>
      ) : (
        <>
          <p className="entry-call">
            <strong>{t(v.call.fromFork ? 'entry.callFromFork' : 'entry.call', { name: v.call.name })}</strong>
          </p>
          <PhaseStrip v={v} t={t} />
          {v.phase === 'user' && <p className="entry-note">{t('entry.phase.outside')}</p>}
        </>
      )}
      <div className="entry-grid">
        <div className={`entry-col ${entering ? 'entry-active' : ''}`} data-active={entering}>
          <CpuSaves v={v} t={t} />
          <EntryCode v={v} t={t} />
        </div>
        <PtRegsStack
          path={p}
          pid={v.pid}
          stackBytes={v.kernelStackBytes}
          built={v.phase !== 'user' && !v.call?.fromFork}
          axResult={v.axResult}
          t={t}
        />
        {v.call && (
          <div className="entry-col">
            <Dispatch v={v} t={t} />
            <Return v={v} t={t} />
          </div>
        )}
      </div>
    </section>
  );
}
