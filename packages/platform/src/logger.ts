import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Structured JSON logs on stdout, one logger per service, named after it. */
export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Personal data must never reach logs through a stray request dump.
    redact: { paths: ['req.headers.authorization', 'variables', '*.variables'], censor: '[redacted]' },
  });
}
