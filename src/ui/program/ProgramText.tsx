import './program.css';
import { Panel } from '../Panel';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { useCurrentStep } from '../useStep';

/** A program's set-up lines: its constants and world declarations (docs/language.md), which make no step. */
const SETUP = /^\s*(const|world)\b/;

/** Splits the lines into the leading comment, the set-up block and the code that runs. */
function splitProgram(lines: readonly string[]): { head: number; setupEnd: number } {
  let head = 0;
  while (head < lines.length && lines[head]!.trimStart().startsWith('//')) head++;
  let setupEnd = head;
  while (setupEnd < lines.length && SETUP.test(lines[setupEnd]!)) setupEnd++;
  return { head, setupEnd };
}

/**
 * The scenario's program with the line of the current step highlighted. The code is a few lines, so the
 * panel shows it whole (no scrolling into view, which would force a layout on every step while playing);
 * the constants and world declarations fold into one line a click opens.
 */
export function ProgramText() {
  const { trace, step } = useCurrentStep();
  const t = useT();
  const store = useAppStore();
  const custom = useApp((s) => s.program !== null);
  const draft = useApp((s) => s.draft);
  const hasDraft = draft.trim() !== '' && draft !== trace.program.join('\n');
  const { head, setupEnd } = splitProgram(trace.program);
  const line = (text: string, i: number) => {
    const here = i === step.line;
    return (
      <li
        key={i}
        value={i + 1}
        className={`${here ? 'current' : ''} ${text.trimStart().startsWith('//') ? 'comment' : ''}`}
        aria-current={here ? 'step' : undefined}
      >
        <code>{text || ' '}</code>
      </li>
    );
  };
  const setup = trace.program.slice(head, setupEnd);
  return (
    <Panel
      title={custom ? `${t('ui.program.title')} · ${t('ui.program.custom')}` : t('ui.program.title')}
      id="program"
      className="program"
      actions={
        <div className="program-actions">
          {/* A draft kept from earlier (another scenario, an earlier visit): reopened, not overwritten. */}
          {hasDraft && (
            <button type="button" onClick={() => store.getState().openDraft(store.getState().draft, true)}>
              {t('ui.program.openDraft')}
            </button>
          )}
          <button
            type="button"
            className="program-edit"
            title={t('ui.program.editCopyHint')}
            onClick={() => store.getState().editCopy()}
          >
            {t('ui.program.editCopy')}
          </button>
        </div>
      }
    >
      <ol className="program-lines">
        {trace.program.slice(0, head).map((text, i) => line(text, i))}
        {setup.length > 0 && (
          <li className="program-setup" value={head + 1}>
            <details>
              <summary>{t('ui.program.setup', { n: setup.length })}</summary>
              <ol className="program-lines">{setup.map((text, i) => line(text, head + i))}</ol>
            </details>
          </li>
        )}
        {trace.program.slice(setupEnd).map((text, i) => line(text, setupEnd + i))}
      </ol>
    </Panel>
  );
}
