/** What the colours and arrows mean, with how many concepts are in each state. */
import { CONCEPT_STATES, type ConceptState } from '../../graph/status.js';
import { useLang } from '../../lang.js';
import { StateIcon } from './StateIcon.js';

/** `showDue`: only when review data exists, so the legend never promises a state that cannot occur. */
export function Legend({ states, showDue }: { states: ReadonlyMap<string, ConceptState>; showDue: boolean }) {
  const { t, fmt } = useLang();
  const count = (s: ConceptState) => [...states.values()].filter((x) => x === s).length;
  return (
    <ul className="glegend" aria-label={t('graph.legend')}>
      {CONCEPT_STATES.filter((s) => showDue || s !== 'due').map((s) => (
        <li key={s} className={`glegend-item st-${s}`}>
          <span className="glegend-swatch">
            <StateIcon state={s} />
          </span>
          {t(`state.${s}`)} <span className="muted">{fmt.number(count(s))}</span>
        </li>
      ))}
      <li className="glegend-item">
        <svg className="glegend-arrow" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
          <path d="M1 5h20" />
          <path d="M19 1.5 26 5l-7 3.5z" />
        </svg>
        {t('graph.arrow')}
      </li>
    </ul>
  );
}
