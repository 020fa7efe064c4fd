import { useT } from '../useT';

/** The counters table's header: what is counted, this run's value, and the textbook's where it quotes one. */
export function CounterTableHead({ textbook }: { textbook: boolean }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('ui.counters.what')}</th>
        <th scope="col">{t('ui.counters.ours')}</th>
        {textbook && <th scope="col">{t('ui.counters.textbook')}</th>}
      </tr>
    </thead>
  );
}
