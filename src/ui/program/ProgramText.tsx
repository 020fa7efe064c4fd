import './program.css';
import { Panel } from '../Panel';
import { useT } from '../useT';
import { useCurrentStep } from '../useStep';

/**
 * The scenario's program with the line of the current step highlighted. Programs are a few lines, so the
 * panel shows them whole (no scrolling into view, which would force a layout on every step while playing).
 */
export function ProgramText() {
  const { trace, step } = useCurrentStep();
  const t = useT();
  return (
    <Panel title={t('ui.program.title')} id="program" className="program">
      <ol className="program-lines">
        {trace.program.map((text, i) => {
          const here = i === step.line;
          return (
            <li
              key={i}
              className={`${here ? 'current' : ''} ${text.trimStart().startsWith('//') ? 'comment' : ''}`}
              aria-current={here ? 'step' : undefined}
            >
              <code>{text || ' '}</code>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
