/** How a content phase ends, from its pieces: the one rule for the workers' finalisation and for forks. */
import type { ContentKind, ContentStatus } from './enums.js';
import type { FailureCode } from './errors.js';
import { isUnfinished } from './lifecycle.js';

export interface PieceState {
  concept_id: string;
  kind: ContentKind;
  status: ContentStatus;
  error: { message: string } | null;
}

export interface ContentOutcome {
  status: 'completed' | 'partial' | 'failed';
  error: { code: FailureCode; message: string; failed: Array<{ conceptId: string; kind: ContentKind; error: string | null }> } | null;
}

/** `completed` if every piece is, `partial` listing the failed ones, `failed` if all did; null while one is unfinished. */
export function contentOutcome(pieces: readonly PieceState[]): ContentOutcome | null {
  if (pieces.length === 0 || pieces.some((p) => isUnfinished(p.status))) return null;
  const failed = pieces.filter((p) => p.status === 'failed');
  if (failed.length === 0) return { status: 'completed', error: null };
  return {
    status: failed.length === pieces.length ? 'failed' : 'partial',
    error: {
      code: 'CONTENT_INCOMPLETE',
      message: `${failed.length} of ${pieces.length} content pieces failed`,
      failed: failed.map((p) => ({ conceptId: p.concept_id, kind: p.kind, error: p.error?.message ?? null })),
    },
  };
}
