import { describe, expect, it } from 'vitest';
import {
  CATALOGS,
  LOCALES,
  loadCompareMessages,
  loadClassroomMessages,
  loadEditorMessages,
  loadGrowthMessages,
  loadLocale,
  loadViewMessages,
  placeholders,
} from '../../src/i18n/index';
import { glossary as enGlossary } from '../../src/i18n/en/glossary';
import { machine as enMachine } from '../../src/i18n/en/machine';
import { textbookNotes as enTextbookNotes } from '../../src/i18n/en/textbookNotes';
import { memory as enMemory } from '../../src/i18n/en/memory';
import { steps as enSteps } from '../../src/i18n/en/steps';
import { strace as enStrace } from '../../src/i18n/en/strace';
import { ui as enUi } from '../../src/i18n/en/ui';
import { build as enBuild } from '../../src/i18n/en/build';
import { share as enShare } from '../../src/i18n/en/share';
import { entry as enEntry } from '../../src/i18n/en/entry';
import { playback as enPlayback } from '../../src/i18n/en/playback';
import { onDemand as enOnDemand } from '../../src/i18n/en/onDemand';
import { offline as zhOffline } from '../../src/i18n/zh-CN/offline';
import { glossaryTerms as enGlossaryTerms } from '../../src/i18n/en/glossaryTerms';
import { scenarioTeaches as enScenarioTeaches } from '../../src/i18n/en/scenarioTeaches';
import { costTable as enCostTable } from '../../src/i18n/en/costTable';
import { editor as enEditor } from '../../src/i18n/en/editor';
import { editorPane as enEditorPane } from '../../src/i18n/en/editorPane';
import { editor as zhEditor } from '../../src/i18n/zh-CN/editor';
import { io as enIo } from '../../src/i18n/en/io';
import { io as zhIo } from '../../src/i18n/zh-CN/io';
import { exportButton as enExportButton } from '../../src/i18n/en/exportButton';
import { exporting as enExporting } from '../../src/i18n/en/exporting';
import { exporting as zhExporting } from '../../src/i18n/zh-CN/exporting';
import { kernelCopy as enKernelCopy } from '../../src/i18n/en/kernelCopy';
import { kernelCopy as zhKernelCopy } from '../../src/i18n/zh-CN/kernelCopy';
import { kernelCopyUi as enKernelCopyUi } from '../../src/i18n/en/kernelCopyUi';
import { kernelCopyUi as zhKernelCopyUi } from '../../src/i18n/zh-CN/kernelCopyUi';
import { uring as enUring } from '../../src/i18n/en/uring';
import { uring as zhUring } from '../../src/i18n/zh-CN/uring';
import { realSystems as enRealSystems } from '../../src/i18n/en/realSystems';
import { realSystems as zhRealSystems } from '../../src/i18n/zh-CN/realSystems';
import { mappedWrite as zhMappedWrite } from '../../src/i18n/zh-CN/mappedWrite';
import { glossary as zhGlossary } from '../../src/i18n/zh-CN/glossary';
import { machine as zhMachine } from '../../src/i18n/zh-CN/machine';
import { memory as zhMemory } from '../../src/i18n/zh-CN/memory';
import { steps as zhSteps } from '../../src/i18n/zh-CN/steps';
import { strace as zhStrace } from '../../src/i18n/zh-CN/strace';
import { ui as zhUi } from '../../src/i18n/zh-CN/ui';
import { build as zhBuild } from '../../src/i18n/zh-CN/build';
import { share as zhShare } from '../../src/i18n/zh-CN/share';
import { entry as zhEntry } from '../../src/i18n/zh-CN/entry';
import { playback as zhPlayback } from '../../src/i18n/zh-CN/playback';
import { terms as zhTerms } from '../../src/i18n/zh-CN/terms';
import { PARAM_NAMES, PARAM_PROBLEM_CODES, SCENARIO_IDS } from '../../src/sim/index';
import { cost as enCost } from '../../src/i18n/en/cost';
import { cost as zhCost } from '../../src/i18n/zh-CN/cost';
import { compare as enCompare } from '../../src/i18n/en/compare';
import { compareEntry as enCompareEntry } from '../../src/i18n/en/compareEntry';
import { compare as zhCompare } from '../../src/i18n/zh-CN/compare';
import { classroom as enClassroom } from '../../src/i18n/en/classroom';
import { classroom as zhClassroom } from '../../src/i18n/zh-CN/classroom';
import { classroomStart as enClassroomStart } from '../../src/i18n/en/classroomStart';
import { classroomStart as zhClassroomStart } from '../../src/i18n/zh-CN/classroomStart';
import { growth as enGrowth } from '../../src/i18n/en/growth';
import { growthEntry as enGrowthEntry } from '../../src/i18n/en/growthEntry';
import { growth as zhGrowth } from '../../src/i18n/zh-CN/growth';
import { problems as enProblems } from '../../src/i18n/en/problems';
import { problems as zhProblems } from '../../src/i18n/zh-CN/problems';

