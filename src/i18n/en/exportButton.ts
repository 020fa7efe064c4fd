/** The Export button's label: the only export words the page needs at start (the rest load with the dialog). */
export const exportButton: Readonly<Record<string, string>> = {
  'export.button': 'Export',
};
