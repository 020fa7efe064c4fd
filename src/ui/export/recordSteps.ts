import type { Locale } from '../../i18n/index';
import type { Trace } from '../../sim/index';
import type { ExportKit } from './exportKit';
import { OffscreenMachine } from './offscreenMachine';
import { drawImage, svgImage } from './rasterize';
import { standaloneSvg } from './standaloneSvg';
import { viewBackground } from './stepPicture';

/** The most steps one video holds: at one step a frame, longer ranges would take minutes to record. */
export const MAX_VIDEO_STEPS = 600;
export const VIDEO_RATES = [1, 2, 4, 8] as const;

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** The WebM type this browser's MediaRecorder writes, or null when it cannot record. */
export function webmType(): string | null {
  if (
    typeof MediaRecorder === 'undefined' ||
    typeof HTMLCanvasElement.prototype.captureStream !== 'function'
  ) {
    return null;
  }
  return MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

export interface RecordOptions {
  readonly kit: ExportKit;
  readonly trace: Trace;
  readonly locale: Locale;
  /** First and last step, 0-based, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly stepsPerSecond: number;
  /** Called before each step is drawn: steps done so far and the range's length. */
  onProgress?(done: number, total: number): void;
  readonly signal?: AbortSignal;
}

/** Time for the encoder to take the closing frame before the recorder stops. */
const FLUSH_MS = 100;

const wait = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Records the machine view over steps from…to as a WebM video: each step is drawn offscreen, inlined into a
 * standalone SVG, painted on a canvas and held for 1/stepsPerSecond s. MediaRecorder stamps frames with the
 * wall clock, so recording takes the video's own length. Resolves null when cancelled.
 */
export async function recordSteps(options: RecordOptions): Promise<Blob | null> {
  const mimeType = webmType();
  if (!mimeType) throw new Error('MediaRecorder cannot write WebM here');
  const { kit, trace, locale, from, to, stepsPerSecond, signal } = options;
  const canvas = document.createElement('canvas');
  canvas.width = kit.viewSize.width;
  canvas.height = kit.viewSize.height;
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error('the canvas gave no video track');
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const started = new Promise<void>((resolve) => (recorder.onstart = () => resolve()));
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const machine = new OffscreenMachine(kit, trace, locale);
  const background = viewBackground();
  const frameMs = 1000 / stepsPerSecond;
  const total = to - from + 1;
  try {
    // The first frame is painted before recording starts, so the video never opens on a blank canvas.
    drawImage(canvas, await svgImage(standaloneSvg(machine.draw(from), { background })));
    recorder.start();
    // The recorder starts with a frame; the video's clock starts a little later, so the first step's frame
    // is given again once it runs (or a second has passed) and its time counts from there.
    track.requestFrame();
    await Promise.race([started, wait(1000)]);
    track.requestFrame();
    let due = performance.now();
    for (let i = 0; i < total; i++) {
      if (signal?.aborted) break;
      options.onProgress?.(i, total);
      if (i > 0) {
        drawImage(canvas, await svgImage(standaloneSvg(machine.draw(from + i), { background })));
        track.requestFrame();
      }
      due += frameMs;
      await wait(due - performance.now());
    }
    // The last frame is held for its time; one more frame ends it there, once the encoder has taken it.
    track.requestFrame();
    await wait(FLUSH_MS);
    recorder.stop();
    await stopped;
  } finally {
    machine.dispose();
    track.stop();
  }
  if (signal?.aborted) return null;
  options.onProgress?.(total, total);
  return new Blob(chunks, { type: 'video/webm' });
}