// Chinese is loaded on demand in the app; these checks need every catalogue.
await Promise.all([
  ...LOCALES.map(loadLocale),
  loadViewMessages(),
  loadEditorMessages(),
  loadCompareMessages(),
  loadClassroomMessages(),
  loadGrowthMessages(),
]);

const en = CATALOGS.en;
const zh = CATALOGS['zh-CN'];

/** The parts each locale's catalogue is merged from (src/i18n/<locale>/index.ts). */
const PARTS = {
  en: {
    ui: enUi,
    build: enBuild,
    machine: enMachine,
    memory: enMemory,
    steps: enSteps,
    strace: enStrace,
    glossary: enGlossary,
    textbookNotes: enTextbookNotes,
    share: enShare,
    entry: enEntry,
    playback: enPlayback,
    onDemand: enOnDemand,
    glossaryTerms: enGlossaryTerms,
    scenarioTeaches: enScenarioTeaches,
    costTable: enCostTable,
    editor: enEditor,
    editorPane: enEditorPane,
    cost: enCost,
    io: enIo,
    exportButton: enExportButton,
    exporting: enExporting,
    compare: enCompare,
    compareEntry: enCompareEntry,
    kernelCopy: enKernelCopy,
    kernelCopyUi: enKernelCopyUi,
    classroom: enClassroom,
    classroomStart: enClassroomStart,
    growth: enGrowth,
    growthEntry: enGrowthEntry,
    uring: enUring,
    // en/realSystems.ts spreads en/mappedWrite.ts (issue 18's leftovers load with it).
    realSystems: enRealSystems,
    problems: enProblems,
  },
  'zh-CN': {
    ui: zhUi,
    build: zhBuild,
    machine: zhMachine,
    memory: zhMemory,
    steps: zhSteps,
    strace: zhStrace,
    glossary: zhGlossary,
    share: zhShare,
    entry: zhEntry,
    playback: zhPlayback,
    terms: zhTerms,
    offline: zhOffline,
    editor: zhEditor,
    cost: zhCost,
    io: zhIo,
    exporting: zhExporting,
    compare: zhCompare,
    kernelCopy: zhKernelCopy,
    kernelCopyUi: zhKernelCopyUi,
    classroom: zhClassroom,
    classroomStart: zhClassroomStart,
    growth: zhGrowth,
    uring: zhUring,
    realSystems: zhRealSystems,
    problems: zhProblems,
    mappedWrite: zhMappedWrite,
  },
} as const;

