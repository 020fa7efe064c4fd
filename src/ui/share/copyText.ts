/**
 * Copies text with the async Clipboard API. Resolves false where it is missing or refused (an insecure
 * origin, a frame without clipboard-write, a denied permission): the caller then selects the text in a
 * read-only field for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
