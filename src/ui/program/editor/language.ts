import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { CALLS, PARAM_CONSTANTS } from '../../../sim/index';

// Words of the scenario language (docs/language.md) for colouring only: the core's parser decides what a
// program means, and its errors are the ones shown.
const KEYWORDS = new Set(['if', 'else', 'while', 'do', 'for', 'break', 'continue', 'const', 'world']);
const TYPES = new Set(['int', 'long', 'char', 'void', 'unsigned', 'size_t', 'ssize_t', 'off_t', 'pid_t']);
const WORLD_KINDS = new Set(['file', 'tcp', 'buffer', 'heap', 'process']);

interface State {
  inComment: boolean;
  afterWorld: boolean;
}

const parser: StreamParser<State> = {
  name: 'scenario',
  startState: () => ({ inComment: false, afterWorld: false }),
  token(stream, state) {
    if (state.inComment) {
      if (stream.skipTo('*/')) {
        stream.next();
        stream.next();
        state.inComment = false;
      } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inComment = true;
      return 'comment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^(?:0x[0-9a-fA-F]+|\d+)[kmgKMG]?\b/)) return 'number';
    const word = stream.match(/^[A-Za-z_]\w*/) as RegExpMatchArray | null;
    if (word) {
      const w = word[0];
      const wasWorld = state.afterWorld;
      state.afterWorld = w === 'world';
      if (KEYWORDS.has(w)) return 'keyword';
      if (wasWorld && WORLD_KINDS.has(w)) return 'keyword';
      if (TYPES.has(w)) return 'typeName';
      if (w in CALLS) return 'variableName.function';
      if (w in PARAM_CONSTANTS || /^[A-Z][A-Z0-9_]*$/.test(w)) return 'variableName.constant';
      return 'variableName';
    }
    stream.next();
    return 'operator';
  },
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
};

/** The scenario language for CodeMirror: a stream tokenizer (small, no grammar to keep in step with the parser). */
export const scenarioLanguage = StreamLanguage.define(parser);

/** Colours from the theme's variables (editor.css), so the light, dark and projector themes all read well. */
export const scenarioHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
    { tag: tags.keyword, color: 'var(--code-keyword)', fontWeight: '700' },
    { tag: tags.typeName, color: 'var(--code-type)' },
    { tag: tags.function(tags.variableName), color: 'var(--code-call)' },
    { tag: tags.number, color: 'var(--code-number)' },
    { tag: tags.string, color: 'var(--code-string)' },
    { tag: tags.constant(tags.variableName), color: 'var(--code-constant)' },
  ]),
);
