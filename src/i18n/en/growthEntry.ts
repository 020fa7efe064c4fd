/** The header's way into the growth charts (issue 15); the charts' own words load with them (growth.ts). */
export const growthEntry: Readonly<Record<string, string>> = {
  'growth.open': 'Growth charts',
};
