/**
 * Renders what the graph will show, invisibly and at its final width, to measure it for the layout: card
 * heights and title widths depend on the learner's language and fonts, which only the browser knows.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Outline } from '../../../../src/domain/roadmap.js';
import type { GraphMode, Measured, Size } from '../../graph/elk-input.js';
import { ConceptCard } from './ConceptCard.js';

interface Props {
  outline: Outline;
  mode: GraphMode;
  cardWidth: number;
  after: ReadonlyMap<string, string[]>;
  mastery?: ReadonlyMap<string, number>;
  /** Changes whenever anything measured may change (mode, widths, language). */
  signature: string;
  /** May return a cleanup, run when the measurement is superseded. */
  onMeasured: (measured: Measured) => (() => void) | void;
}

export function MeasureLayer({ outline, mode, cardWidth, after, mastery, signature, onMeasured }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const sizes = new Map<string, Size>();
    root.current?.querySelectorAll<HTMLElement>('[data-measure]').forEach((el) => {
      const r = el.getBoundingClientRect();
      sizes.set(el.dataset.measure!, { width: Math.ceil(r.width), height: Math.ceil(r.height) });
    });
    const get = (key: string) => sizes.get(key) ?? { width: 0, height: 0 };
    return onMeasured({ concept: (id) => get(`c:${id}`), moduleTitle: (id) => get(`m:${id}`) });
  }, [outline, signature, onMeasured]);
  return (
    <div className="gmeasure" ref={root} aria-hidden="true">
      {outline.stages.map((stage) => (
        <div key={stage.id}>
          {stage.modules.map((mod) => (
            <div key={mod.id}>
              <h4 className="gmodule-title" data-measure={`m:${mod.id}`} style={{ maxWidth: 2 * cardWidth }}>
                {mod.title}
              </h4>
              {mod.concepts.map((c) => (
                <div key={c.id} data-measure={`c:${c.id}`} style={{ width: cardWidth }}>
                  <ConceptCard concept={c} state="ready" after={mode === 'narrow' ? after.get(c.id) : undefined} mastery={mastery?.get(c.id)} />
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
