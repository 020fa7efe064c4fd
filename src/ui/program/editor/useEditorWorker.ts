import { useEffect, useRef, useState } from 'react';
import type { ProgramProblem, StraceNotice } from '../../../sim/index';
import type { EditorReply, EditorRequest } from '../../../worker/checkWorker';

/** How long typing pauses before the text is checked again (parse and check: well under a millisecond). */
const CHECK_DELAY_MS = 250;

/**
 * Why a log was not imported, as data the UI says in the reader's language (importFailureText): the editor
 * closed before the worker answered, the browser has no workers, the log is too long, or the importer failed
 * (a bug: its problem, `internal`).
 */
export type ImportFailure =
  | { readonly kind: 'closed' }
  | { readonly kind: 'noWorker' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'problem'; readonly problem: ProgramProblem };

/** A pasted strace log turned into a program (or why it could not be). */
export interface ImportedLog {
  readonly program: string;
  readonly notices: readonly StraceNotice[];
  readonly error?: ImportFailure;
}

/**
 * The editor's worker (src/worker/checkWorker.ts), started when the editor opens and stopped when it closes:
 * the problem of the text as typed (null while there is none or before the first answer; only the answer for
 * the latest text counts), and the import of a pasted `strace -f` log.
 */
export function useEditorWorker(text: string): {
  readonly problem: ProgramProblem | null;
  readonly importLog: (log: string) => Promise<ImportedLog>;
} {
  const [problem, setProblem] = useState<ProgramProblem | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const imports = useRef(new Map<number, (r: ImportedLog) => void>());
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('../../../worker/checkWorker.ts', import.meta.url), {
      type: 'module',
      name: 'editor',
    });
    const waiting = imports.current;
    w.onmessage = ({ data }: MessageEvent<EditorReply>) => {
      if (data.kind === 'check') {
        if (data.id === latest.current) setProblem(data.problem);
        return;
      }
      const { program, notices, problem } = data;
      waiting.get(data.id)?.({
        program,
        notices,
        ...(problem ? { error: { kind: 'problem', problem } } : {}),
      });
      waiting.delete(data.id);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
      for (const done of waiting.values()) done({ program: '', notices: [], error: { kind: 'closed' } });
      waiting.clear();
    };
  }, []);
  useEffect(() => {
    const id = ++latest.current;
    const send = () => worker.current?.postMessage({ kind: 'check', id, text } satisfies EditorRequest);
    // The first text at once (the editor opens on it), later ones when typing pauses.
    if (id === 1) {
      queueMicrotask(send);
      return;
    }
    const timer = window.setTimeout(send, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const importLog = (log: string) =>
    new Promise<ImportedLog>((resolve) => {
      const w = worker.current;
      if (!w) {
        resolve({ program: '', notices: [], error: { kind: 'noWorker' } });
        return;
      }
      const id = ++latest.current;
      imports.current.set(id, resolve);
      w.postMessage({ kind: 'import', id, log } satisfies EditorRequest);
    });
  return { problem, importLog };
}
