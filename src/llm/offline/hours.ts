/** Hours are planned in half-hour units, at least half an hour: nobody schedules 1.37 hours. */
export const roundHalf = (h: number): number => Math.max(0.5, Math.round(h * 2) / 2);
