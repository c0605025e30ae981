import { readFileSync } from 'node:fs';
import { produce, testKafka } from '../test/kafka/kit';

// The Kafka bench's load generator, in a process of its own as the HTTP bench's is: an upstream system
// producing the claims file's lines to the claims topic, keyed by insuredId. In the bench's own process its
// encoding of the whole burst (tens of MB, kafkajs's CRC in JavaScript) held the event loop the consumer
// dispatches and produces from. usage: kafka-producer <brokers,…> <topic> <claims.ndjson> <messages per request>;
// prints `ready` once the messages are built, produces on the first line read from stdin, prints the
// milliseconds it took and the CPU milliseconds this process spent on it.

async function main(): Promise<void> {
  const [brokers, topic, file, perSend] = process.argv.slice(2);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const messages = lines.map((value) => ({ key: (JSON.parse(value) as { patient: { insuredId: string } }).patient.insuredId, value }));
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  await produce(testKafka(brokers.split(',')), topic, messages, Number(perSend));
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${Date.now() - t0} ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
  process.stdin.destroy();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
