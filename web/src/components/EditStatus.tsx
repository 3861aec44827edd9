/**
 * What editing the outline has come to: saving, saved (and whether new content is being generated), a conflict
 * with a reload, a refused change with its issues, the last edit ("edited by you, 2 min ago"), and the latest
 * module re-planning with what it kept, added and could not do.
 */
import { useLang } from '../lang.js';
import { sinceText, type OutlineEditor } from '../outline-edit.js';
import { ProblemText } from './Problem.js';

/** How long a finished re-planning stays in view. */
const RECENT_MS = 10 * 60_000;

export function EditStatus({
  editor,
  onReload,
  moduleTitle,
  generating,
}: {
  editor: OutlineEditor;
  onReload: () => void;
  moduleTitle: (id: string) => string;
  /** The roadmap is generating (new concepts' content) now. */
  generating: boolean;
}) {
  const { t, fmt } = useLang();
  const { note, history } = editor;
  const last = history?.items[0];
  const latest = history?.regenerations[0];
  // A re-planning is news while it runs and for a while after; the history keeps it for good.
  const regeneration = latest && (latest.status === 'pending' || Date.now() - Date.parse(latest.updatedAt) < RECENT_MS) ? latest : undefined;
  const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const result = regeneration?.result as Record<string, unknown> | null | undefined;
  const notApplied = Array.isArray(result?.notApplied) ? (result.notApplied as string[]) : [];
  return (
    <div className="edit-status" aria-live="polite">
      {note?.kind === 'saving' ? <p className="muted">{t('edit.saving')}</p> : null}
      {note?.kind === 'saved' ? <p className="muted">{t(note.generating && generating ? 'edit.generating' : 'edit.saved', { version: note.version })}</p> : null}
      {note?.kind === 'conflict' ? (
        <div className="notice conflict" role="alert">
          <p>{t('edit.conflict')}</p>
          <button type="button" className="primary" onClick={onReload}>
            {t('edit.reload')}
          </button>
        </div>
      ) : null}
      {note?.kind === 'problem' ? (
        <div role="alert">
          <ProblemText problem={note.problem} />
          {note.issues?.length ? <p className="problem">{t('edit.invalid', { issues: note.issues.join('; ') })}</p> : null}
        </div>
      ) : null}
      {regeneration?.status === 'pending' ? <p className="notice">{t('edit.regenerating', { module: moduleTitle(regeneration.moduleId) })}</p> : null}
      {regeneration?.status === 'completed' && result ? (
        <p className="notice">
          {t('edit.regenerated', { module: moduleTitle(regeneration.moduleId), kept: count(result.kept), added: count(result.added), removed: count(result.removed) })}
          {notApplied.length ? <> {t('edit.notApplied', { items: fmt.list(notApplied) })}</> : null}
        </p>
      ) : null}
      {regeneration?.status === 'failed' ? (
        <p className="problem">{t('edit.regenerateFailed', { module: moduleTitle(regeneration.moduleId), reason: String(result?.message ?? '') })}</p>
      ) : null}
      {last ? <p className="hint">{t('edit.lastEdit', { who: { key: last.byYou ? 'edit.byYou' : 'edit.bySomeone' }, when: sinceText(last.at, Date.now()) })}</p> : null}
    </div>
  );
}
