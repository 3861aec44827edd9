/**
 * The roadmap as a graph (loaded lazily, with ELK): stages as bands top to bottom, modules as groups,
 * concepts coloured by the learner's state, arrows from prerequisites. Measure → lay out (in a worker) →
 * draw. A concept opens in a panel beside the graph; the arrow keys move between concepts by position.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Concept, Outline } from '../../../src/domain/roadmap.js';
import type { GraphLayout, GraphMode, Measured } from '../graph/elk-input.js';
import { isNavKey, nextNode } from '../graph/keyboard.js';
import { layoutRoadmap } from '../graph/layout.js';
import { conceptStates, type LearnerFacts } from '../graph/status.js';
import { useLang } from '../lang.js';
import type { OutlineEditor } from '../outline-edit.js';
import { stageProgress } from '../logic.js';
import { ConceptCard } from './graph/ConceptCard.js';
import { ConceptPanel } from './graph/ConceptPanel.js';
import { GraphView, type DrawCard } from './graph/GraphViews.js';
import { Legend } from './graph/Legend.js';
import { MeasureLayer } from './graph/MeasureLayer.js';
import './graph/graph.css';

interface Props {
  roadmapId: string;
  outline: Outline;
  facts: LearnerFacts;
  onMark: (conceptId: string, done: boolean) => void;
  /** In edit mode: the selected concept's panel carries the edit actions. */
  editor?: OutlineEditor;
}

/** Below this width the graph becomes the phone's column of module graphs. */
const NARROW_BELOW = 640;
const WIDE_CARD = 200;
/** The phone's stage band and module box around a module's graph, and room for an arrow beside the cards. */
const MODULE_INSET = 2 * (8 + 1 + 8);
const LANE = 14;

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Per concept, the titles of its prerequisites in other modules (the phone names them on the card). */
function outsidePrerequisites(outline: Outline): Map<string, string[]> {
  const modules = outline.stages.flatMap((s) => s.modules);
  const home = new Map(modules.flatMap((m) => m.concepts.map((c) => [c.id, { module: m.id, title: c.title }] as const)));
  return new Map(
    modules.flatMap((m) =>
      m.concepts.map((c) => [c.id, c.prerequisites.flatMap((p) => (home.get(p) && home.get(p)!.module !== m.id ? [home.get(p)!.title] : []))] as const),
    ),
  );
}

/** The direct prerequisites and dependents of a concept, wherever they are in the roadmap. */
function relatives(concepts: ReadonlyMap<string, Concept>, id: string | undefined): ReadonlySet<string> {
  const c = id ? concepts.get(id) : undefined;
  if (!c) return new Set();
  return new Set([...c.prerequisites, ...[...concepts.values()].filter((x) => x.prerequisites.includes(c.id)).map((x) => x.id)]);
}

export default function RoadmapGraph({ roadmapId, outline, facts, onMark, editor }: Props) {
  const { t, lang } = useLang();
  const root = useRef<HTMLDivElement>(null);
  const drawn = useRef<HTMLDivElement>(null);
  const width = useWidth(root);
  const mode: GraphMode = width < NARROW_BELOW ? 'narrow' : 'wide';
  const cardWidth = mode === 'wide' ? WIDE_CARD : width - MODULE_INSET - LANE;
  const [layout, setLayout] = useState<GraphLayout>();
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState<string>();
  const [active, setActive] = useState<string>();
  const opener = useRef<string>(undefined);

  const states = useMemo(() => conceptStates(outline, facts), [outline, facts]);
  const after = useMemo(() => outsidePrerequisites(outline), [outline]);
  const perStage = useMemo(() => stageProgress(outline, facts.done), [outline, facts.done]);
  const concepts = useMemo(() => new Map(outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => [c.id, c] as const)))), [outline]);

  const onMeasured = useCallback(
    (measured: Measured) => {
      let live = true;
      layoutRoadmap(outline, mode, measured).then(
        (l) => live && setLayout(l),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    },
    [outline, mode],
  );

  const nodeOf = (id: string) => drawn.current?.querySelector<HTMLElement>(`.gnode[data-concept="${CSS.escape(id)}"]`);
  const focusNode = (id: string) => nodeOf(id)?.focus();
  const close = useCallback(() => {
    setOpen(undefined);
    const back = opener.current;
    if (back) requestAnimationFrame(() => focusNode(back));
  }, []);
  const select = (id: string) => {
    opener.current = id;
    setOpen(id);
    // On a phone the panel covers the lower part of the screen: bring the card to the top, above it.
    nodeOf(id)?.scrollIntoView({ block: mode === 'narrow' ? 'start' : 'nearest', inline: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('gnode') || !isNavKey(e.key)) return;
    // Only the drawn cards: the measuring layer holds invisible copies.
    const nodes = [...(drawn.current?.querySelectorAll<HTMLElement>('.gnode') ?? [])];
    const next = nextNode(nodes.map((n) => n.getBoundingClientRect()), nodes.indexOf(target), e.key);
    e.preventDefault();
    nodes[next]?.focus();
    nodes[next]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const card: DrawCard = (id, box) => {
    const c = concepts.get(id);
    return c ? (
      <ConceptCard
        key={id}
        concept={c}
        state={states.get(id) ?? 'ready'}
        after={mode === 'narrow' ? after.get(id) : undefined}
        mastery={facts.mastery?.get(id)}
        style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        selected={open === id}
        related={related.has(id)}
        onOpen={() => select(id)}
        onActive={(on) => setActive((a) => (on ? id : a === id ? undefined : a))}
      />
    ) : null;
  };
  const stageExtra = (stageId: string) => {
    const tally = perStage[stageId];
    return tally ? <span className="gstage-count">{t('graph.stageDone', { done: tally.done, total: tally.total })}</span> : null;
  };
  const ready = layout?.mode === mode ? layout : undefined;
  const focus = active ?? open;
  const related = useMemo(() => relatives(concepts, focus), [concepts, focus]);

  return (
    <div className={`graph graph-${mode}${open ? ' with-panel' : ''}`} ref={root} onKeyDown={onKeyDown}>
      <Legend states={states} showDue={facts.due !== undefined} />
      <p className="visually-hidden">{t('roadmap.graph')}</p>
      {width > 0 ? (
        <MeasureLayer
          outline={outline}
          mode={mode}
          cardWidth={cardWidth}
          after={after}
          mastery={facts.mastery}
          signature={`${mode}|${cardWidth}|${lang}`}
          onMeasured={onMeasured}
        />
      ) : null}
      <div className="gscroll" data-testid="graph" ref={drawn}>
        {ready ? (
          <GraphView layout={ready} outline={outline} active={focus} card={card} stageExtra={stageExtra} />
        ) : (
          <p aria-busy={!failed}>{t(failed ? 'graph.failed' : 'graph.layingOut')}</p>
        )}
      </div>
      {open ? (
        <ConceptPanel roadmapId={roadmapId} outline={outline} conceptId={open} states={states} facts={facts} onClose={close} onSelect={select} onMark={onMark} editor={editor} />
      ) : null}
    </div>
  );
}
