/**
 * What became of a rejected outline, in words for the terminal: the changes found by diffing the outlines,
 * an honest "nothing changed", and the wishes the repair could not apply — offline, with the way to have them
 * applied.
 */
import type { OutlineChange } from '../domain/outline-diff.js';
import type { ReviewOutcome } from '../domain/review-outcome.js';

/** A repair that scaled every concept lists them all; the tree printed after it shows the rest. */
const CHANGES_SHOWN = 20;

const quoted = (parts: readonly string[]) => parts.map((p) => `"${p}"`).join(', ');

function changeLine(c: OutlineChange): string {
  switch (c.change) {
    case 'totalHours':
      return `~ total: ${c.from} h → ${c.to} h`;
    case 'outline':
      return `~ outline: ${c.fields.join(', ')} changed`;
    case 'added':
      return `+ added ${c.kind} "${c.title}"`;
    case 'removed':
      return `- removed ${c.kind} "${c.title}"`;
    case 'renamed':
      return `~ renamed ${c.kind} "${c.from}" → "${c.title}"`;
    case 'moved':
      return c.from === c.to ? `~ moved ${c.kind} "${c.title}" within ${c.to ?? 'the outline'}` : `~ moved ${c.kind} "${c.title}" from ${c.from} to ${c.to}`;
    case 'hours':
      return `~ ${c.kind} "${c.title}": ${c.from} h → ${c.to} h`;
    case 'edited':
      return `~ ${c.kind} "${c.title}": ${c.fields.join(', ')} changed`;
  }
}

export function outcomeLines(round: number, outcome: ReviewOutcome): string[] {
  const lines: string[] = [];
  if (outcome.notApplied.length > 0) {
    const parts = quoted(outcome.notApplied);
    if (outcome.provider !== 'offline') lines.push(`Not applied: ${parts}.`);
    else if (outcome.changes.length === 0) lines.push(`This outline could not be changed offline: ${parts}. With an LLM configured (OPENAI_API_KEY), feedback is applied.`);
    else lines.push(`Part of your feedback could not be applied offline: ${parts}. With an LLM configured (OPENAI_API_KEY), it is.`);
  }
  if (outcome.changes.length === 0) return [...lines, `Nothing in the outline changed after your feedback on round ${round}.`];
  lines.push(`What changed after your feedback on round ${round}:`, ...outcome.changes.slice(0, CHANGES_SHOWN).map((c) => `  ${changeLine(c)}`));
  if (outcome.changes.length > CHANGES_SHOWN) lines.push(`  …and ${outcome.changes.length - CHANGES_SHOWN} more changes`);
  return lines;
}
