/** An unknown address, roadmap, concept or share link, or a page this account may not see: say so, and offer the ways back. */
import { useLang } from '../lang.js';
import type { MessageKey } from '../i18n.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';

export function NotFoundPage({ title = 'notFound.title', reason = 'app.notFound' }: { title?: MessageKey; reason?: MessageKey }) {
  const { t } = useLang();
  return (
    <section className="card not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t(title)}</h1>
      <p role="alert">{t(reason)}</p>
      <p>{t('notFound.back')}</p>
      <p className="actions">
        <Link to={paths.list()} className="button primary">
          {t('nav.list')}
        </Link>
        <Link to={paths.new()} className="button">
          {t('nav.new')}
        </Link>
      </p>
    </section>
  );
}
