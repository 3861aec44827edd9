/**
 * A learner's review feedback as the offline repairer reads it: split into its wishes, each one either a change
 * it can make by rule (more practice, a shorter plan) or one it cannot — a deterministic catalogue cannot write
 * "a module on web scraping"; that takes an LLM. The repair reports both lists, so the learner is told.
 */
import { truncate } from './text.js';

const PRACTICE = /practi[cs]e|project|exercise|hands[- ]on|练习|项目|实践|实战/i;
const SHORTER = /shorter|less|fewer|reduce|too long|更短|减少|缩短|太长|少一些/i;

/**
 * Between wishes: sentence and clause punctuation, and the words that join two requests. "Add a module on web
 * scraping, and make it shorter" is two wishes, of which only the second can be applied offline.
 */
const BETWEEN_WISHES = /[.!?;,\n。！？；，]+|\s+(?:and|also|then|but|plus)\s+|并且|而且|还有|然后|另外|同时/i;

/** A "please" or "thanks" on its own, split off a wish, asks for nothing. */
const COURTESY = /^(?:please|pls|thanks|thank you|thx|cheers|ok(?:ay)?|请|谢谢|多谢|麻烦了|辛苦了)$/i;

/** The repair schema's limits: at most 20 parts of at most 1000 characters each. */
const MAX_PARTS = 20;
const MAX_PART_CHARS = 1000;

export interface FeedbackPlan {
  practice: boolean;
  shorter: boolean;
  applied: string[];
  notApplied: string[];
}

function capped(parts: readonly string[]): string[] {
  const kept = parts.length > MAX_PARTS ? [...parts.slice(0, MAX_PARTS - 1), parts.slice(MAX_PARTS - 1).join('; ')] : [...parts];
  return kept.map((p) => truncate(p, MAX_PART_CHARS));
}

/** `canApply` is false when the outline first needed structural fixes: then no wish is acted on. */
export function planFeedback(feedback: string, canApply: boolean): FeedbackPlan {
  const wishes = feedback
    .split(BETWEEN_WISHES)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !COURTESY.test(w));
  const practice = canApply && wishes.some((w) => PRACTICE.test(w));
  const shorter = canApply && wishes.some((w) => SHORTER.test(w));
  const applies = (w: string) => (practice && PRACTICE.test(w)) || (shorter && SHORTER.test(w));
  return { practice, shorter, applied: capped(wishes.filter(applies)), notApplied: capped(wishes.filter((w) => !applies(w))) };
}
