import { PARAM_NAMES } from '../../sim/index';
import { encodeHash } from '../../url/codec';
import { useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** "Compare with…": opens compare mode with the run on screen as run A (Back returns to it). */
export function CompareButton() {
  const store = useAppStore();
  const t = useT();
  return (
    <button
      type="button"
      className="compare-open"
      title={t('compare.openTitle')}
      data-testid="compare-open"
      onClick={() => {
        const s = store.getState();
        s.pause();
        const hash = encodeHash(s);
        // The link's builder loads on the click: compare mode is not part of the first paint's JavaScript.
        void import('../../url/compareHashFor').then(({ compareHashFor, comparePartner }) => {
          window.location.hash = compareHashFor(hash, comparePartner(s.scenario), PARAM_NAMES);
        });
      }}
    >
      {t('compare.open')}
    </button>
  );
}
