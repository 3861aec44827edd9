/** A concept's mastery as a small meter with its percentage, where the learner has answered its questions. */
import { useLang } from '../lang.js';
import '../plan.css';

export function Mastery({ value }: { value: number | undefined }) {
  const { t } = useLang();
  if (value === undefined) return null;
  const percent = Math.round(value * 100);
  return (
    <span className="mastery" data-testid="mastery">
      <span className="mastery-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {t('graph.mastery', { percent })}
    </span>
  );
}
