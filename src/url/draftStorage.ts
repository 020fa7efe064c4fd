import { PROGRAM_LIMITS } from '../sim/index';

/** Where the editor's text is kept between visits (beside the last state, STORAGE_KEY). */
export const DRAFT_KEY = 'data-path-lab:program-draft';

/** The editor as saved: its text and whether it was open. */
export interface SavedDraft {
  readonly text: string;
  readonly editing: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem'> | null | undefined;

/**
 * The saved draft, or null when there is none or it is not what saveDraft writes (another version, a hand
 * edit, a quota cut): the editor then starts from the program on screen. Never throws.
 */
export function readDraft(storage: Store): SavedDraft | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw || raw.length > PROGRAM_LIMITS.chars * 2 + 64) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { text, editing } = v as Record<string, unknown>;
    if (typeof text !== 'string' || typeof editing !== 'boolean') return null;
    if (text.length > PROGRAM_LIMITS.chars) return null;
    return { text, editing };
  } catch {
    return null;
  }
}

/** Saves the editor's text; false when the storage refuses (private mode, a full quota). */
export function saveDraft(storage: Store, draft: SavedDraft): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify({ text: draft.text, editing: draft.editing }));
    return true;
  } catch {
    return false;
  }
}
