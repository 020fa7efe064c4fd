import { deflateSync, inflateSync } from 'fflate';
import { PROGRAM_LIMITS } from '../sim/index';

/**
 * The longest `src=` a link may carry: 16,000 base64url characters (12,000 bytes of deflated text, a few
 * hundred lines of program). Longer links are refused, not cut: a cut program would be a different one.
 */
export const MAX_SRC_CHARS = 16_000;
/** UTF-8 bytes the inflated text may take: the language's character limit, 3 bytes a character at most. */
const MAX_TEXT_BYTES = PROGRAM_LIMITS.chars * 3;

/** Why a link's program could not be read (each has a message in both languages: ui.notice.program.*). */
export type ProgramLinkProblem = 'empty' | 'tooLong' | 'notBase64' | 'corrupt' | 'tooBig' | 'notText';

export type ProgramLinkResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: ProgramLinkProblem };

const B64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!B64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** A program's text for a link: UTF-8, raw DEFLATE (fflate), base64url. Pure. */
export function encodeProgramSrc(text: string): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9 }));
}

/**
 * A link's `src=` back to program text, or why not. Never throws and never inflates past the language's
 * size limit (a deflate bomb stops there). The text is only ever parsed by the core and shown as text. Pure.
 */
export function decodeProgramSrc(src: string): ProgramLinkResult {
  if (src.length === 0) return { ok: false, problem: 'empty' };
  if (src.length > MAX_SRC_CHARS) return { ok: false, problem: 'tooLong' };
  const bytes = fromBase64Url(src);
  if (!bytes) return { ok: false, problem: 'notBase64' };
  let raw: Uint8Array;
  try {
    // A fixed output buffer: inflating stops at its end instead of growing without bound.
    raw = inflateSync(bytes, { out: new Uint8Array(MAX_TEXT_BYTES + 1) });
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (raw.length > MAX_TEXT_BYTES) return { ok: false, problem: 'tooBig' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, problem: 'notText' };
  }
  if (text.length > PROGRAM_LIMITS.chars) return { ok: false, problem: 'tooBig' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { ok: false, problem: 'notText' };
  return { ok: true, text };
}
