/** Compare mode's entry point, in the header from the start (compare mode's own words load with it: compare.ts). */
export const compareEntry: Readonly<Record<string, string>> = {
  'compare.open': 'Compare with…',
  'compare.openTitle': 'Open this run beside another one (compare mode)',
};
