import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Sets the line (0-based) of the step on screen, or null when the editor's text is not the run on screen. */
export const setCurrentLine = StateEffect.define<number | null>();

const mark = Decoration.line({ class: 'cm-step-line', attributes: { 'aria-current': 'step' } });

/** The line that made the current step, highlighted like the program pane's; it follows playback. */
export const currentLine: Extension = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setCurrentLine)) continue;
      const n = e.value;
      next =
        n === null || n < 0 || n >= tr.state.doc.lines
          ? Decoration.none
          : Decoration.set([mark.range(tr.state.doc.line(n + 1).from)]);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The effects that move the highlight to `line` and keep it in view (nearest edge: no jumps while playing). */
export function moveCurrentLine(view: EditorView, line: number | null) {
  const effects: StateEffect<unknown>[] = [setCurrentLine.of(line)];
  if (line !== null && line >= 0 && line < view.state.doc.lines) {
    effects.push(EditorView.scrollIntoView(view.state.doc.line(line + 1).from, { y: 'nearest' }));
  }
  view.dispatch({ effects });
}
