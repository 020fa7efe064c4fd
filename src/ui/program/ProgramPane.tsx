import { lazy, Suspense } from 'react';
import { loadEditorMessages } from '../../i18n/index';
import { loadProgramCodec } from '../../url/programCodec';
import { Panel } from '../Panel';
import { useApp, useAppStore } from '../StoreContext';
import { useCurrentStep } from '../useStep';
import { useT } from '../useT';
import { ProgramText } from './ProgramText';

// CodeMirror, the link's program codec and the editor's English messages load when the editor first opens:
// none of them is in the initial JavaScript (DESIGN §9).
const ProgramEditor = lazy(() =>
  Promise.all([import('./editor/ProgramEditor'), loadEditorMessages(), loadProgramCodec()]).then(([m]) => m),
);

/** The program pane: the program on screen, or the editor with the user's copy of it. */
export function ProgramPane() {
  const editing = useApp((s) => s.editing);
  if (!editing) return <ProgramText />;
  return <EditorPane />;
}

/** The editor's panel and buttons; the editor itself (the CodeMirror part) loads into its body. */
function EditorPane() {
  const store = useAppStore();
  const custom = useApp((s) => s.program !== null);
  const { trace, step } = useCurrentStep();
  const t = useT();
  return (
    <Panel
      title={t('editor.title')}
      className="program program-editor"
      actions={
        <div className="editor-actions">
          <button
            type="button"
            className="primary"
            title={t('editor.runHint')}
            onClick={() => void store.getState().runDraft()}
          >
            {t('editor.run')}
          </button>
          {custom && (
            <button type="button" onClick={() => store.getState().leaveProgram()}>
              {t('editor.back')}
            </button>
          )}
          <button type="button" onClick={() => store.getState().closeEditor()}>
            {t('editor.close')}
          </button>
        </div>
      }
    >
      <Suspense fallback={<p role="status">{t('editor.loading')}</p>}>
        <ProgramEditor programOnScreen={trace.program} line={step.line} />
      </Suspense>
    </Panel>
  );
}
