/**
 * The outline in edit mode: every concept with a drag handle and its edit actions, and under every module a
 * form to add a concept and one to re-plan the module with instructions. Dropping a dragged concept on another
 * puts it in that one's place; ↑ and ↓ do the same from the keyboard.
 */
import { useState, type DragEvent, type FormEvent } from 'react';
import type { Module, Outline } from '../../../src/domain/roadmap.js';
import { useLang } from '../lang.js';
import { dropMove, type OutlineEditor } from '../outline-edit.js';
import { ConceptEditControls } from './ConceptEditControls.js';
import { OutlineTree } from './OutlineTree.js';

const DRAG_TYPE = 'application/x-pathsmith-concept';

function AddConcept({ module: m, editor }: { module: Module; editor: OutlineEditor }) {
  const { t } = useLang();
  const [title, setTitle] = useState('');
  const [hours, setHours] = useState('1');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await editor.apply([{ op: 'add_concept', moduleId: m.id, concept: { title: title.trim(), hours: Number(hours) } }])) setTitle('');
  };
  return (
    <form className="edit-add" onSubmit={(e) => void submit(e)} aria-label={t('edit.addTo', { module: m.title })}>
      <input aria-label={t('edit.newTitle')} placeholder={t('edit.addConcept')} value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />
      <input type="number" className="hours-input" aria-label={t('edit.hours')} min={0.25} max={200} step={0.25} value={hours} required onChange={(e) => setHours(e.target.value)} />
      <span className="unit" aria-hidden="true">h</span>
      <button type="submit">{t('edit.add')}</button>
    </form>
  );
}

function ReplanModule({ module: m, editor }: { module: Module; editor: OutlineEditor }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [instructions, setInstructions] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await editor.regenerate(m.id, instructions.trim())) {
      setOpen(false);
      setInstructions('');
    }
  };
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('edit.regenerate')}
      </button>
    );
  return (
    <form className="edit-replan" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`replan-${m.id}`}>{t('edit.regenerateFor', { module: m.title })}</label>
      <textarea id={`replan-${m.id}`} rows={2} maxLength={2000} required placeholder={t('edit.instructions')} value={instructions} onChange={(e) => setInstructions(e.target.value)} />
      <div className="actions">
        <button type="submit" className="primary">{t('edit.regenerateSend')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('edit.cancel')}</button>
      </div>
    </form>
  );
}

export function OutlineEditList({ outline, editor }: { outline: Outline; editor: OutlineEditor }) {
  const { t, fmt } = useLang();
  const [over, setOver] = useState<string>();
  const onDrop = (onto: string) => (e: DragEvent) => {
    e.preventDefault();
    setOver(undefined);
    const op = dropMove(outline, e.dataTransfer.getData(DRAG_TYPE), onto);
    if (op) void editor.apply([op]);
  };
  return (
    <OutlineTree
      outline={outline}
      moduleExtra={(m) => (
        <div className="edit-module">
          <AddConcept module={m} editor={editor} />
          <ReplanModule module={m} editor={editor} />
        </div>
      )}
      concept={(c) => (
        <div
          className={over === c.id ? 'concept-row editing drop-target' : 'concept-row editing'}
          data-concept={c.id}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
            e.preventDefault();
            setOver(c.id);
          }}
          onDragLeave={() => setOver((o) => (o === c.id ? undefined : o))}
          onDrop={onDrop(c.id)}
        >
          <span
            className="drag-handle"
            draggable
            role="img"
            aria-label={t('edit.handle', { title: c.title })}
            title={t('edit.handle', { title: c.title })}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, c.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            ⠿
          </span>
          <span className="concept-title">{c.title}</span>
          <span className="muted">{fmt.hours(c.hours)}</span>
          <ConceptEditControls outline={outline} concept={c} editor={editor} />
        </div>
      )}
    />
  );
}
