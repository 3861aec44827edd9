/**
 * The admin page (admins only; the app shows everyone else "not allowed", and the API refuses them too):
 * users with their role, usage and quotas in force, changed in place; invite codes; stuck work; and the way
 * to the queue dashboard, which is a page of the API's own.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, problemOf, type AdminUser, type StuckWork } from '../api.js';
import { UserCard } from '../components/admin/UserCard.js';
import { CopyField } from '../components/CopyField.js';
import { ProblemText } from '../components/Problem.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { paths } from '../routes.js';

function Invites() {
  const { t } = useLang();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState<{ code: string; email: string }>();
  const [problem, setProblem] = useState<Problem>();
  async function create(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    // The code on show belongs to the last invite: never let it pass for the new one.
    setCode(undefined);
    const forEmail = email.trim();
    await api.invite(forEmail || undefined).then(
      (r) => {
        setCode({ code: r.code, email: forEmail });
        setEmail('');
      },
      (err: unknown) => setProblem(problemOf(err)),
    );
  }
  return (
    <section className="card" aria-labelledby="invites-title">
      <h2 id="invites-title">{t('admin.invites')}</h2>
      <p>{t('admin.invitesIntro')}</p>
      <form className="key-form" onSubmit={(e) => void create(e)} noValidate>
        <label htmlFor="invite-email">{t('admin.inviteEmail')}</label>
        <div className="copy-row">
          <input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <button type="submit" className="primary">
            {t('admin.inviteCreate')}
          </button>
        </div>
      </form>
      <ProblemText problem={problem} alert />
      {code ? (
        <div className="notice" role="status">
          <CopyField id="invite-code" label={t('admin.inviteCode')} value={code.code} />
          <p>{code.email ? t('admin.inviteFor', { email: code.email }) : t('admin.inviteAnyone')}</p>
        </div>
      ) : null}
    </section>
  );
}

function Stuck({ emails }: { emails: ReadonlyMap<string, string> }) {
  const { t, fmt } = useLang();
  const [items, setItems] = useState<StuckWork>();
  const [problem, setProblem] = useState<Problem>();
  const load = useCallback(() => api.stuck().then((r) => setItems(r.items), (err: unknown) => setProblem(problemOf(err))), []);
  useEffect(() => void load(), [load]);
  return (
    <section className="card" aria-labelledby="stuck-title">
      <h2 id="stuck-title">{t('admin.stuck')}</h2>
      <p className="muted">{t('admin.stuckIntro')}</p>
      <ProblemText problem={problem} alert />
      {items?.length === 0 ? <p>{t('admin.stuckNone')}</p> : null}
      {items?.length ? (
        <ul className="stuck">
          {items.map((r) => (
            <li key={r.id}>
              <code>{r.id}</code> <span className="badge">{r.status}</span> <span className="muted">{r.step}</span>
              <span className="muted">
                {emails.get(r.ownerId) ?? r.ownerId} · {t('admin.updated', { at: fmt.dateTime(r.updatedAt) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={() => void load()}>
        {t('admin.refresh')}
      </button>
    </section>
  );
}

export function AdminPage() {
  const { t } = useLang();
  const [users, setUsers] = useState<AdminUser[]>();
  const [problem, setProblem] = useState<Problem>();
  useEffect(() => {
    api.users().then((r) => setUsers(r.items), (err: unknown) => setProblem(problemOf(err)));
  }, []);
  const changed = (u: AdminUser) => setUsers((all) => all?.map((x) => (x.id === u.id ? u : x)));
  const emails = new Map((users ?? []).map((u) => [u.id, u.email]));
  return (
    <div className="stack">
      <section className="card" aria-labelledby="admin-title">
        <h1 id="admin-title">{t('admin.title')}</h1>
        <p>
          {/* The dashboard is the API's page, not this app's: a full page load, not an in-app link. */}
          <a href={paths.queues()}>{t('admin.queues')}</a>
        </p>
        <h2>{t('admin.users')}</h2>
        <ProblemText problem={problem} alert />
        {users === undefined && !problem ? <p aria-busy="true">{t('app.loading')}</p> : null}
        <ul className="users">
          {users?.map((u) => (
            <UserCard key={u.id} user={u} onChanged={changed} />
          ))}
        </ul>
      </section>
      <Invites />
      <Stuck emails={emails} />
    </div>
  );
}
