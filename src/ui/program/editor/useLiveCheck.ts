import { useEffect, useRef, useState } from 'react';
import type { ProgramProblem } from '../../../sim/index';
import type { CheckReply, CheckRequest } from '../../../worker/checkWorker';

/** How long typing pauses before the text is checked again (parse and check: well under a millisecond). */
const CHECK_DELAY_MS = 250;

/**
 * The problem of the text as typed (parse and check), from a checker worker the editor starts when it opens
 * and stops when it closes; null while there is none or before the first answer. Only the answer for the
 * latest text counts.
 */
export function useLiveCheck(text: string): ProgramProblem | null {
  const [problem, setProblem] = useState<ProgramProblem | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('../../../worker/checkWorker.ts', import.meta.url), {
      type: 'module',
      name: 'check',
    });
    w.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      if (data.id === latest.current) setProblem(data.problem);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    const id = ++latest.current;
    const send = () => worker.current?.postMessage({ id, text } satisfies CheckRequest);
    // The first text at once (the editor opens on it), later ones when typing pauses.
    if (id === 1) {
      queueMicrotask(send);
      return;
    }
    const timer = window.setTimeout(send, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  return problem;
}
