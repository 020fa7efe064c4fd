import { generateProblems, type Problem, type ProblemCounter } from '../sim/index';
import type { ProblemsRequest } from './problemsArgs';

const QUESTION: Record<ProblemCounter, string> = {
  syscalls: 'How many system calls does the program make?',
  modeSwitches: 'How many user ↔ kernel mode switches happen?',
  cpuCopies: 'How many copies does the CPU make?',
  cpuBytes: 'How many bytes does the CPU copy?',
  dmaTransfers: 'How many DMA transfers happen?',
  pageFaults: 'How many page faults happen?',
  contextSwitches: 'How many process context switches happen?',
};

/** The CLI command that replays a problem's run (its answers are that command's `--format json` totals). */
export function commandOf(p: Problem): string {
  const flags = p.changed.map((name) => ` --${name} ${String(p.params[name])}`).join('');
  return `npm run --silent sim -- ${p.scenario}${flags}`;
}

/** The app's link to a problem's run (DESIGN §7), relative to the app's address. */
export function linkOf(p: Problem): string {
  const query = p.changed.map((name) => `${name}=${encodeURIComponent(String(p.params[name]))}`);
  return `#/${p.scenario}?${[...query, 'v=1'].join('&')}`;
}

function letter(k: number): string {
  return String.fromCharCode(97 + k);
}

function asText(set: readonly Problem[], r: ProblemsRequest): string {
  const lines = [`Problem set ${r.seed} (${set.length} problems)`, ''];
  for (const p of set) {
    lines.push(`${p.n}. ${p.scenario}${p.changed.map((n) => ` ${n}=${String(p.params[n])}`).join('')}`);
    lines.push(`   run: ${commandOf(p)}`, `   app: ${linkOf(p)}`);
    p.questions.forEach((q, k) => {
      lines.push(`   ${letter(k)}) ${QUESTION[q.counter]}`);
      if (r.answers) lines.push(`      answer: ${q.answer} (${q.reason})`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

function asMarkdown(set: readonly Problem[], r: ProblemsRequest): string {
  const lines = [`# Problem set ${r.seed}`, ''];
  for (const p of set) {
    const params = p.changed.map((n) => `\`${n}=${String(p.params[n])}\``).join(', ');
    lines.push(`## ${p.n}. \`${p.scenario}\`${params ? ` with ${params}` : ' at the defaults'}`, '');
    lines.push(`Run it: \`${commandOf(p)}\` · in the app: \`${linkOf(p)}\``, '');
    p.questions.forEach((q, k) => {
      lines.push(`${k + 1}. ${QUESTION[q.counter]}`);
      if (r.answers) lines.push(`   **${q.answer}** — ${q.reason}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

function asJson(set: readonly Problem[], r: ProblemsRequest): string {
  const problems = set.map((p) => ({
    n: p.n,
    scenario: p.scenario,
    params: p.params,
    changed: p.changed,
    command: commandOf(p),
    link: linkOf(p),
    questions: p.questions.map((q) => ({
      counter: q.counter,
      question: QUESTION[q.counter],
      ...(r.answers ? { answer: q.answer, reason: q.reason } : {}),
    })),
  }));
  return `${JSON.stringify({ seed: r.seed, count: set.length, answers: r.answers, problems }, null, 2)}\n`;
}

/** The problem set the request names, in its format (answers only with --answers). */
export function renderProblems(r: ProblemsRequest): string {
  const set = generateProblems({
    seed: r.seed,
    count: r.count,
    questions: r.questions,
    scenarios: r.scenarios,
  });
  return r.format === 'json' ? asJson(set, r) : r.format === 'md' ? asMarkdown(set, r) : asText(set, r);
}
