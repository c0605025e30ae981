import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { KafkaConfig } from '../../config';
import type { Logger } from '../../logger';

// One kafkajs client per process; its own log lines go through pino so they are JSON and redacted like the rest.

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export function createKafka(config: Pick<KafkaConfig, 'brokers' | 'clientId'>, logger: Logger): Kafka {
  const log = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    // kafkajs logs at INFO on every join and leave; WARN keeps the service log readable.
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      log[LEVELS[entry.level] ?? 'info']({ namespace: entry.namespace, ...extra }, message);
    },
  });
}
