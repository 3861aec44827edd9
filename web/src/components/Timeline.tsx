import type { RoadmapStatus, WorkflowStep } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';
import { phaseStates } from '../logic.js';

/** The workflow phases, the current one highlighted; a review the learner did not ask for shows as skipped. */
export function Timeline({ step, status, reviewWanted }: { step: WorkflowStep; status: RoadmapStatus; reviewWanted: boolean }) {
  const { t } = useLang();
  return (
    <ol className="timeline" aria-label={t('gen.phases')}>
      {phaseStates(step, status, reviewWanted).map(({ step: s, state }) => (
        <li key={s} className={`phase ${state}`} aria-current={state === 'active' || state === 'waiting' ? 'step' : undefined}>
          <span className="dot" aria-hidden="true" />
          <span>{t(`step.${s}`)}</span>
          {state === 'skipped' ? <span className="muted">({t('phase.skipped')})</span> : <span className="visually-hidden">: {t(`phase.${state}`)}</span>}
        </li>
      ))}
    </ol>
  );
}
