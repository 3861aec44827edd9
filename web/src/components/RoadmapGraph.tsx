/**
 * The roadmap as a graph: one column per stage (left to right), its concepts stacked in order, an edge from
 * each prerequisite to the concept that needs it, done concepts in green. Clicking a concept opens it.
 * Loaded lazily: React Flow is only fetched when the learner switches to this view.
 */
import { Background, Controls, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { Outline } from '../../../src/domain/roadmap.js';

const COLUMN = 240;
const ROW = 90;
const WIDTH = 180;

/** Positions, colours and edges for the outline; pure, so it can be tested without a DOM. */
export function graphLayout(outline: Outline, done: ReadonlySet<string>): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const known = new Set<string>();
  outline.stages.forEach((stage, x) => {
    stage.modules
      .flatMap((m) => m.concepts)
      .forEach((c, y) => {
        known.add(c.id);
        const isDone = done.has(c.id);
        nodes.push({
          id: c.id,
          position: { x: x * COLUMN, y: y * ROW },
          data: { label: c.title },
          sourcePosition: Position.Right,
          targetPosition: Position.Left,
          className: isDone ? 'graph-node done' : 'graph-node',
          ariaLabel: c.title,
          style: {
            width: WIDTH,
            background: isDone ? '#d7f2df' : '#fff',
            borderColor: isDone ? '#1c7c3c' : '#2454c8',
            color: isDone ? '#1c7c3c' : '#1d2330',
            cursor: 'pointer',
          },
        });
      });
  });
  const edges: Edge[] = outline.stages.flatMap((s) =>
    s.modules.flatMap((m) =>
      m.concepts.flatMap((c) =>
        c.prerequisites.filter((p) => known.has(p)).map((p) => ({ id: `${p}->${c.id}`, source: p, target: c.id })),
      ),
    ),
  );
  return { nodes, edges };
}

export default function RoadmapGraph({ outline, done, onOpen, label }: { outline: Outline; done: ReadonlySet<string>; onOpen: (conceptId: string) => void; label: string }) {
  const { nodes, edges } = useMemo(() => graphLayout(outline, done), [outline, done]);
  return (
    <div className="graph" role="figure" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodeClick={(_e, node) => onOpen(node.id)}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        fitView
        minZoom={0.2}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
