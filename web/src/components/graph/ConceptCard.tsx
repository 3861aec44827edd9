/** One concept in the graph: a button with its title, size and state; it opens the concept panel. */
import type { CSSProperties, Ref } from 'react';
import type { Concept } from '../../../../src/domain/roadmap.js';
import type { ConceptState } from '../../graph/status.js';
import { useLang } from '../../lang.js';
import { StateIcon } from './StateIcon.js';

interface Props {
  concept: Concept;
  state: ConceptState;
  /** Prerequisites from other modules, named on the card where no arrow can show them (the phone). */
  after?: readonly string[];
  mastery?: number;
  style?: CSSProperties;
  selected?: boolean;
  /** A prerequisite or dependent of the concept being pointed at. */
  related?: boolean;
  onOpen?: () => void;
  onActive?: (active: boolean) => void;
  ref?: Ref<HTMLButtonElement>;
}

export function ConceptCard({ concept: c, state, after, mastery, style, selected, related, onOpen, onActive, ref }: Props) {
  const { t, fmt } = useLang();
  return (
    <button
      ref={ref}
      type="button"
      className={`gnode st-${state}${selected ? ' selected' : ''}${related ? ' related' : ''}`}
      data-concept={c.id}
      style={style}
      aria-haspopup="dialog"
      aria-expanded={selected ?? false}
      onClick={onOpen}
      onFocus={() => onActive?.(true)}
      onBlur={() => onActive?.(false)}
      onMouseEnter={() => onActive?.(true)}
      onMouseLeave={() => onActive?.(false)}
    >
      <span className="gnode-title">
        <StateIcon state={state} />
        <span>{c.title}</span>
      </span>
      <span className="gnode-meta">
        {fmt.hours(c.hours)} · {t(`difficulty.${c.difficulty}`)}
        <span className="visually-hidden">, {t(`state.${state}`)}</span>
      </span>
      {after && after.length > 0 ? <span className="gnode-after">{t('graph.after', { titles: fmt.list(after) })}</span> : null}
      {mastery !== undefined ? (
        <span className="gnode-mastery">
          <span aria-hidden="true" style={{ width: `${Math.round(mastery * 100)}%` }} />
          <span className="visually-hidden">{t('graph.mastery', { percent: Math.round(mastery * 100) })}</span>
        </span>
      ) : null}
    </button>
  );
}
