/**
 * Sharing a roadmap (accounts mode): opening the panel asks for its read-only link — the existing one, or a
 * new one — to copy; "Stop sharing" revokes it at once.
 */
import { useEffect, useState } from 'react';
import { api, problemOf, type Share } from '../api.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { CopyField } from './CopyField.js';
import { MoreMenu } from './MoreMenu.js';
import { ProblemText } from './Problem.js';

function ShareLink({ roadmapId }: { roadmapId: string }) {
  const { t } = useLang();
  const [share, setShare] = useState<Share | null>();
  const [problem, setProblem] = useState<Problem>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setProblem(undefined);
    api.share(roadmapId).then(
      (s) => live && setShare(s),
      (err: unknown) => live && setProblem(problemOf(err)),
    );
    return () => {
      live = false;
    };
  }, [roadmapId, attempt]);
  const stop = () => api.stopSharing(roadmapId).then(() => setShare(null), (err: unknown) => setProblem(problemOf(err)));

  if (problem) return <ProblemText problem={problem} alert />;
  if (share === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  if (share === null) {
    return (
      <div className="share" role="status">
        <p>{t('share.stopped')}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('share.again')}
        </button>
      </div>
    );
  }
  // The API gives a path when it does not know its public address (PUBLIC_BASE_URL): this page's origin is it.
  const url = new URL(share.url, window.location.origin).href;
  return (
    <div className="share">
      <CopyField id="share-url" label={t('share.link')} value={url} />
      <p className="muted">{t('share.who')}</p>
      <button type="button" className="danger" onClick={() => void stop()}>
        {t('share.stop')}
      </button>
    </div>
  );
}

export function SharePanel({ roadmapId }: { roadmapId: string }) {
  const { t } = useLang();
  return (
    <MoreMenu label={t('share.button')} className="share-menu">
      <ShareLink roadmapId={roadmapId} />
    </MoreMenu>
  );
}
