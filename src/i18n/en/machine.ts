/** en messages for the machine area. Keys must match the other locale exactly (tests/i18n). */
export const machine: Readonly<Record<string, string>> = {};
