/** Usage against the quotas in force (Settings, and each user on the admin page); a quota of 0 is "no limit". */
import type { Me } from '../api.js';
import { usageOf } from '../account-logic.js';
import type { MessageKey } from '../i18n.js';
import { useLang } from '../lang.js';

const ROWS: ReadonlyArray<{ label: MessageKey; used: keyof Me['usage']; limit: keyof Me['quotas'] }> = [
  { label: 'usage.roadmapsToday', used: 'roadmapsToday', limit: 'roadmapsPerDay' },
  { label: 'usage.active', used: 'activeRoadmaps', limit: 'activeRoadmaps' },
  { label: 'usage.tokens', used: 'tokensThisMonth', limit: 'tokensPerMonth' },
];

export function Usage({ usage, quotas, overridden }: Pick<Me, 'usage' | 'quotas'> & { overridden?: ReadonlySet<keyof Me['quotas']> }) {
  const { t, fmt } = useLang();
  return (
    <dl className="usage">
      {ROWS.map((r) => {
        const text = usageOf(usage[r.used], quotas[r.limit], fmt.number);
        return (
          <div key={r.label}>
            <dt>{t(r.label)}</dt>
            <dd>
              {t(text.key, text.params)}
              {overridden?.has(r.limit) ? <span className="tag">{t('admin.override')}</span> : null}
              {quotas[r.limit] > 0 ? <progress max={quotas[r.limit]} value={Math.min(usage[r.used], quotas[r.limit])} aria-label={t(r.label)} /> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
