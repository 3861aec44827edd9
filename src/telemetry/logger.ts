/**
 * Structured JSON logs for every process. A process creates its root logger once with its role; request and job
 * handlers bind `roadmapId` and `requestId` in child loggers so every line can be traced to its roadmap.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Role } from '../domain/enums.js';

export type { Logger };

/** `destination` defaults to stdout; tests pass one to read what a role logged. */
export function createLogger(role: Role, level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: role, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
