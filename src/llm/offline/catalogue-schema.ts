/**
 * The schema of one catalogue file (`catalogue/<key>.yaml`): a real curriculum for a popular goal, written by
 * hand. It is the single source of the catalogue's types and of its validation, which runs when the catalogue is
 * loaded. Every translatable text has one shape, `{ en, zh }`. Concept ids are slugs unique within the entry
 * (across stages, modules and concepts, as in an outline); prerequisites name concepts earlier in the entry.
 * Hours are for a beginner; the planner fits them to the learner's level and budget.
 */
import { z } from 'zod';
import { QUESTION_TYPES, RESOURCE_TYPES, questionSchema, type Question } from '../../domain/content.js';
import { DIFFICULTIES } from '../../domain/enums.js';
import { slugId } from '../../domain/roadmap.js';
import { LANGUAGES, type Lang } from './lang.js';

const CJK = /[\u4e00-\u9fff]/;

const blank = (s: string) => s.trim().length === 0;
const nonBlank = z.string().refine((s) => !blank(s), 'must not be blank');

/** A text in every language the offline provider writes. */
const localized = z.strictObject({ en: nonBlank, zh: nonBlank });

/** Prose whose Chinese must really be Chinese: a description left in English is a translation gap. */
const localizedProse = localized.refine((t) => CJK.test(t.zh), { message: 'must be written in Chinese', path: ['zh'] });

/** The reason a link helps: the pages are mostly English, so the Chinese is welcome but not required. */
const localizedEnglishFirst = z.strictObject({ en: nonBlank, zh: nonBlank.optional() });

const phrase = z
  .string()
  .min(1)
  .refine((p) => p === p.trim().toLowerCase(), 'must be lower case without outer spaces');

/** Phrases per language; Chinese phrases contain Chinese, English ones do not. */
const phrases = z.strictObject({
  en: z.array(phrase.refine((p) => !CJK.test(p), 'English phrases have no Chinese characters')),
  zh: z.array(phrase.refine((p) => CJK.test(p), 'Chinese phrases contain Chinese characters')),
});

const linkSchema = z.strictObject({
  title: nonBlank,
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  type: z.enum(RESOURCE_TYPES),
  why: localizedEnglishFirst,
});

const questionFields = z.strictObject({
  type: z.enum(QUESTION_TYPES),
  difficulty: z.enum(DIFFICULTIES),
  question: localized,
  /** In the order shown; `answer` holds the indexes of the correct ones. */
  options: z.array(localized).min(2).max(6),
  answer: z.array(z.number().int().nonnegative()).min(1),
  explanation: localized,
});
export type CatalogueQuestion = z.infer<typeof questionFields>;

/** An authored question as the quiz schema wants it, in one language. */
export function questionIn(q: CatalogueQuestion, lang: Lang, id: string): Question {
  return { id, type: q.type, question: q.question[lang], options: q.options.map((o) => o[lang]), answer: q.answer, explanation: q.explanation[lang], difficulty: q.difficulty };
}

/** The web app and the Markdown export already say "several answers" for multiple_choice. */
const SAYS_CHOOSE_ALL = /choose all|select all|all that apply|多选|可多选|选出所有/i;
/** A question tests the subject: the template's questions about the plan itself are what these replace. */
const ABOUT_THE_PLAN = /roadmap|路线图/i;

/** A quiz question written for a concept: valid as a generated one in every language, with honest options. */
const catalogueQuestionSchema = questionFields.superRefine((q, ctx) => {
  for (const lang of LANGUAGES) {
    for (const issue of questionSchema.safeParse(questionIn(q, lang, 'q')).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: `${lang}: ${issue.message}` });
    }
    const options = q.options.map((o) => o[lang].trim().toLowerCase());
    if (new Set(options).size !== options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `${lang}: two options read the same` });
    if (SAYS_CHOOSE_ALL.test(q.question[lang])) ctx.addIssue({ code: 'custom', path: ['question', lang], message: 'do not say "choose all that apply": the interface says it for multiple_choice' });
    if (ABOUT_THE_PLAN.test(q.question[lang])) ctx.addIssue({ code: 'custom', path: ['question', lang], message: 'ask about the subject, not the roadmap' });
  }
  if (q.type === 'multiple_choice' && q.answer.length >= q.options.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'at least one option of a multiple_choice question must be wrong' });
});

