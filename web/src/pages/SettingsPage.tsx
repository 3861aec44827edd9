/** The learner's account (accounts mode): usage against their quotas, read fresh from /v1/me, and their API keys. */
import { useEffect, useState } from 'react';
import { api, problemOf } from '../api.js';
import { ApiKeys } from '../components/ApiKeys.js';
import { ProblemText } from '../components/Problem.js';
import { Usage } from '../components/Usage.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { useSession } from '../session.js';

export function SettingsPage() {
  const { t } = useLang();
  const { me, update } = useSession();
  const [problem, setProblem] = useState<Problem>();
  useEffect(() => {
    api.me().then(update, (err: unknown) => setProblem(problemOf(err)));
  }, [update]);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="settings-title">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <p className="muted">{t('settings.account', { email: me?.email ?? '' })}</p>
        <h2>{t('usage.title')}</h2>
        {me ? <Usage usage={me.usage} quotas={me.quotas} /> : null}
        <p className="muted">{t('usage.note')}</p>
        <ProblemText problem={problem} alert />
      </section>
      <ApiKeys />
    </div>
  );
}
