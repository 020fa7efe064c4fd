// Dev harness (not shipped): renders the machine view and the timeline alone, sized like the app's panes.
// Serve with `node_modules/.bin/vite tests/harness --config vite.config.ts --port 5174` and open
// /machine.html?scenario=read-write&params={"file":10000}&step=10&locale=en&w=660&h=360&tw=1260
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale } from '../../src/i18n/index';
import { isScenarioId, simulate } from '../../src/sim/index';
import { MachineView } from '../../src/ui/machine/MachineView';
import { Timeline } from '../../src/ui/timeline/Timeline';
import '../../src/ui/theme.css';

const q = new URLSearchParams(location.search);
const scenario = q.get('scenario') ?? 'read-write';
const params = JSON.parse(q.get('params') ?? '{}');
const locale = q.get('locale') ?? 'en';
const theme = q.get('theme') ?? 'light';
document.documentElement.dataset.theme = theme;
document.documentElement.lang = locale;
const trace = simulate(isScenarioId(scenario) ? scenario : 'read-write', params);
(window as unknown as { traceLength: number }).traceLength = trace.length;

function Harness() {
  const [step, setStep] = useState(Number(q.get('step') ?? 0));
  const reduced = q.get('reduced') === '1';
  const w = Number(q.get('w') ?? 660);
  const h = Number(q.get('h') ?? 360);
  const tw = Number(q.get('tw') ?? w);
  const lang = isLocale(locale) ? locale : 'en';
  return (
    <div
      style={{
        padding: 8,
        background: 'var(--bg)',
        color: 'var(--fg)',
        fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif',
      }}
    >
      <div style={{ marginBottom: 4 }}>
        <button id="prev" onClick={() => setStep((s) => Math.max(0, s - 1))}>
          prev
        </button>
        <button id="next" onClick={() => setStep((s) => Math.min(trace.length - 1, s + 1))}>
          next
        </button>
        <span id="stepno" style={{ marginLeft: 8 }}>
          step {step} / {trace.length}
        </span>
      </div>
      <div
        id="machine"
        style={{ width: w, height: h, border: '1px solid var(--border)', background: 'var(--panel)' }}
      >
        <MachineView trace={trace} step={step} locale={lang} reducedMotion={reduced} />
      </div>
      <div
        id="timeline"
        style={{
          width: tw,
          height: 176,
          marginTop: 8,
          border: '1px solid var(--border)',
          background: 'var(--panel)',
          display: 'flex',
        }}
      >
        <Timeline trace={trace} step={step} locale={lang} onSeek={setStep} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Harness />);
