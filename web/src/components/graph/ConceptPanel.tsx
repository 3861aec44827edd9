/**
 * The concept opened in place, beside the graph (below it on a phone): what it is, how big, what it needs
 * and unlocks, where the learner stands; mark it done here, or open its page for the tutorial and quiz.
 * Escape or the close button closes it and gives focus back to the concept's node.
 */
import { useEffect, useRef } from 'react';
import type { Concept, Outline } from '../../../../src/domain/roadmap.js';
import type { ConceptState, LearnerFacts } from '../../graph/status.js';
import { useLang } from '../../lang.js';
import type { MessageKey } from '../../i18n.js';
import { Link } from '../../router.js';
import { paths } from '../../routes.js';
import { StateIcon } from './StateIcon.js';
import type { OutlineEditor } from '../../outline-edit.js';
import { ConceptEditControls } from '../ConceptEditControls.js';

interface Props {
  roadmapId: string;
  outline: Outline;
  conceptId: string;
  states: ReadonlyMap<string, ConceptState>;
  facts: LearnerFacts;
  onClose: () => void;
  onSelect: (conceptId: string) => void;
  onMark: (conceptId: string, done: boolean) => void;
  editor?: OutlineEditor;
}

function locate(outline: Outline, conceptId: string) {
  for (const stage of outline.stages)
    for (const module of stage.modules) {
      const concept = module.concepts.find((c) => c.id === conceptId);
      if (concept) return { stage, module, concept };
    }
  return undefined;
}

/** Why the concept is in its state, in a sentence. */
function reason(c: Concept, state: ConceptState, facts: LearnerFacts, hasPrerequisites: boolean): MessageKey {
  if (state === 'in_progress') return facts.attempted?.has(c.id) ? 'panel.why.attempted' : 'panel.why.generating';
  if (state === 'ready') return hasPrerequisites ? 'panel.why.ready' : 'panel.why.start';
  return `panel.why.${state}`;
}

export function ConceptPanel({ roadmapId, outline, conceptId, states, facts, onClose, onSelect, onMark, editor }: Props) {
  const { t, fmt } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conceptId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const found = locate(outline, conceptId);
  if (!found) return null;
  const { stage, module, concept: c } = found;
  const state = states.get(c.id) ?? 'ready';
  const all = outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  const needs = all.filter((x) => c.prerequisites.includes(x.id));
  const unlocks = all.filter((x) => x.prerequisites.includes(c.id));
  const done = facts.done.has(c.id);
  const mastery = facts.mastery?.get(c.id);
  const list = (concepts: Concept[], empty: MessageKey) =>
    concepts.length === 0 ? (
      <p className="muted">{t(empty)}</p>
    ) : (
      <ul className="gpanel-list">
        {concepts.map((x) => (
          <li key={x.id}>
            <button type="button" className={`linkish st-${states.get(x.id) ?? 'ready'}`} onClick={() => onSelect(x.id)}>
              <StateIcon state={states.get(x.id) ?? 'ready'} /> {x.title}
              <span className="visually-hidden">, {t(`state.${states.get(x.id) ?? 'ready'}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <aside className="gpanel" role="dialog" aria-modal="false" aria-labelledby="gpanel-title" data-testid="concept-panel">
      <button type="button" className="gpanel-close" onClick={onClose} aria-label={t('panel.close')}>
        ×
      </button>
      <p className="muted gpanel-where">
        {stage.title} › {module.title}
      </p>
      <h2 id="gpanel-title" ref={heading} tabIndex={-1}>
        {c.title}
      </h2>
      <div className={`gpanel-state st-${state}`}>
        <p>
          <StateIcon state={state} /> <strong>{t(`state.${state}`)}</strong>
        </p>
        <p>{t(reason(c, state, facts, needs.length > 0))}</p>
      </div>
      <dl className="gpanel-facts">
        <dt>{t('panel.hours')}</dt>
        <dd>{fmt.hours(c.hours)}</dd>
        <dt>{t('panel.difficulty')}</dt>
        <dd>{t(`difficulty.${c.difficulty}`)}</dd>
        {mastery !== undefined ? (
          <>
            <dt>{t('panel.mastery')}</dt>
            <dd>{fmt.number(Math.round(mastery * 100))}%</dd>
          </>
        ) : null}
      </dl>
      {c.description ? <p>{c.description}</p> : null}
      <h3>{t('panel.needs')}</h3>
      {list(needs, 'panel.needsNone')}
      <h3>{t('panel.unlocks')}</h3>
      {list(unlocks, 'panel.unlocksNone')}
      <div className="actions">
        <button type="button" className={done ? '' : 'primary'} aria-pressed={done} onClick={() => onMark(c.id, !done)}>
          {done ? t('concept.done') : t('concept.markDone')}
        </button>
        <Link to={paths.concept(roadmapId, c.id)} className="button">
          {t('panel.open')}
        </Link>
      </div>
      {editor ? (
        <div className="gpanel-edit">
          <h3>{t('edit.start')}</h3>
          <ConceptEditControls key={c.id} outline={outline} concept={c} editor={editor} />
        </div>
      ) : null}
    </aside>
  );
}
