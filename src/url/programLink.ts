import { deflateSync, inflateSync } from 'fflate';
// Imports nothing of the app: a module shared with the initial JavaScript would split it into more chunks.

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
 * A link's `src=` back to program text, or why not: at most `maxSrc` characters, inflating to at most
 * `maxChars` characters of text (the language's limit: a deflate bomb stops there). Never throws. The text is
 * only ever parsed by the core and shown as text. Pure.
 */
export function decodeProgramSrc(src: string, maxSrc: number, maxChars: number): ProgramLinkResult {
  // UTF-8 takes at most 3 bytes for a character of the language's text (UTF-16 units).
  const maxBytes = maxChars * 3;
  if (src.length === 0) return { ok: false, problem: 'empty' };
  if (src.length > maxSrc) return { ok: false, problem: 'tooLong' };
  const bytes = fromBase64Url(src);
  if (!bytes) return { ok: false, problem: 'notBase64' };
  let raw: Uint8Array;
  try {
    // A fixed output buffer: inflating stops at its end instead of growing without bound.
    raw = inflateSync(bytes, { out: new Uint8Array(maxBytes + 1) });
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (raw.length > maxBytes) return { ok: false, problem: 'tooBig' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, problem: 'notText' };
  }
  if (text.length > maxChars) return { ok: false, problem: 'tooBig' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { ok: false, problem: 'notText' };
  return { ok: true, text };
}
