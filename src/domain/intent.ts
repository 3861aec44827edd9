/** The output of intent analysis: what the learner asked for, made explicit for the outline step. */
import { z } from 'zod';
import { LEARNING_LEVELS } from './enums.js';

export const intentSchema = z
  .object({
    parsedGoal: z.string().min(1).max(500),
    keyTechnologies: z.array(z.string().min(1).max(80)).max(20),
    level: z.enum(LEARNING_LEVELS),
    timeBudget: z.object({
      hoursPerWeek: z.number().positive(),
      weeks: z.number().int().positive(),
      totalHours: z.number().positive(),
    }),
    skillGaps: z.array(z.string().min(1).max(300)).max(20),
    focusAreas: z.array(z.string().min(1).max(300)).max(20),
  })
  .meta({ id: 'Intent' });

export type Intent = z.infer<typeof intentSchema>;
