/**
 * Picks the catalogue entry a goal is about, in English or Chinese. A goal matches an entry when one of the
 * entry's aliases occurs in it; among the entries that match, the one whose aliases and keywords cover the
 * most of the goal wins, so "Go backend" is go-backend rather than go.
 *
 * English is compared word by word after light normalisation (case, punctuation, plurals, "developer" ~
 * "development", filler words such as "become a"); an alias's words must stand together, in any order, so
 * "backend development in Go" and "Go backend" both find go-backend while "learn to play the board game go"
 * finds nothing. Chinese has no spaces: an alias's Chinese part matches as a substring of the goal.
 */
import type { CatalogueEntry } from './catalogue-schema.js';

/** Words that carry no subject ("become a … in …"); dropped from goals and aliases alike. */
const FILLER = new Set(
  'a an the to of in on for with and or i me my we want wanna would like become be how as at into about using use from get start some do is am'.split(' '),
);

/** Word forms that mean the same subject. */
const LEMMA: Record<string, string> = {
  developer: 'develop', developers: 'develop', development: 'develop', developing: 'develop', dev: 'develop',
  engineering: 'engineer', engineers: 'engineer',
  programming: 'program', programmer: 'program', programmers: 'program',
  administration: 'admin', administrator: 'admin',
  analyst: 'analysis', analysts: 'analysis', analytics: 'analysis', analyse: 'analysis', analyze: 'analysis',
};

/**
 * What a goal says about its kind rather than its subject: such words (and Chinese characters) weigh
 * little, so "learn Go" never outweighs "Go backend".
 */
const GENERIC_WORDS = new Set(['learn', 'develop', 'engineer', 'program', 'basic', 'beginner', 'intro', 'introduction', 'fundamental', 'course', 'tutorial']);
const GENERIC_ZH = ['学习', '入门', '开发', '编程', '语言', '基础', '工程师', '教程', '成为', '一名', '开发者', '程序员', '零基础', '从零'];

/**
 * Weights of covered goal text. A technology's name (a one-word alias such as "rust") outweighs any other
 * word, so "Rust backend development" is about Rust; a Chinese character carries about as much as a short word.
 */
const WEIGHT = { name: 6, word: 3, genericWord: 0.5, cjkChar: 2, genericCjkChar: 0.25 };

const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_WORD = /[a-z0-9][a-z0-9+#.]*/g;

interface Parsed {
  words: string[];
  cjk: string[];
}

function lemma(word: string): string {
  const w = word.replace(/\.+$/, '');
  if (LEMMA[w]) return LEMMA[w];
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|sis)$/.test(w)) return LEMMA[w.slice(0, -1)] ?? w.slice(0, -1);
  return w;
}

/** Words and Chinese runs of a goal or phrase: case-folded, full-width forms made ASCII, filler dropped. */
function parse(text: string): Parsed {
  const t = text.normalize('NFKC').toLowerCase();
  const latin = t.replace(CJK_RUN, ' ');
  const words = (latin.match(LATIN_WORD) ?? []).map(lemma).filter((w) => w.length > 0 && !FILLER.has(w));
  return { words, cjk: t.match(CJK_RUN) ?? [] };
}

interface Indexed {
  entry: CatalogueEntry;
  aliases: Parsed[];
  keywords: Parsed[];
}

/** Covered goal units (a word, or a position in the goal's Chinese text) and their weight. */
type Coverage = Map<string, number>;

function genericCjkMask(run: string): boolean[] {
  const mask = Array.from({ length: run.length }, () => false);
  for (const g of GENERIC_ZH) for (let i = run.indexOf(g); i >= 0; i = run.indexOf(g, i + 1)) mask.fill(true, i, i + g.length);
  return mask;
}

/** The goal units the phrase covers, or null when it does not occur in the goal. */
function cover(phrase: Parsed, goal: Parsed, goalCjk: string, names: ReadonlySet<string>): Coverage | null {
  const n = phrase.words.length;
  if (n > 0) {
    // The phrase's words must fill a window of the goal's words, in any order.
    const found = goal.words.some((_, i) => phrase.words.every((w) => goal.words.slice(i, i + n).includes(w)));
    if (!found) return null;
  }
  const covered: Coverage = new Map();
  for (const w of phrase.words) covered.set(`w:${w}`, GENERIC_WORDS.has(w) ? WEIGHT.genericWord : names.has(w) ? WEIGHT.name : WEIGHT.word);
  for (const run of phrase.cjk) {
    const at = goalCjk.indexOf(run);
    if (at < 0) return null;
    genericCjkMask(run).forEach((generic, i) => covered.set(`c:${at + i}`, generic ? WEIGHT.genericCjkChar : WEIGHT.cjkChar));
  }
  return covered.size > 0 ? covered : null;
}

const indexes = new WeakMap<readonly CatalogueEntry[], { entries: Indexed[]; names: Set<string> }>();

function indexOf(catalogue: readonly CatalogueEntry[]) {
  let index = indexes.get(catalogue);
  if (!index) {
    const phrases = (p: { en: string[]; zh: string[] }) => [...p.en, ...p.zh].map(parse);
    const entries = catalogue.map((entry) => ({ entry, aliases: phrases(entry.match.aliases), keywords: phrases(entry.match.keywords) }));
    const names = new Set(entries.flatMap((e) => e.aliases.filter((a) => a.words.length === 1 && a.cjk.length === 0).map((a) => a.words[0]!)));
    index = { entries, names };
    indexes.set(catalogue, index);
  }
  return index;
}

/** The entry for a goal, or null when no alias of any entry occurs in it (the generic plan then applies). */
export function selectEntry(catalogue: readonly CatalogueEntry[], goal: string): CatalogueEntry | null {
  const { entries, names } = indexOf(catalogue);
  const parsed = parse(goal);
  // Runs are joined by a separator so that a Chinese alias never matches across two runs.
  const goalCjk = parsed.cjk.join('|');
  let best: { entry: CatalogueEntry; score: number } | null = null;
  for (const { entry, aliases, keywords } of entries) {
    const matched = aliases.map((a) => cover(a, parsed, goalCjk, names)).filter((c) => c !== null);
    if (matched.length === 0) continue;
    const union: Coverage = new Map();
    for (const c of [...matched, ...keywords.map((k) => cover(k, parsed, goalCjk, names))]) {
      for (const [unit, weight] of c ?? []) union.set(unit, Math.max(weight, union.get(unit) ?? 0));
    }
    const score = [...union.values()].reduce((a, b) => a + b, 0);
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry ?? null;
}
