/**
 * The concept tutor's rules: how long a learner's message may be, how much of the conversation a prompt carries,
 * and which part of a tutorial answers a question (by keyword overlap, for the prompt's excerpt and for the
 * offline helper's answer alike).
 */
import type { TutorRole } from './enums.js';

/** A question, not an essay: long enough for a pasted error message or a snippet of code. */
export const TUTOR_MESSAGE_MAX_CHARS = 4000;

/**
 * The conversation a prompt carries: the newest turns, at most this many and this many characters in all
 * (about 3,000 tokens), so a long conversation neither outgrows the model's context nor bills its whole history
 * on every question. Older turns stay stored and shown; the tutor just no longer reads them.
 */
export const TUTOR_HISTORY_MAX_TURNS = 20;
export const TUTOR_HISTORY_MAX_CHARS = 12_000;

/** The tutorial text a prompt quotes: its opening and the section that best matches the question. */
export const TUTOR_EXCERPT_MAX_CHARS = 6000;

export interface Turn {
  role: TutorRole;
  content: string;
}

/** The newest turns within the budget, oldest first. A turn that does not fit ends the walk back. */
export function recentTurns(turns: readonly Turn[], maxTurns = TUTOR_HISTORY_MAX_TURNS, maxChars = TUTOR_HISTORY_MAX_CHARS): Turn[] {
  const kept: Turn[] = [];
  let chars = 0;
  for (let i = turns.length - 1; i >= 0 && kept.length < maxTurns; i--) {
    const t = turns[i]!;
    if (t.content.length === 0) continue;
    if (chars + t.content.length > maxChars) break;
    chars += t.content.length;
    kept.push(t);
  }
  return kept.reverse();
}

export interface Section {
  heading: string;
  text: string;
}

/** A Markdown document cut at its headings (`#`…`######`); text before the first heading is a section too. */
export function sectionsOf(markdown: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', text: '' };
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (m) {
      if (current.heading || current.text.trim()) sections.push(current);
      current = { heading: m[1]!.trim(), text: '' };
    } else {
      current.text += `${line}\n`;
    }
  }
  if (current.heading || current.text.trim()) sections.push(current);
  return sections.map((s) => ({ heading: s.heading, text: s.text.trim() }));
}

/**
 * A word's first letters stand for it, a stemmer's poor cousin that needs no dictionary: "practise" meets
 * "practice", "closures" meets "closure".
 */
const STEM_LETTERS = 6;

/**
 * The words of a text, for overlap: Latin words of 3+ letters (their stems), and each CJK character pair (no
 * spaces there), without the words every question has.
 */
export function keywordsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const latin = lower.match(/[\p{L}\p{N}_]{3,}/gu)?.filter((w) => !/[\u3400-\u9fff]/.test(w) && !STOP_WORDS.has(w)) ?? [];
  const words = new Set<string>(latin.map((w) => w.slice(0, STEM_LETTERS)));
  for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
  }
  return words;
}

const STOP_WORDS = new Set(['the', 'and', 'what', 'how', 'why', 'when', 'where', 'which', 'who', 'does', 'this', 'that', 'these', 'those', 'with', 'for', 'are', 'can', 'could', 'would', 'should', 'will', 'you', 'your', 'not', 'from', 'into', 'about', 'have', 'use', 'using', 'there', 'here', 'they', 'them', 'tell', 'explain', 'please']);

/**
 * The section with text sharing the most keywords with the question (a heading word counts twice); null if none
 * shares any.
 */
export function bestSection(sections: readonly Section[], question: string): Section | null {
  const asked = keywordsOf(question);
  let best: Section | null = null;
  let bestScore = 0;
  for (const s of sections) {
    if (s.text.length === 0) continue;
    const heading = keywordsOf(s.heading);
    const body = keywordsOf(s.text);
    let score = 0;
    for (const w of asked) score += (heading.has(w) ? 2 : 0) + (body.has(w) ? 1 : 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** The tutorial text a prompt quotes: the opening, then the section the question is about, within the budget. */
export function tutorialExcerpt(markdown: string, question: string, maxChars = TUTOR_EXCERPT_MAX_CHARS): string {
  if (markdown.length <= maxChars) return markdown;
  const best = bestSection(sectionsOf(markdown), question);
  const chosen = best ? `## ${best.heading}\n${best.text}`.slice(0, Math.floor(maxChars / 2)) : '';
  const opening = markdown.slice(0, maxChars - chosen.length - 10);
  return chosen && !opening.includes(best!.text.slice(0, 200)) ? `${opening}\n…\n\n${chosen}` : markdown.slice(0, maxChars);
}
