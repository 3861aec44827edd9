/** The shell: header with navigation, the account corner and the language switch, and the page for the current URL. */
import { lazy, Suspense, useEffect } from 'react';
import { nextPath } from './account-logic.js';
import { AccountMenu } from './components/AccountMenu.js';
import type { Lang } from './i18n.js';
import { useLang } from './lang.js';
import { AuthPage } from './pages/AuthPage.js';
import { GenerationPage } from './pages/GenerationPage.js';
import { MyRoadmapsPage } from './pages/MyRoadmapsPage.js';
import { NewRoadmapPage } from './pages/NewRoadmapPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { RoadmapPage } from './pages/RoadmapPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { currentPath, Link, navigate, usePathname } from './router.js';
import { matchRoute, needsLogin, paths } from './routes.js';
import { useSession } from './session.js';
import { ThisWeekPage } from './pages/ThisWeekPage.js';

// The Markdown renderer is only needed on concept pages and shared roadmaps: load it with them. The admin
// page is for a few people only.
const ConceptPage = lazy(() => import('./pages/ConceptPage.js').then((m) => ({ default: m.ConceptPage })));
const SharedPage = lazy(() => import('./pages/SharedPage.js').then((m) => ({ default: m.SharedPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.js').then((m) => ({ default: m.AdminPage })));

/** Goes elsewhere at once, in place of this history entry (Back does not return to a page that only redirects). */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Page() {
  const { mode, me } = useSession();
  const route = matchRoute(usePathname());
  // Without a session (never had one, or it just ended with a 401), log in first and come back here.
  if (mode === 'accounts' && !me && needsLogin(route)) return <Redirect to={paths.login(currentPath())} />;
  switch (route.page) {
    case 'new':
      return <NewRoadmapPage />;
    case 'list':
      return <MyRoadmapsPage />;
    case 'generate':
      return <GenerationPage key={route.id} id={route.id} />;
    case 'roadmap':
      return <RoadmapPage key={route.id} id={route.id} />;
    case 'concept':
      return <ConceptPage key={`${route.id}/${route.conceptId}`} id={route.id} conceptId={route.conceptId} />;
    case 'login':
    case 'signup':
      if (mode === 'local') return <NotFoundPage reason="notFound.local" />;
      return me ? <Redirect to={nextPath(window.location.search)} /> : <AuthPage key={route.page} kind={route.page} />;
    case 'settings':
      return mode === 'local' ? <NotFoundPage reason="notFound.local" /> : <SettingsPage />;
    case 'admin':
      return me?.role === 'admin' ? <AdminPage /> : <NotFoundPage title="notAllowed.title" reason="notAllowed.admin" />;
    case 'shared':
      return <SharedPage key={route.token} token={route.token} />;
    case 'week':
      return <ThisWeekPage key={route.id} id={route.id} />;
    case 'review':
      return <ReviewPage />;
    case 'missing':
      return <NotFoundPage />;
  }
}

export function App() {
  const { lang, t, choose } = useLang();
  const { mode, me } = useSession();
  return (
    <>
      <header className="top">
        <Link to={paths.new()} className="brand">
          Pathsmith
        </Link>
        <nav aria-label={t('nav.label')}>
          {mode === 'local' || me ? (
            <>
              <Link to={paths.new()}>{t('nav.new')}</Link>
              <Link to={paths.list()}>{t('nav.list')}</Link>
              <Link to={paths.review()}>{t('nav.review')}</Link>
            </>
          ) : null}
        </nav>
        <label className="lang">
          <span>{t('nav.language')}</span>
          <select value={lang} onChange={(e) => choose(e.target.value as Lang)} data-testid="ui-language">
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
        <AccountMenu />
      </header>
      <main>
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <Page />
        </Suspense>
      </main>
    </>
  );
}
