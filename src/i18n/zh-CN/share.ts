/** Share, embed and presenter mode: dialogs, buttons and their messages. */
export const share: Readonly<Record<string, string>> = {};
