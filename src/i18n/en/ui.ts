/** en messages for the ui area. Keys must match the other locale exactly (tests/i18n). */
export const ui: Readonly<Record<string, string>> = {};
