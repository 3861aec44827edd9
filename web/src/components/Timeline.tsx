import type { RoadmapStatus, WorkflowStep } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';
import { phaseStates } from '../logic.js';

/** The workflow phases, the current one highlighted; shown before the first fetch answers. */
export function Timeline({ step, status }: { step: WorkflowStep; status: RoadmapStatus }) {
  const { t } = useLang();
  return (
    <ol className="timeline" aria-label={t('gen.phases')}>
      {phaseStates(step, status).map(({ step: s, state }) => (
        <li key={s} className={`phase ${state}`} aria-current={state === 'active' || state === 'waiting' ? 'step' : undefined}>
          <span className="dot" aria-hidden="true" />
          <span>{t(`step.${s}`)}</span>
          <span className="visually-hidden">: {t(`phase.${state}`)}</span>
        </li>
      ))}
    </ol>
  );
}
