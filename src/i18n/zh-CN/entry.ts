/** The system-call entry view: registers saved by hardware and by entry code, dispatch, return. */
export const entry: Readonly<Record<string, string>> = {};
