/**
 * A concept's content as the learner reads it — the tutorial (Markdown), the resources, the quiz — behind one
 * tab per kind. Shared by the concept page and the read-only shared roadmap.
 */
import type { ReactNode } from 'react';
import type { Quiz as QuizBody, Resource, Tutorial } from '../../../src/domain/content.js';
import { CONTENT_KINDS, type ContentKind } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';
import { withoutTitle } from '../logic.js';
import { Quiz } from './Quiz.js';
import { Resources } from './Resources.js';
import { TutorialMarkdown } from './TutorialMarkdown.js';

/** One piece's body, or "not ready yet" without one. `onQuizSubmit` hears every submitted attempt. */
export function PieceContent({ kind, body, onQuizSubmit }: { kind: ContentKind; body: unknown; onQuizSubmit?: (answers: number[][]) => void }) {
  const { t } = useLang();
  if (body === undefined || body === null) return <p className="muted">{t('concept.notReady')}</p>;
  if (kind === 'tutorial') {
    return (
      <article className="tutorial">
        <TutorialMarkdown markdown={withoutTitle((body as Tutorial).markdown)} />
      </article>
    );
  }
  if (kind === 'resources') return <Resources resources={(body as { resources: Resource[] }).resources} />;
  return <Quiz questions={(body as QuizBody).questions} onSubmit={onQuizSubmit} />;
}

interface TabsProps {
  /** Names the tab list (the concept's title). */
  label: string;
  /** Makes the tabs' ids unique where a page shows several concepts. */
  idPrefix: string;
  tab: ContentKind;
  onTab: (kind: ContentKind) => void;
  children: ReactNode;
}

export function ContentTabs({ label, idPrefix, tab, onTab, children }: TabsProps) {
  const { t } = useLang();
  const panel = `${idPrefix}piece`;
  return (
    <>
      <div role="tablist" className="tabs" aria-label={label}>
        {CONTENT_KINDS.map((k) => (
          <button key={k} type="button" role="tab" id={`${idPrefix}tab-${k}`} aria-selected={tab === k} aria-controls={panel} onClick={() => onTab(k)}>
            {t(`kind.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panel} aria-labelledby={`${idPrefix}tab-${tab}`}>
        {children}
      </div>
    </>
  );
}
