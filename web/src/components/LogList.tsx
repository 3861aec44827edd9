/** The execution log, filterable by level, category and text; the newest entries last. */
import { useState } from 'react';
import { LOG_CATEGORIES, LOG_LEVELS } from '../../../src/domain/enums.js';
import type { LogEntry } from '../api.js';
import { useLang } from '../lang.js';

const SHOWN = 300;

export function LogList({ entries }: { entries: readonly LogEntry[] }) {
  const { t } = useLang();
  const [level, setLevel] = useState('');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const needle = text.trim().toLowerCase();
  const matching = entries.filter(
    (e) => (!level || e.level === level) && (!category || e.category === category) && (!needle || e.message.toLowerCase().includes(needle)),
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
      <p className="muted">{t('log.count', { shown: Math.min(matching.length, SHOWN), total: entries.length })}</p>
      <ol className="log" data-testid="log">
        {matching.slice(-SHOWN).map((e) => (
          <li key={e.id} className={`lvl-${e.level}`}>
            <time dateTime={e.time}>{new Date(e.time).toLocaleTimeString()}</time> <span className="tag">{e.level}</span>{' '}
            <span className="tag">{e.category}</span> {e.conceptId ? <code>{e.conceptId}</code> : null} {e.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
