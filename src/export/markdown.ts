/**
 * A roadmap as one Markdown document: the outline as headings, and under each concept its tutorial, resources
 * and quiz (with answers at the end of each quiz). Used by `pathsmith generate --out` and the export endpoint.
 */
import type { Question, Resource, Tutorial } from '../domain/content.js';
import type { Outline } from '../domain/roadmap.js';

export interface ConceptContent {
  tutorial?: Tutorial;
  resources?: { resources: Resource[] };
  quiz?: { questions: Question[] };
}

const LETTERS = 'ABCDEF';

function resourceLine(r: Resource): string {
  const name = r.url ? `[${r.title}](${r.url})` : `${r.title} — search: “${r.query}”`;
  return `- ${name} (${r.type}): ${r.why}`;
}

function quizBlock(questions: Question[]): string[] {
  const lines = questions.flatMap((q, i) => [`${i + 1}. ${q.question}${q.type === 'multiple_choice' ? ' (several answers)' : ''}`, ...q.options.map((o, j) => `   - ${LETTERS[j]}. ${o}`)]);
  const answers = questions.map((q, i) => `${i + 1}. ${q.answer.map((a) => LETTERS[a]).join(', ')} — ${q.explanation}`);
  return [...lines, '', '<details><summary>Answers</summary>', '', ...answers, '', '</details>'];
}

export function roadmapMarkdown(outline: Outline, content: ReadonlyMap<string, ConceptContent> = new Map()): string {
  const out: string[] = [`# ${outline.title}`, '', outline.summary, '', `**${outline.totalHours} h over ${outline.weeks} weeks**`, ''];
  if (outline.budgetNote) out.push(`> ${outline.budgetNote}`, '');
  for (const stage of outline.stages) {
    out.push(`## ${stage.title}`, '', stage.description, '');
    for (const mod of stage.modules) {
      out.push(`### ${mod.title}`, '', mod.description, '');
      for (const c of mod.concepts) {
        const prereq = c.prerequisites.length ? ` · after: ${c.prerequisites.join(', ')}` : '';
        out.push(`#### ${c.title}`, '', `*${c.hours} h · ${c.difficulty}${prereq}*`, '', c.description, '');
        const piece = content.get(c.id);
        // The tutorial's own headings start at h1; push them below this concept's h4.
        if (piece?.tutorial) out.push(piece.tutorial.markdown.replace(/^(#{1,2}) /gm, (_, h: string) => `${'#'.repeat(h.length + 4)} `), '');
        if (piece?.resources?.resources.length) out.push('**Resources**', '', ...piece.resources.resources.map(resourceLine), '');
        if (piece?.quiz?.questions.length) out.push('**Quiz**', '', ...quizBlock(piece.quiz.questions), '');
      }
    }
  }
  return out.join('\n');
}

/** The outline as an indented tree for a terminal, with a mark per concept. */
export function outlineTree(outline: Outline, mark: (conceptId: string) => string = () => ''): string {
  const lines = [`${outline.title} — ${outline.totalHours} h over ${outline.weeks} weeks`, ...(outline.budgetNote ? [`(${outline.budgetNote})`] : [])];
  outline.stages.forEach((stage, si) => {
    const lastStage = si === outline.stages.length - 1;
    lines.push(`${lastStage ? '└─' : '├─'} ${stage.title}`);
    stage.modules.forEach((mod, mi) => {
      const lastMod = mi === stage.modules.length - 1;
      const pad = lastStage ? '   ' : '│  ';
      lines.push(`${pad}${lastMod ? '└─' : '├─'} ${mod.title}`);
      mod.concepts.forEach((c, ci) => {
        const lastC = ci === mod.concepts.length - 1;
        lines.push(`${pad}${lastMod ? '   ' : '│  '}${lastC ? '└─' : '├─'} ${mark(c.id)}${c.title} (${c.hours} h, ${c.difficulty})`);
      });
    });
  });
  return lines.join('\n');
}
