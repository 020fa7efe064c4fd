import { expect, it } from 'vitest';
import { CATALOGS, LOCALES, loadClassroomMessages, loadLocale } from '../../src/i18n/index';
import { LOCATIONS, PREDICT_COUNTERS } from '../../src/sim/index';

await Promise.all([...LOCALES.map(loadLocale), loadClassroomMessages()]);

it.each(LOCALES)('%s words every predict question and every place a DMA can write to', (locale) => {
  const keys = [
    ...PREDICT_COUNTERS.map((c) => `classroom.predict.q.count.${c}`),
    'classroom.predict.q.dma',
    'classroom.predict.q.next-task',
    ...LOCATIONS.map((l) => `classroom.loc.${l}`),
  ];
  expect(keys.filter((k) => !(k in CATALOGS[locale]))).toEqual([]);
});
