/** The shell: header with navigation and the language switch, and the page for the current URL. */
import { lazy, Suspense } from 'react';
import type { Lang } from './i18n.js';
import { useLang } from './lang.js';
import { GenerationPage } from './pages/GenerationPage.js';
import { MyRoadmapsPage } from './pages/MyRoadmapsPage.js';
import { NewRoadmapPage } from './pages/NewRoadmapPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { RoadmapPage } from './pages/RoadmapPage.js';
import { ThisWeekPage } from './pages/ThisWeekPage.js';
import { Link, usePathname } from './router.js';
import { matchRoute, paths } from './routes.js';

// The Markdown renderer is only needed on concept pages: load it with them.
const ConceptPage = lazy(() => import('./pages/ConceptPage.js').then((m) => ({ default: m.ConceptPage })));

function Page() {
  const route = matchRoute(usePathname());
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
  return (
    <>
      <header className="top">
        <Link to={paths.new()} className="brand">
          Pathsmith
        </Link>
        <nav aria-label={t('nav.label')}>
          <Link to={paths.new()}>{t('nav.new')}</Link>
          <Link to={paths.list()}>{t('nav.list')}</Link>
          <Link to={paths.review()}>{t('nav.review')}</Link>
        </nav>
        <label className="lang">
          <span>{t('nav.language')}</span>
          <select value={lang} onChange={(e) => choose(e.target.value as Lang)} data-testid="ui-language">
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
      </header>
      <main>
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <Page />
        </Suspense>
      </main>
    </>
  );
}
