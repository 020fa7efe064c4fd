import './problems.css';
import { useEffect, useLayoutEffect, useState } from 'react';
import { isLocaleLoaded, loadLocale, translate, type Locale } from '../../i18n/index';
import type { Problem } from '../../sim/index';
import { encodeProblemsHash, type ProblemsLink } from '../../url/problemsLink';
import { requestProblems } from '../../worker/problemsClient';
import { ProblemCard } from './ProblemCard';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The `sim problems` command that prints the same set (with its answers on the instructor's copy). */
function cliCommand(link: ProblemsLink): string {
  const { seed, count, questions, scenarios } = link.options;
  const flags = [`--seed ${seed}`, `--count ${count}`];
  if (questions !== 3) flags.push(`--questions ${questions}`);
  if (scenarios.length > 0) flags.push(`--scenarios ${scenarios.join(',')}`);
  if (link.answers) flags.push('--answers');
  return `npm run --silent sim -- problems ${flags.join(' ')}`;
}

/**
 * A problem set in the app (issue 19): `#/problems?seed=42` for students (answers hidden until each problem is
 * submitted), `&key=instructor` (or `&answers=1`) for the instructor (answers shown). The set comes from the
 * same generator as `sim problems`, run in the simulation worker; each problem opens its run.
 */
export function ProblemsPage({ link, initialLocale }: { link: ProblemsLink; initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(locale, key, params);

  useEffect(() => {
    let live = true;
    requestProblems(link.options).then(
      (set) => live && setProblems(set),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [link]);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = 'light';
    document.title = translate(locale, 'classroom.problems.title', { seed: link.options.seed });
  }, [locale, link]);

  const pickLocale = (l: Locale) => {
    const apply = () => {
      setLocale(l);
      window.history.replaceState(null, '', encodeProblemsHash({ ...link, locale: l }));
    };
    if (isLocaleLoaded(l)) apply();
    else void loadLocale(l).then(apply);
  };
  const studentLink = encodeProblemsHash({ ...link, answers: false, locale });

  return (
    <main className="problems-page" data-answers={link.answers ? 'shown' : 'hidden'}>
      <header className="problems-head">
        <h1>{t('classroom.problems.title', { seed: link.options.seed })}</h1>
        <div className="choice" role="group" aria-label={t('classroom.problems.language')}>
          {(Object.keys(LOCALE_NAMES) as Locale[]).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => pickLocale(l)}>
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>
      {link.notices.length > 0 && (
        <ul className="problems-notices" role="status">
          {link.notices.map((n, i) => (
            <li key={i}>{t(n.key, n.params)}</li>
          ))}
        </ul>
      )}
      <p>{t(link.answers ? 'classroom.problems.intro.instructor' : 'classroom.problems.intro.student')}</p>
      {link.answers && (
        <p>
          {t('classroom.problems.studentLink')}: <a href={studentLink}>{studentLink}</a>
        </p>
      )}
      <p className="problems-cli">
        {t('classroom.problems.cli')} <code>{cliCommand(link)}</code>
      </p>
      {failed !== null ? (
        <p role="alert">{t('classroom.problems.failed', { message: failed })}</p>
      ) : problems === null ? (
        <p role="status">{t('classroom.problems.loading')}</p>
      ) : (
        <ol className="problems-list">
          {problems.map((p) => (
            <ProblemCard key={p.n} problem={p} locale={locale} t={t} showAnswers={link.answers} />
          ))}
        </ol>
      )}
    </main>
  );
}
