/** Offline intent analysis: the request made explicit, with technologies and focus areas from the catalogue. */
import type { Intent } from '../../../domain/intent.js';
import { inLang, langOf } from '../lang.js';
import type { OfflineAnswer } from './types.js';

export const intent: OfflineAnswer = ({ request }, entry): Intent => {
  const lang = langOf(request.language);
  const concepts = entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  return {
    parsedGoal: request.goal,
    keyTechnologies: [...new Set(concepts.flatMap((c) => c.keywords))].slice(0, 8),
    level: request.level,
    timeBudget: { hoursPerWeek: request.hoursPerWeek, weeks: request.weeks, totalHours: request.hoursPerWeek * request.weeks },
    skillGaps: entry.stages.map((s) => inLang(s.title, lang)),
    focusAreas: entry.stages.flatMap((s) => s.modules.map((m) => inLang(m.title, lang))).slice(0, 6),
  };
};
