import { lazy, Suspense, useState } from 'react';
import { loadViewMessages } from '../../i18n/index';
import { useT } from '../useT';

// The dialog's code loads on first use.
// Its English messages come with it (loadViewMessages).
const EmbedDialog = lazy(() =>
  Promise.all([import('./EmbedDialog'), loadViewMessages()]).then(([m]) => ({ default: m.EmbedDialog })),
);

/** Opens the Embed dialog. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" data-share="embed" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share.embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
