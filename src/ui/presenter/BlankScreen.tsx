import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** The black screen of a clicker's B key: covers everything; B, '.' or a click brings the picture back. */
export function BlankScreen() {
  const blank = useApp((s) => s.blank);
  const store = useAppStore();
  const t = useT();
  return (
    <>
      {blank && (
        <div className="presenter-blank" data-blank="on" onClick={() => store.getState().toggleBlank()} />
      )}
      <p className="visually-hidden" role="status">
        {blank ? t('share.present.blanked') : ''}
      </p>
    </>
  );
}
