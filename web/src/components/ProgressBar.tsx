import { useLang } from '../lang.js';
import type { Tally } from '../logic.js';

export function ProgressBar({ tally, label }: { tally: Tally; label: string }) {
  const { t } = useLang();
  return (
    <div className="progress">
      <span>
        {label}: {t('progress.count', { done: tally.done, total: tally.total, percent: tally.percent })}
      </span>
      <progress max={tally.total || 1} value={tally.done} aria-label={label} />
    </div>
  );
}
