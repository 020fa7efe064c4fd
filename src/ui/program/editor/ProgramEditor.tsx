import './editor.css';
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProgramProblem } from '../../../sim/index';
import { useApp, useAppStore } from '../../StoreContext';
import { useT } from '../../useT';
import { completeScenario } from './completion';
import { currentLine, moveCurrentLine } from './currentLine';
import { scenarioHighlight, scenarioLanguage } from './language';
import { problemRange, toDiagnostic } from './problems';
import { StraceImport } from './StraceImport';
import { useEditorWorker, type ImportedLog } from './useEditorWorker';
import { programProblemText } from '../programProblemText';

/** Problems of the text as typed (checked live), and of the last Run when it was refused. */
function useProblems(draft: string): {
  checked: ProgramProblem | null;
  run: ProgramProblem | null;
  importLog: (log: string) => Promise<ImportedLog>;
} {
  const run = useApp((s) => s.programProblem);
  // Checked in a worker of the editor's own: the page never holds the parser (nor the strace importer).
  const { problem: checked, importLog } = useEditorWorker(draft);
  const same = run && checked && run.line === checked.line && run.col === checked.col;
  return { checked, run: same ? null : run, importLog };
}

/**
 * The program editor (CodeMirror 6, loaded on demand): the scenario language highlighted, system calls
 * completed with their man-page signatures, problems underlined at line:column (message on hover) and listed
 * where a screen reader finds them; Run re-simulates, and the line of the current step follows playback.
 */
export default function ProgramEditor({
  programOnScreen,
  line,
}: {
  /** The lines of the program the run on screen comes from, and the line of its current step (0-based). */
  programOnScreen: readonly string[];
  line: number;
}) {
  const store = useAppStore();
  const t = useT();
  const draft = useApp((s) => s.draft);
  const onScreen = useMemo(() => draft === programOnScreen.join('\n'), [draft, programOnScreen]);
  const { checked, run, importLog } = useProblems(draft);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const listId = useId();
  const label = t('editor.label');
  // The editor's accessible name follows the language without rebuilding the editor (and its undo history).
  const [labelled] = useState(() => new Compartment());
  const nameOf = (text: string) =>
    EditorView.contentAttributes.of({ 'aria-label': text, 'aria-describedby': listId });

  const runDraft = () => {
    void store.getState().runDraft();
    return true;
  };

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: store.getState().draft,
        extensions: [
          lineNumbers(),
          // The pane is narrow: long lines wrap rather than scroll sideways.
          EditorView.lineWrapping,
          history(),
          drawSelection(),
          bracketMatching(),
          scenarioLanguage,
          scenarioHighlight,
          autocompletion({ override: [completeScenario], icons: false }),
          currentLine,
          keymap.of([
            { key: 'Mod-Enter', run: runDraft },
            ...completionKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...lintKeymap,
          ]),
          labelled.of(nameOf(label)),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) store.getState().setDraft(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // One editor per mount; its text and its name follow the store below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: labelled.reconfigure(nameOf(label)) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label]);

  // The store changed the text (a parameter rewrote a constant, a link opened): the editor follows.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== draft) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: draft } });
    }
  }, [draft]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const problems = [checked, run].filter((p): p is ProgramProblem => p !== null);
    v.dispatch(
      setDiagnostics(
        v.state,
        problems.map((p) => toDiagnostic(v.state.doc, p, programProblemText(t, p))),
      ),
    );
    // The hover follows the language too (t changes with it).
  }, [checked, run, t]);

  useEffect(() => {
    if (view.current) moveCurrentLine(view.current, onScreen ? line : null);
  }, [onScreen, line]);

  const goTo = (p: ProgramProblem) => {
    const v = view.current;
    if (!v) return;
    const { from } = problemRange(v.state.doc, p);
    v.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    v.focus();
  };

  const problems: { readonly p: ProgramProblem; readonly key: string }[] = [
    ...(checked ? [{ p: checked, key: 'editor.problem' }] : []),
    ...(run ? [{ p: run, key: 'editor.runProblem' }] : []),
  ];

  return (
    <>
      <p className="editor-status">{onScreen ? t('editor.onScreen') : t('editor.edited')}</p>
      <StraceImport importLog={importLog} />
      <div className="editor-problems" id={listId} aria-live="polite">
        <h3>{t('editor.problems')}</h3>
        {problems.length === 0 ? (
          <p className="editor-ok">{t('editor.noProblems')}</p>
        ) : (
          <ul role="list">
            {problems.map(({ p, key }) => (
              <li key={key}>
                <button type="button" onClick={() => goTo(p)}>
                  {t(key, { line: p.line, col: p.col, message: programProblemText(t, p) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="editor-host" ref={host} />
      <p className="editor-keys">{t('editor.keys')}</p>
    </>
  );
}
