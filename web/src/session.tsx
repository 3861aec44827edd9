/**
 * Who the learner is, asked of the API once when the app starts (GET /v1/me): in local mode the local learner,
 * always there, and no account UI anywhere; in accounts mode the logged-in user, or nobody (the API's 401).
 * A 401 UNAUTHENTICATED from any later call ends the session here, and the pages that need one then send the
 * learner to log in (see App.tsx).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthMode } from '../../src/domain/enums.js';
import { api, ApiError, problemOf, SESSION_ENDED, sessionEvents, type Me } from './api.js';
import { ProblemText } from './components/Problem.js';
import { useLang } from './lang.js';
import type { Problem } from './logic.js';
import { navigate } from './router.js';
import { paths } from './routes.js';

type State = { status: 'loading' } | { status: 'failed'; problem: Problem } | { status: 'ready'; mode: AuthMode; me: Me | null };

interface Session {
  mode: AuthMode;
  /** The caller: the local learner in local mode; in accounts mode the logged-in user, or null. */
  me: Me | null;
  /** After a login or sign-up, or a fresh read of /v1/me. */
  update: (me: Me) => void;
  logOut: () => Promise<void>;
}

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useLang();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.me().then(
      (me) => live && setState({ status: 'ready', mode: me.mode, me }),
      (err: unknown) => {
        if (!live) return;
        // Only accounts mode answers 401: there is no local learner to be, and nobody is logged in.
        if (err instanceof ApiError && err.status === 401) setState({ status: 'ready', mode: 'accounts', me: null });
        else setState({ status: 'failed', problem: problemOf(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    const ended = () => setState((s) => (s.status === 'ready' && s.mode === 'accounts' ? { ...s, me: null } : s));
    sessionEvents.addEventListener(SESSION_ENDED, ended);
    return () => sessionEvents.removeEventListener(SESSION_ENDED, ended);
  }, []);

  const update = useCallback((me: Me) => setState({ status: 'ready', mode: me.mode, me }), []);
  const logOut = useCallback(async () => {
    // Logged out on this page even if the server cannot be told now: the cookie is the server's to clear.
    await api.logout().catch(() => undefined);
    navigate(paths.login());
    setState((s) => (s.status === 'ready' ? { ...s, me: null } : s));
  }, []);
  const value = useMemo(() => (state.status === 'ready' ? { mode: state.mode, me: state.me, update, logOut } : null), [state, update, logOut]);

  // Before the app knows who is there it shows no header: it cannot tell yet which one to show.
  if (state.status === 'loading') {
    return (
      <main>
        <p aria-busy="true">{t('app.loading')}</p>
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <main className="card">
        <ProblemText problem={state.problem} alert />
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('app.tryAgain')}
        </button>
      </main>
    );
  }
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
