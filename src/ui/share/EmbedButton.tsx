import { useState } from 'react';
import { useT } from '../useT';
import { EmbedDialog } from './EmbedDialog';

/** Opens the Embed dialog. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" data-share="embed" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share.embed.button')}
      </button>
      {open && <EmbedDialog onClose={() => setOpen(false)} />}
    </>
  );
}
