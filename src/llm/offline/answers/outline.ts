/** Offline curriculum design: the catalogue entry planned for the learner's level, budget and language. */
import { planOutline } from '../planner.js';
import type { OfflineAnswer } from './types.js';

export const outline: OfflineAnswer = ({ request }, entry) => planOutline(entry, request);