const GLOSSARY_TERMS = [
  'mode-switch',
  'context-switch',
  'cpu-copy',
  'dma',
  'page-fault',
  'page-cache',
  'readahead',
  'fault-around',
  'cow',
  'zero-copy',
  'scatter-gather',
  'pt_regs',
  'syscall-table',
  'o-direct',
  'mmap',
  'splice',
  'sendfile',
  'irq',
  'tlb',
];
const TEXTBOOK_SCENARIOS = [
  'read-write',
  'mmap-write',
  'sendfile',
  'splice',
  'direct-io',
  'cow-fork',
  'recv-write',
  'file-copy',
  'msg-zerocopy',
  // Issue 18: each real system's "why it is fast" summary.
  'kafka-fetch',
  'netty-send',
  'rocketmq-commitlog',
  'nginx-static',
];

describe('message catalogues', () => {
  it('en and zh-CN have exactly the same keys', () => {
    const missingInZh = Object.keys(en).filter((k) => !(k in zh));
    const missingInEn = Object.keys(zh).filter((k) => !(k in en));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });

  it.each(LOCALES)('%s has no empty messages', (locale) => {
    const empty = Object.entries(CATALOGS[locale])
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('every key uses the same placeholders in both locales', () => {
    const differ = Object.keys(en)
      .filter((k) => k in zh)
      .filter((k) => placeholders(en[k]!).join() !== placeholders(zh[k]!).join())
      .map((k) => ({ key: k, en: placeholders(en[k]!), zh: placeholders(zh[k]!) }));
    expect(differ).toEqual([]);
  });

  it.each(LOCALES)('%s has no malformed placeholders (a lone brace or a typo like "{bytes")', (locale) => {
    const bad = Object.entries(CATALOGS[locale])
      .filter(([, v]) => /[{}]/.test(v.replace(/\{\w+\}/g, '')))
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)(
    '%s defines each key in only one part, so no merge silently overrides another',
    (locale) => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [part, messages] of Object.entries(PARTS[locale])) {
        for (const key of Object.keys(messages)) {
          const before = seen.get(key);
          if (before) clashes.push(`${key} (${before}, ${part})`);
          else seen.set(key, part);
        }
      }
      expect(clashes).toEqual([]);
    },
  );

  it.each(LOCALES)('%s is exactly the union of its parts (no part left out of the merge)', (locale) => {
    const merged = Object.assign({}, ...Object.values(PARTS[locale])) as Record<string, string>;
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(Object.keys(merged).sort());
  });

  it('has a message for every parameter problem the core reports, and a label for every parameter', () => {
    const keys = [
      ...PARAM_PROBLEM_CODES.map((c) => `ui.paramError.${c}`),
      ...PARAM_NAMES.map((n) => `ui.param.${n}`),
    ];
    expect(keys.filter((k) => !(k in en) || !(k in zh))).toEqual([]);
  });

  it('has a title and a body for every glossary term', () => {
    const keys = GLOSSARY_TERMS.flatMap((t) => [`glossary.${t}.title`, `glossary.${t}.body`]);
    expect(keys.filter((k) => !(k in en) || !(k in zh))).toEqual([]);
  });

  it('has a textbook comparison for every scenario with a textbook figure', () => {
    const keys = TEXTBOOK_SCENARIOS.map((s) => `textbook.${s}`);
    expect(keys.filter((k) => !(k in en) || !(k in zh))).toEqual([]);
  });

  it('has a title, a question and what it teaches for every scenario', () => {
    const keys = SCENARIO_IDS.flatMap((id) =>
      ['title', 'question', 'teaches'].map((f) => `scenario.${id}.${f}`),
    );
    expect(keys.filter((k) => !(k in en) || !(k in zh))).toEqual([]);
  });

  it('zh-CN prose is actually translated (narration, glossary bodies, textbook and scenario texts)', () => {
    const prose = Object.keys(zh).filter(
      (k) =>
        k.startsWith('step.') ||
        k.startsWith('textbook.') ||
        /^glossary\..+\.body$/.test(k) ||
        /^scenario\..+\.(question|teaches)$/.test(k),
    );
    expect(prose.length).toBeGreaterThan(0);
    expect(prose.filter((k) => !/[\u4e00-\u9fff]/.test(zh[k]!))).toEqual([]);
  });
});
