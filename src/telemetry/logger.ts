/**
 * Structured logs for every process. A process creates its root logger once with its role; request and job
 * handlers bind `roadmapId` and `requestId` in child loggers so every line can be traced to its roadmap.
 * Lines are JSON (for log collectors, and for the supervisor, which reads its children's), or readable lines
 * when a person watches a terminal (LOG_FORMAT).
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import PinoPretty from 'pino-pretty';
import type { Config } from '../config.js';
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

/** Readable lines: LOG_FORMAT=pretty, or `auto` with a terminal on stdout. */
export function prettyLogs(config: Pick<Config, 'LOG_FORMAT'>): boolean {
  return config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && process.stdout.isTTY === true);
}

/** Time, level, role, message, then the other fields on the same line. */
const PRETTY_OPTIONS = {
  colorize: PinoPretty.isColorSupported,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service',
  messageFormat: '{if service}{service} │ {end}{msg}',
  singleLine: true,
};

/** A destination that writes readable lines; synchronous, so a line is out before the process goes on (or exits). */
export function prettyStream(): DestinationStream {
  return PinoPretty({ ...PRETTY_OPTIONS, sync: true });
}

/** Formats one JSON log line of another process (the supervisor's children) as prettyStream would. */
export function prettyPrinter(): (jsonLine: string) => string {
  return PinoPretty.prettyFactory(PRETTY_OPTIONS);
}

/** The root logger of a process in the format its config asks for. */
export function loggerFor(role: Role, config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>): Logger {
  return createLogger(role, config.LOG_LEVEL, prettyLogs(config) ? prettyStream() : undefined);
}
