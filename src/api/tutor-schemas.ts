/** Schemas of the concept tutor's routes (GET and POST /v1/roadmaps/:id/concepts/:conceptId/chat). */
import { z } from 'zod';
import { TUTOR_MESSAGE_STATUSES, TUTOR_ROLES } from '../domain/enums.js';
import { TUTOR_MESSAGE_MAX_CHARS } from '../domain/tutor.js';

export const tutorMessageBodySchema = z
  .strictObject({
    message: z.string().trim().min(1).max(TUTOR_MESSAGE_MAX_CHARS).describe('The learner’s question or remark.'),
  })
  .meta({ id: 'TutorMessageRequest' });

export const tutorMessageSchema = z
  .object({
    id: z.string(),
    role: z.enum(TUTOR_ROLES),
    content: z.string(),
    status: z.enum(TUTOR_MESSAGE_STATUSES).describe('partial: the learner left while it streamed; failed: the LLM failed mid-way (errorCode).'),
    errorCode: z.string().optional(),
    tokens: z.number().int().describe('LLM tokens the answer cost (prompt and completion); 0 for a learner’s message.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'TutorMessage' });

export const conversationSchema = z
  .object({
    roadmapId: z.uuid(),
    conceptId: z.string(),
    messages: z.array(tutorMessageSchema).describe('Oldest first; the newest 200.'),
  })
  .meta({ id: 'TutorConversation' });
