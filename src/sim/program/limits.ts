/** How large a program may be (docs/language.md, "Text"); a module of its own so the page can read them without the parser. */
export const MAX_PROGRAM_CHARS = 65536;
export const MAX_PROGRAM_LINES = 255;
