// The export feature's lazily loaded parts, in one chunk: the dialog and the printed handout.
export { ExportDialog } from './ExportDialog';
export { PrintHandout } from './handout/PrintHandout';
