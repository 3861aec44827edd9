import type { ContentStatus, RoadmapStatus } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';

export function StatusBadge({ status }: { status: RoadmapStatus }) {
  const { t } = useLang();
  return (
    <span className={`badge s-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function ContentBadge({ label, status }: { label: string; status: ContentStatus | undefined }) {
  const { t } = useLang();
  const s = status ?? 'pending';
  return <span className={`badge c-${s}`}>{`${label}: ${t(`content.${s}`)}`}</span>;
}
