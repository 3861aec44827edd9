/**
 * Drawing a laid-out roadmap: stages are bands in the page's flow, each with its canvas (wide: the stage's
 * graph with its module groups; phone: one small graph per module). On a canvas, concepts are buttons placed
 * on ELK's boxes over an SVG layer of arrows. The DOM follows the outline (stage → module → concepts top to
 * bottom, left to right), so Tab visits the nodes in reading order and stages and modules are named groups.
 */
import { Fragment, type ReactNode } from 'react';
import type { Module, Outline } from '../../../../src/domain/roadmap.js';
import type { Box, Canvas, GraphLayout } from '../../graph/elk-input.js';
import { ArrowMarkers, Arrows } from './Arrows.js';
import { StageTitle } from './StageTitle.js';

/** Draws one concept's card on its box. */
export type DrawCard = (conceptId: string, box: Box) => ReactNode;

interface Props {
  layout: GraphLayout;
  outline: Outline;
  active: string | undefined;
  card: DrawCard;
  /** Shown at the end of each stage's header, e.g. its progress. */
  stageExtra: (stageId: string) => ReactNode;
}

const readingOrder = (a: { box: Box }, b: { box: Box }) => a.box.y - b.box.y || a.box.x - b.box.x;

function cardsOf(mod: Module, canvas: Canvas, card: DrawCard): ReactNode[] {
  const ids = new Set(mod.concepts.map((c) => c.id));
  return canvas.concepts
    .filter((c) => ids.has(c.id))
    .sort(readingOrder)
    .map((c) => card(c.id, c.box));
}

/** Where a module's title sits inside the room ELK left for it on top of the module box. */
const TITLE_INSET = { x: 12, y: 9 };

function CanvasView({ canvas, modules, marker, active, card }: { canvas: Canvas; modules: readonly Module[]; marker: string; active: string | undefined; card: DrawCard }) {
  const boxes = new Map(canvas.modules.map((m) => [m.id, m.box]));
  return (
    <div className="gcanvas" style={{ width: canvas.width, height: canvas.height }}>
      <svg className="glines" width={canvas.width} height={canvas.height} aria-hidden="true">
        <ArrowMarkers id={marker} />
        {canvas.modules.map((m) => (
          <rect key={m.id} className="gmodule-box" x={m.box.x + 0.5} y={m.box.y + 0.5} width={m.box.width - 1} height={m.box.height - 1} rx={10} />
        ))}
        <Arrows arrows={canvas.arrows} active={active} marker={marker} />
      </svg>
      {modules.map((mod) => {
        const box = boxes.get(mod.id);
        if (!box) return <Fragment key={mod.id}>{cardsOf(mod, canvas, card)}</Fragment>;
        return (
          <div key={mod.id} role="group" aria-labelledby={`gmt-${mod.id}`}>
            <h4 className="gmodule-title" id={`gmt-${mod.id}`} style={{ left: box.x + TITLE_INSET.x, top: box.y + TITLE_INSET.y, maxWidth: box.width - 2 * TITLE_INSET.x }}>
              {mod.title}
            </h4>
            {cardsOf(mod, canvas, card)}
          </div>
        );
      })}
    </div>
  );
}

export function GraphView({ layout, outline, active, card, stageExtra }: Props) {
  return (
    <div className={`gstages ${layout.mode}`}>
      {outline.stages.map((stage, i) => {
        const canvas = layout.canvases[stage.id];
        return (
          <section key={stage.id} className={`gstage band-${i % 2}`} aria-labelledby={`gs-${stage.id}`}>
            <div className="gstage-head">
              <StageTitle stage={stage} index={i} id={`gs-${stage.id}`} />
              {stageExtra(stage.id)}
            </div>
            {layout.mode === 'wide' && canvas ? (
              <div className="gstage-canvas">
                <CanvasView canvas={canvas} modules={stage.modules} marker={`gm-${stage.id}`} active={active} card={card} />
              </div>
            ) : (
              stage.modules.map((mod) => {
                const own = layout.canvases[mod.id];
                return own ? (
                  <div key={mod.id} className="gmodule" role="group" aria-labelledby={`gmt-${mod.id}`}>
                    <h4 className="gmodule-title" id={`gmt-${mod.id}`}>
                      {mod.title}
                    </h4>
                    <CanvasView canvas={own} modules={[mod]} marker={`gm-${mod.id}`} active={active} card={card} />
                  </div>
                ) : null;
              })
            )}
          </section>
        );
      })}
    </div>
  );
}
