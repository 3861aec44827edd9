/** The prerequisite arrows of one canvas: orthogonal polylines from ELK with softened corners. */
import type { Arrow, Point } from '../../graph/elk-input.js';

const CORNER = 6;

/** An SVG path through the points, each bend rounded by up to CORNER pixels. */
export function roundedPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x},${first!.y}`;
  rest.forEach((p, i) => {
    const next = rest[i + 1];
    if (!next) return void (d += ` L${p.x},${p.y}`);
    const prev = i === 0 ? first! : rest[i - 1]!;
    const r = Math.min(CORNER, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2);
    const towards = (a: Point, b: Point) => {
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      return { x: a.x + ((b.x - a.x) / len) * r, y: a.y + ((b.y - a.y) / len) * r };
    };
    const inPoint = towards(p, prev);
    const outPoint = towards(p, next);
    d += ` L${inPoint.x},${inPoint.y} Q${p.x},${p.y} ${outPoint.x},${outPoint.y}`;
  });
  return d;
}

/** Arrowheads, plain and lit; `id` keeps several canvases on one page apart. */
export function ArrowMarkers({ id }: { id: string }) {
  return (
    <defs>
      {(['', '-lit'] as const).map((variant) => (
        <marker key={variant} id={`${id}${variant}`} className={`gmarker${variant}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,1 L9,5 L0,9 z" />
        </marker>
      ))}
    </defs>
  );
}

/** `active`: the concept under the pointer or focus; its arrows are drawn stronger. */
export function Arrows({ arrows, active, marker }: { arrows: readonly Arrow[]; active: string | undefined; marker: string }) {
  return (
    <g className="garrows">
      {arrows.map((a) => {
        const lit = active !== undefined && (a.source === active || a.target === active);
        return <path key={a.id} className={lit ? 'garrow lit' : 'garrow'} data-arrow={a.id} d={roundedPath(a.points)} markerEnd={`url(#${marker}${lit ? '-lit' : ''})`} />;
      })}
    </g>
  );
}
