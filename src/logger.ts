import pino, { type Logger } from 'pino';

// Structured JSON logs. Personal identifiers never reach a log line: the redaction list is the backstop
// for any claim or patient object that gets logged by mistake.

export const REDACT_PATHS = [
  'patient.name', 'patient.idNumber', 'patient.insuredId', '*.patient.name', '*.patient.idNumber',
  '*.patient.insuredId', 'insuredId', '*.insuredId', 'idNumber', '*.idNumber',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '***' }, base: { service: 'yibao-review' } }, destination);
}

export type { Logger };
