import type { Resource } from '../../../src/domain/content.js';
import { useLang } from '../lang.js';

const SEARCH = 'https://duckduckgo.com/?q=';

/** Verified links, and search suggestions for resources without one. */
export function Resources({ resources }: { resources: readonly Resource[] }) {
  const { t } = useLang();
  return (
    <ul className="resources">
      {resources.map((r, i) => (
        <li key={i}>
          {r.url ? (
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
            </a>
          ) : (
            <>
              {r.title} —{' '}
              <a href={SEARCH + encodeURIComponent(r.query)} target="_blank" rel="noopener noreferrer">
                {t('resources.search', { query: r.query })}
              </a>
            </>
          )}{' '}
          <span className="tag">{t(`resource.${r.type}`)}</span>
          <p className="muted">{r.why}</p>
        </li>
      ))}
    </ul>
  );
}