const catalogueConceptSchema = z.strictObject({
  id: slugId,
  title: localized,
  description: localizedProse,
  hours: z.number().min(0.5).max(40).multipleOf(0.5),
  difficulty: z.enum(DIFFICULTIES),
  prerequisites: z.array(slugId).max(20),
  keywords: z.array(z.string().max(60).refine((k) => !blank(k), 'must not be blank')).min(1).max(12),
  /** Official documentation first; only links that are stable, well-known URLs. */
  links: z
    .array(linkSchema)
    .min(1)
    .max(4)
    .refine((ls) => new Set(ls.map((l) => l.url)).size === ls.length, 'links must not repeat a URL'),
  /** 5–8 questions that test the subject of the concept (the quiz schema's bounds). */
  quiz: z
    .array(catalogueQuestionSchema)
    .min(5)
    .max(8)
    .refine((qs) => new Set(qs.map((q) => q.question.en)).size === qs.length, 'a question is asked twice')
    .optional(),
});

const catalogueModuleSchema = z.strictObject({
  id: slugId,
  title: localized,
  description: localizedProse,
  concepts: z.array(catalogueConceptSchema).min(2).max(4),
});

const catalogueStageSchema = z.strictObject({
  id: slugId,
  title: localized,
  description: localizedProse,
  modules: z.array(catalogueModuleSchema).min(2).max(3),
});

export const catalogueEntrySchema = z
  .strictObject({
    /** Stable key, the file's name: `catalogue/go-backend.yaml` holds `key: go-backend`. */
    key: slugId,
    title: localized,
    summary: localizedProse,
    /** How a learner's goal finds this entry: aliases name it; keywords only help choose between entries. */
    match: z.strictObject({ aliases: phrases, keywords: phrases }),
    /**
     * The project a learner with time to spare builds at the end (the planner adds it for large budgets).
     * Optional: without it, large budgets get practice sets and review blocks but no capstone.
     */
    capstone: z
      .strictObject({ title: localized, description: localizedProse, keywords: z.array(nonBlank).min(1).max(12) })
      .optional(),
    stages: z.array(catalogueStageSchema).min(3).max(4),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    const earlier = new Set<string>();
    entry.stages.forEach((stage, si) => {
      const at = ['stages', si];
      if (seen.has(stage.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `id "${stage.id}" is used more than once` });
      seen.add(stage.id);
      stage.modules.forEach((mod, mi) => {
        const atModule = [...at, 'modules', mi];
        if (seen.has(mod.id)) ctx.addIssue({ code: 'custom', path: [...atModule, 'id'], message: `id "${mod.id}" is used more than once` });
        seen.add(mod.id);
        mod.concepts.forEach((c, ci) => {
          const atConcept = [...atModule, 'concepts', ci];
          if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [...atConcept, 'id'], message: `id "${c.id}" is used more than once` });
          seen.add(c.id);
          if (new Set(c.prerequisites).size !== c.prerequisites.length) ctx.addIssue({ code: 'custom', path: [...atConcept, 'prerequisites'], message: 'a prerequisite is repeated' });
          c.prerequisites.forEach((p, pi) => {
            if (!earlier.has(p)) ctx.addIssue({ code: 'custom', path: [...atConcept, 'prerequisites', pi], message: `"${p}" is not a concept earlier in the entry` });
          });
          if (!c.quiz) ctx.addIssue({ code: 'custom', path: [...atConcept, 'quiz'], message: 'every concept needs 5–8 questions' });
          // A learner starts in the first stage: nothing there may be hard.
          if (si === 0 && c.difficulty === 'hard') ctx.addIssue({ code: 'custom', path: [...atConcept, 'difficulty'], message: 'the first stage has no hard concept' });
          earlier.add(c.id);
        });
      });
    });
  });

export type CatalogueConcept = z.infer<typeof catalogueConceptSchema>;
export type CatalogueModule = z.infer<typeof catalogueModuleSchema>;
export type CatalogueStage = z.infer<typeof catalogueStageSchema>;
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
