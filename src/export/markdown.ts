/**
 * A roadmap as one Markdown document: the outline as headings, and under each concept its tutorial, resources
 * and quiz (with answers at the end of each quiz). Used by `pathsmith generate --out` and the export endpoint.
 */
import type { Question, Resource, Tutorial } from '../domain/content.js';
import { conceptsOf, type Concept, type Outline } from '../domain/roadmap.js';
import { wordsFor, type Words } from './words.js';

export interface ConceptContent {
  tutorial?: Tutorial;
  resources?: { resources: Resource[] };
  quiz?: { questions: Question[] };
}

const LETTERS = 'ABCDEF';

export interface ExportOptions {
  /** The roadmap's BCP-47 language: the document's own words (units, difficulty, section titles) follow it. */
  language?: string;
  /** Per concept, the learner's mastery from 0 to 1, where known. */
  mastery?: ReadonlyMap<string, number>;
}

function resourceLine(r: Resource, w: Words): string {
  const name = r.url ? `[${r.title}](${r.url})` : `${r.title} — ${w.search(r.query)}`;
  return `- ${name} (${w.resourceType[r.type]}): ${r.why}`;
}

function quizBlock(questions: Question[], w: Words): string[] {
  const lines = questions.flatMap((q, i) => [`${i + 1}. ${q.question}${q.type === 'multiple_choice' ? ` ${w.severalAnswers}` : ''}`, ...q.options.map((o, j) => `   - ${LETTERS[j]}. ${o}`)]);
  const answers = questions.map((q, i) => `${i + 1}. ${q.answer.map((a) => LETTERS[a]).join(', ')} — ${q.explanation}`);
  return [...lines, '', `<details><summary>${w.answers}</summary>`, '', ...answers, '', '</details>'];
}

/** "2 h · easy · after: Variables, Loops · mastery 80%", prerequisites by their titles. */
function conceptMeta(c: Concept, titles: ReadonlyMap<string, string>, w: Words, mastery: number | undefined): string {
  const prerequisites = c.prerequisites.map((p) => titles.get(p) ?? p);
  return [
    w.hours(c.hours),
    w.difficulty[c.difficulty],
    ...(prerequisites.length ? [w.after(w.list(prerequisites))] : []),
    ...(mastery === undefined ? [] : [w.mastery(Math.round(mastery * 100))]),
  ].join(' · ');
}

export function roadmapMarkdown(outline: Outline, content: ReadonlyMap<string, ConceptContent> = new Map(), options: ExportOptions = {}): string {
  const w = wordsFor(options.language ?? 'en');
  const titles = new Map(conceptsOf(outline).map((c) => [c.id, c.title]));
  const out: string[] = [`# ${outline.title}`, '', outline.summary, '', `**${w.total(outline.totalHours, outline.weeks)}**`, ''];
  if (outline.budgetNote) out.push(`> ${outline.budgetNote}`, '');
  for (const stage of outline.stages) {
    out.push(`## ${stage.title}`, '', stage.description, '');
    for (const mod of stage.modules) {
      out.push(`### ${mod.title}`, '', mod.description, '');
      for (const c of mod.concepts) {
        out.push(`#### ${c.title}`, '', `*${conceptMeta(c, titles, w, options.mastery?.get(c.id))}*`, '', c.description, '');
        const piece = content.get(c.id);
        // The tutorial's own headings start at h1; push them below this concept's h4.
        if (piece?.tutorial) out.push(piece.tutorial.markdown.replace(/^(#{1,2}) /gm, (_, h: string) => `${'#'.repeat(h.length + 4)} `), '');
        if (piece?.resources?.resources.length) out.push(`**${w.resources}**`, '', ...piece.resources.resources.map((r) => resourceLine(r, w)), '');
        if (piece?.quiz?.questions.length) out.push(`**${w.quiz}**`, '', ...quizBlock(piece.quiz.questions, w), '');
      }
    }
  }
  return out.join('\n');
}

/** The outline as an indented tree for a terminal, in the roadmap's language, with a mark per concept. */
export function outlineTree(outline: Outline, mark: (conceptId: string) => string = () => '', language = 'en'): string {
  const w = wordsFor(language);
  const lines = [`${outline.title} — ${w.total(outline.totalHours, outline.weeks)}`, ...(outline.budgetNote ? [`(${outline.budgetNote})`] : [])];
  outline.stages.forEach((stage, si) => {
    const lastStage = si === outline.stages.length - 1;
    lines.push(`${lastStage ? '└─' : '├─'} ${stage.title}`);
    stage.modules.forEach((mod, mi) => {
      const lastMod = mi === stage.modules.length - 1;
      const pad = lastStage ? '   ' : '│  ';
      lines.push(`${pad}${lastMod ? '└─' : '├─'} ${mod.title}`);
      mod.concepts.forEach((c, ci) => {
        const lastC = ci === mod.concepts.length - 1;
        lines.push(`${pad}${lastMod ? '   ' : '│  '}${lastC ? '└─' : '├─'} ${mark(c.id)}${c.title} (${w.hours(c.hours)}, ${w.difficulty[c.difficulty]})`);
      });
    });
  });
  return lines.join('\n');
}
