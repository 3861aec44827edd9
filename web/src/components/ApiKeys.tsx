/**
 * The learner's API keys, for scripts and the command line: create one with a name (the key is shown this
 * once, with how to use it), see them by name and prefix with when they were made and last used, revoke one
 * after saying so.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, problemOf, type ApiKey, type ApiKeyCreated } from '../api.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { CopyField } from './CopyField.js';
import { ProblemText } from './Problem.js';

function NewKey({ created, onDone }: { created: ApiKeyCreated; onDone: () => void }) {
  const { t } = useLang();
  const origin = window.location.origin;
  return (
    <div className="notice new-key" role="status" aria-labelledby="new-key-title">
      <h3 id="new-key-title">{t('keys.created', { name: created.name })}</h3>
      <CopyField id="new-key" label={t('keys.key')} value={created.key} />
      <p>
        <strong>{t('keys.once')}</strong>
      </p>
      <p>{t('keys.useCli')}</p>
      <pre className="command">{`pathsmith generate "Learn Go for backend development" --api-key ${created.key} --api ${origin}`}</pre>
      <p>{t('keys.useHttp')}</p>
      <pre className="command">{`curl -H "Authorization: Bearer ${created.key}" ${origin}/v1/me`}</pre>
      <button type="button" onClick={onDone}>
        {t('keys.stored')}
      </button>
    </div>
  );
}

function KeyRow({ item, onRevoke }: { item: ApiKey; onRevoke: (k: ApiKey) => Promise<void> }) {
  const { t, fmt } = useLang();
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  return (
    <li className="key-row">
      <div className="key-facts">
        <strong>{item.name}</strong> <code>{item.prefix}…</code>
        <span className="muted">
          {t('keys.createdAt', { at: fmt.dateTime(item.createdAt) })} · {item.lastUsedAt ? t('keys.lastUsed', { at: fmt.dateTime(item.lastUsedAt) }) : t('keys.neverUsed')}
        </span>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('keys.revokeFor', { name: item.name })}>
          <p>{t('keys.confirm', { name: item.name })}</p>
          <button type="button" className="danger" onClick={() => void onRevoke(item)}>
            {t('keys.revokeNow')}
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            {t('keys.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={t('keys.revokeFor', { name: item.name })}>
          {t('keys.revoke')}
        </button>
      )}
    </li>
  );
}

export function ApiKeys() {
  const { t } = useLang();
  const [keys, setKeys] = useState<ApiKey[]>();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiKeyCreated>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api.apiKeys().then((r) => setKeys(r.items), (err: unknown) => setProblem(problemOf(err))), []);
  useEffect(() => void load(), [load]);

  async function create(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setProblem({ key: 'keys.nameRequired' });
    setProblem(undefined);
    setBusy(true);
    try {
      setCreated(await api.createApiKey(name.trim()));
      setName('');
      await load();
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }
  async function revoke(k: ApiKey) {
    setProblem(undefined);
    await api.revokeApiKey(k.id).then(load, (err: unknown) => setProblem(problemOf(err)));
  }

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('keys.title')}</h2>
      <p>{t('keys.intro')}</p>
      {created ? <NewKey created={created} onDone={() => setCreated(undefined)} /> : null}
      <form className="key-form" onSubmit={(e) => void create(e)} noValidate>
        <label htmlFor="key-name">{t('keys.name')}</label>
        <div className="copy-row">
          <input id="key-name" value={name} maxLength={100} placeholder={t('keys.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={busy}>
            {t('keys.create')}
          </button>
        </div>
      </form>
      <ProblemText problem={problem} alert />
      {keys === undefined ? null : keys.length === 0 ? (
        <p className="muted">{t('keys.none')}</p>
      ) : (
        <ul className="keys" aria-label={t('keys.title')}>
          {keys.map((k) => (
            <KeyRow key={k.id} item={k} onRevoke={revoke} />
          ))}
        </ul>
      )}
    </section>
  );
}
