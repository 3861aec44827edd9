/** Stages → modules → concepts, with a slot per stage header, per module's end and per concept row. */
import type { ReactNode } from 'react';
import type { Concept, Module, Outline, Stage } from '../../../src/domain/roadmap.js';

interface Props {
  outline: Outline;
  concept: (c: Concept) => ReactNode;
  stageExtra?: (s: Stage) => ReactNode;
  moduleExtra?: (m: Module) => ReactNode;
}

export function OutlineTree({ outline, concept, stageExtra, moduleExtra }: Props) {
  return (
    <ol className="stages">
      {outline.stages.map((stage) => (
        <li key={stage.id} className="stage">
          <h3>{stage.title}</h3>
          {stageExtra?.(stage)}
          <p className="muted">{stage.description}</p>
          <ol className="modules">
            {stage.modules.map((mod) => (
              <li key={mod.id}>
                <h4>{mod.title}</h4>
                <ul className="concepts">
                  {mod.concepts.map((c) => (
                    <li key={c.id}>{concept(c)}</li>
                  ))}
                </ul>
                {moduleExtra?.(mod)}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
