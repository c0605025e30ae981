import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Partitioners } from 'kafkajs';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { createKafka } from '../ingest/kafka/client';

// Demo and replay tool: `node dist/src/tools/produce-file.js <claims.ndjson>` sends each line to the
// claims topic, keyed by patient.insuredId as an upstream system would. Brokers and topic from the env.

async function main(file: string): Promise<void> {
  const config = loadConfig();
  if (!config.kafka) throw new Error('KAFKA_BROKERS is not set');
  const producer = createKafka(config.kafka, createLogger('warn')).producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  let batch: { key: string | null; value: string }[] = [];
  let sent = 0;
  const flush = async () => {
    if (!batch.length) return;
    await producer.send({ topic: config.kafka!.claimsTopic, acks: -1, messages: batch });
    sent += batch.length;
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    batch.push({ key: keyOf(line), value: line });
    if (batch.length >= 500) await flush();
  }
  await flush();
  await producer.disconnect();
  process.stdout.write(`produced ${sent} claims to ${config.kafka.claimsTopic}\n`);
}

function keyOf(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { patient?: { insuredId?: unknown } }).patient?.insuredId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null; // not JSON: sent as is, the consumer dead-letters it
  }
}

if (require.main === module) {
  main(process.argv[2] ?? 'samples/claims.sample.ndjson').catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
