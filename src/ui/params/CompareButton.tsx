import { PARAM_NAMES } from '../../sim/index';
import { encodeHash } from '../../url/codec';
import { compareHashFor, comparePartner } from '../../url/routes';
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
        window.location.hash = compareHashFor(encodeHash(s), comparePartner(s.scenario), PARAM_NAMES);
      }}
    >
      {t('compare.open')}
    </button>
  );
}
