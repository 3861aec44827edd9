import type { Stage } from '../../../../src/domain/roadmap.js';
import { useLang } from '../../lang.js';

/** "Stage 2 · Title": the same element where it is measured and where it is shown. */
export function StageTitle({ stage, index, id }: { stage: Stage; index: number; id?: string }) {
  const { t } = useLang();
  return (
    <h3 className="gstage-title" id={id}>
      <span className="gstage-n">{t('graph.stage', { n: index + 1 })}</span> {stage.title}
    </h3>
  );
}
