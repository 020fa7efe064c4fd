import { useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { requestFullscreen } from './fullscreen';

/** Enters presenter mode and full screen (this click is the user gesture full screen needs). */
export function PresentButton() {
  const store = useAppStore();
  const t = useT();
  return (
    <button
      type="button"
      data-share="present"
      onClick={() => {
        store.getState().enterPresenter();
        requestFullscreen();
      }}
    >
      {t('share.present.button')}
    </button>
  );
}
