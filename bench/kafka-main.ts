import { measureKafka } from './kafka-measure';

// The Kafka bench's process (kafka.ts starts it with the service's V8 flags on its command line): measures, then
// prints the result as one JSON line on stdout.

measureKafka().then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
