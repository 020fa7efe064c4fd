/** zh-CN messages for the steps area. Keys must match the other locale exactly (tests/i18n). */
export const steps: Readonly<Record<string, string>> = {};
