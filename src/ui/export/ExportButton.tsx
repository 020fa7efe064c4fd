import { lazy, Suspense, useCallback, useState } from 'react';
import { loadViewMessages } from '../../i18n/index';
import { useT } from '../useT';
import { EXPORT_KIT } from './exportKit';

// The dialog, the handout and their words load on first use: playing a scenario needs none of them.
const parts = () => Promise.all([import('./exportParts'), loadViewMessages()]).then(([m]) => m);
const ExportDialog = lazy(() => parts().then((m) => ({ default: m.ExportDialog })));
const PrintHandout = lazy(() => parts().then((m) => ({ default: m.PrintHandout })));

/** Opens the Export dialog (pictures, video) and, from it, the printed handout. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  const t = useT();
  const close = useCallback(() => setOpen(false), []);
  const print = useCallback(() => {
    setOpen(false);
    setPrinting(true);
  }, []);
  const printed = useCallback(() => setPrinting(false), []);
  return (
    <>
      <button type="button" data-share="export" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      <Suspense fallback={null}>
        {open && <ExportDialog kit={EXPORT_KIT} onClose={close} onPrint={print} />}
        {printing && <PrintHandout kit={EXPORT_KIT} onClose={printed} />}
      </Suspense>
    </>
  );
}
