/**
 * Log in, or create an account (accounts mode). The invite-code field appears only once the server says it
 * takes accounts by invitation (403 INVITE_REQUIRED), with focus on it. Success starts the session; the app
 * then goes back to where the learner was sent here from (`?next=`).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PASSWORD_LENGTH } from '../../../src/domain/passwords.js';
import { returnTo } from '../account-logic.js';
import { validateAuth, type AuthField, type AuthValues } from '../account-forms.js';
import { api, ApiError, problemOf } from '../api.js';
import { describedBy, Field } from '../components/Field.js';
import { ProblemText } from '../components/Problem.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { useSession } from '../session.js';

export function AuthPage({ kind }: { kind: 'login' | 'signup' }) {
  const { t } = useLang();
  const { update } = useSession();
  const [values, setValues] = useState<AuthValues>({ email: '', password: '', invite: '' });
  const [touched, setTouched] = useState<ReadonlySet<AuthField>>(new Set());
  /** How many times the server asked for an invite code: the field is shown, and focused each time. */
  const [inviteAsks, setInviteAsks] = useState(0);
  const [inviteRefused, setInviteRefused] = useState(false);
  const [failure, setFailure] = useState<{ problem: Problem; code: string }>();
  const [busy, setBusy] = useState(false);
  const inviteInput = useRef<HTMLInputElement>(null);
  const back = returnTo(window.location.pathname, window.location.search);

  const result = validateAuth(kind, values);
  const shown = (f: AuthField): Problem | undefined => {
    if (f === 'invite' && inviteRefused) return { key: 'auth.inviteInvalid' };
    return touched.has(f) && 'problems' in result ? result.problems[f] : undefined;
  };
  useEffect(() => {
    if (inviteAsks > 0) inviteInput.current?.focus();
  }, [inviteAsks]);

  const input = (field: AuthField) => ({
    id: `auth-${field}`,
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [field]: e.target.value }));
      if (field === 'invite') setInviteRefused(false);
    },
    onBlur: () => setTouched((s) => new Set(s).add(field)),
    'aria-invalid': shown(field) ? true : undefined,
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(new Set<AuthField>(['email', 'password', 'invite']));
    setFailure(undefined);
    if (!('body' in result)) return;
    setBusy(true);
    const { email, password, invite } = result.body;
    try {
      update(kind === 'login' ? await api.login(email, password) : await api.signup(email, password, invite));
    } catch (err) {
      const code = err instanceof ApiError ? err.body.code : 'NETWORK';
      // The invite field says it all: why it appeared (its hint), or that the code given was refused.
      if (code === 'INVITE_REQUIRED') {
        setInviteAsks((n) => n + 1);
        setInviteRefused(invite !== undefined);
      } else setFailure({ problem: problemOf(err), code });
      setBusy(false);
    }
  }

  const passwordHint = kind === 'signup' ? t('auth.passwordHint', { n: PASSWORD_LENGTH.min }) : undefined;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card form auth" aria-labelledby="auth-title">
      <h1 id="auth-title">{t(kind === 'login' ? 'login.title' : 'signup.title')}</h1>
      {back !== '/' ? <p className="notice">{t('auth.comeBack')}</p> : null}
      <Field id="auth-email" label={t('auth.email')} problem={shown('email')}>
        <input {...input('email')} type="email" autoComplete="email" aria-describedby={describedBy('auth-email', { problem: shown('email') })} />
      </Field>
      <Field id="auth-password" label={t('auth.password')} hint={passwordHint} problem={shown('password')}>
        <input
          {...input('password')}
          type="password"
          autoComplete={kind === 'login' ? 'current-password' : 'new-password'}
          aria-describedby={describedBy('auth-password', { hint: passwordHint, problem: shown('password') })}
        />
      </Field>
      {kind === 'signup' && inviteAsks > 0 ? (
        <Field id="auth-invite" label={t('auth.invite')} hint={t('auth.inviteHint')} problem={shown('invite')}>
          <input {...input('invite')} ref={inviteInput} autoComplete="off" spellCheck={false} aria-describedby={describedBy('auth-invite', { hint: true, problem: shown('invite') })} />
        </Field>
      ) : null}
      {failure ? (
        <div role="alert">
          <ProblemText problem={failure.problem} />
          {failure.code === 'EMAIL_TAKEN' ? <Link to={paths.login(back)}>{t('nav.login')}</Link> : null}
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t(busy ? (kind === 'login' ? 'login.submitting' : 'signup.submitting') : kind === 'login' ? 'login.submit' : 'signup.submit')}
      </button>
      <p className="auth-switch">
        {kind === 'login' ? t('login.noAccount') : t('signup.haveAccount')}{' '}
        <Link to={kind === 'login' ? paths.signup(back) : paths.login(back)}>{t(kind === 'login' ? 'nav.signup' : 'nav.login')}</Link>
      </p>
    </form>
  );
}
