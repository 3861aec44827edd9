/** The execution log, filterable by level, category and text; in sequence order, the newest entries last. */
import { useMemo, useState } from 'react';
import { LOG_CATEGORIES, LOG_LEVELS } from '../../../src/domain/enums.js';
import type { Outline } from '../../../src/domain/roadmap.js';
import type { LogEntry } from '../api.js';
import { useLang } from '../lang.js';
import { bySeq, logMessage } from '../logs.js';

const SHOWN = 300;

export function LogList({ entries, outline }: { entries: readonly LogEntry[]; outline?: Outline }) {
  const { t, fmt } = useLang();
  const [level, setLevel] = useState('');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const titles = useMemo(() => new Map(outline?.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => [c.id, c.title] as const)))), [outline]);
  const lines = useMemo(
    () => [...entries].sort(bySeq).map((e) => ({ entry: e, concept: e.conceptId ? (titles.get(e.conceptId) ?? e.conceptId) : undefined, text: logMessage(e, t) })),
    [entries, titles, t],
  );
  const needle = text.trim().toLowerCase();
  const matching = lines.filter(
    ({ entry: e, concept, text: line }) =>
      (!level || e.level === level) && (!category || e.category === category) && (!needle || `${concept ?? ''} ${line}`.toLowerCase().includes(needle)),
  );
  return (
    <section className="card" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      <div className="row filters">
        <label>
          {t('log.level')}
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">{t('log.all')}</option>
            {LOG_LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          {t('log.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('log.all')}</option>
            {LOG_CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          {t('log.search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      <p className="muted">{t('log.count', { shown: fmt.number(Math.min(matching.length, SHOWN)), total: fmt.number(entries.length) })}</p>
      <ol className="log" data-testid="log">
        {matching.slice(-SHOWN).map(({ entry: e, concept, text: line }) => (
          <li key={e.id} className={`lvl-${e.level}`} data-seq={e.seq}>
            <time dateTime={e.time}>{fmt.time(e.time)}</time> <span className="tag">{e.level}</span> <span className="tag">{e.category}</span>{' '}
            {concept ? <strong>{concept}</strong> : null}
            {concept ? ' — ' : null}
            {line}
          </li>
        ))}
      </ol>
    </section>
  );
}
