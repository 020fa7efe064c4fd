// The strace import's failures are data the editor says in the reader's language: no English from the
// worker's hook or the core reaches a Chinese reader.
import { describe, expect, it } from 'vitest';
import { loadEditorMessages, loadLocale, translate } from '../../../src/i18n/index';
import { internalProblem } from '../../../src/sim/index';
import { importFailureText } from '../../../src/ui/program/editor/importFailureText';
import type { ImportFailure } from '../../../src/ui/program/editor/useEditorWorker';

await Promise.all([loadLocale('zh-CN'), loadEditorMessages()]);

const FAILURES: readonly ImportFailure[] = [
  { kind: 'closed' },
  { kind: 'noWorker' },
  { kind: 'tooLong', max: 4_000_000 },
  { kind: 'problem', problem: internalProblem(new Error('boom')) },
];

describe('strace import failures', () => {
  it('are said in English and in Chinese, with no English left in the Chinese text', () => {
    for (const f of FAILURES) {
      const en = importFailureText((k, p) => translate('en', k, p), f);
      const zh = importFailureText((k, p) => translate('zh-CN', k, p), f);
      expect(en).toMatch(/^The log/);
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/^(无法导入该日志|日志超过)/);
      // The hook's old English reasons are gone from both languages.
      for (const text of [en, zh]) expect(text).not.toMatch(/^the editor closed$|no worker/);
      expect(zh).not.toMatch(/could not|closed before|cannot start/);
    }
    expect(importFailureText((k, p) => translate('en', k, p), { kind: 'closed' })).toBe(
      'The log could not be imported: the editor closed before the import finished.',
    );
  });
});
