/**
 * The edit actions of one concept, the same in the list and in the graph's panel: move up and down (the
 * keyboard's way to reorder), rename inline, set its hours, and remove it after a confirmation that says its
 * progress is kept.
 */
import { useState, type FormEvent } from 'react';
import type { Concept, Outline } from '../../../src/domain/roadmap.js';
import { useLang } from '../lang.js';
import { stepMove, type OutlineEditor } from '../outline-edit.js';

type Mode = 'idle' | 'rename' | 'hours' | 'confirm';

export function ConceptEditControls({ outline, concept: c, editor }: { outline: Outline; concept: Concept; editor: OutlineEditor }) {
  const { t } = useLang();
  const [mode, setMode] = useState<Mode>('idle');
  const [title, setTitle] = useState(c.title);
  const [hours, setHours] = useState(String(c.hours));
  const up = stepMove(outline, c.id, -1);
  const down = stepMove(outline, c.id, 1);
  const submit = (ops: Parameters<OutlineEditor['apply']>[0]) => async (e: FormEvent) => {
    e.preventDefault();
    if (await editor.apply(ops)) setMode('idle');
  };

  if (mode === 'rename')
    return (
      <form className="edit-inline" onSubmit={(e) => void submit([{ op: 'rename', id: c.id, title: title.trim() }])(e)}>
        <input aria-label={t('edit.renameFor', { title: c.title })} value={title} maxLength={200} required autoFocus onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary">{t('edit.save')}</button>
        <button type="button" onClick={() => setMode('idle')}>{t('edit.cancel')}</button>
      </form>
    );
  if (mode === 'hours')
    return (
      <form className="edit-inline" onSubmit={(e) => void submit([{ op: 'set_hours', conceptId: c.id, hours: Number(hours) }])(e)}>
        <input
          type="number"
          className="hours-input"
          aria-label={t('edit.hoursFor', { title: c.title })}
          min={0.25}
          max={200}
          step={0.25}
          value={hours}
          required
          autoFocus
          onChange={(e) => setHours(e.target.value)}
        />
        <span className="unit" aria-hidden="true">h</span>
        <button type="submit" className="primary">{t('edit.save')}</button>
        <button type="button" onClick={() => setMode('idle')}>{t('edit.cancel')}</button>
      </form>
    );
  if (mode === 'confirm')
    return (
      <div className="edit-inline confirm" role="alert">
        <span>{t('edit.confirmRemove', { title: c.title })}</span>
        <button type="button" className="danger" autoFocus onClick={() => void editor.apply([{ op: 'remove_concept', conceptId: c.id }])}>
          {t('edit.confirm')}
        </button>
        <button type="button" onClick={() => setMode('idle')}>{t('edit.cancel')}</button>
      </div>
    );
  return (
    <span className="edit-controls">
      <button type="button" className="icon" disabled={!up} aria-label={t('edit.up', { title: c.title })} title={t('edit.up', { title: c.title })} onClick={() => up && void editor.apply([up])}>
        ↑
      </button>
      <button type="button" className="icon" disabled={!down} aria-label={t('edit.down', { title: c.title })} title={t('edit.down', { title: c.title })} onClick={() => down && void editor.apply([down])}>
        ↓
      </button>
      <button type="button" onClick={() => (setTitle(c.title), setMode('rename'))}>{t('edit.rename')}</button>
      <button type="button" onClick={() => (setHours(String(c.hours)), setMode('hours'))}>{t('edit.hours')}</button>
      <button type="button" className="danger" aria-label={t('edit.removeFor', { title: c.title })} onClick={() => setMode('confirm')}>
        {t('edit.remove')}
      </button>
    </span>
  );
}
