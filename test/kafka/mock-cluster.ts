import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';

// A real Kafka-protocol cluster for the tests: librdkafka's mock cluster (Debian librdkafka-dev), driven by
// the small C launcher beside this file, compiled once per source version into the temp dir. With
// KAFKA_BROKERS set the tests use that cluster instead and create their topics through the admin API.

// From test/kafka (jest) or dist/test/kafka (the built benchmark): the C source stays in the repo.
const SOURCE = [join(__dirname, 'mock-cluster.c'), join(__dirname, '../../../test/kafka/mock-cluster.c')].find((p) => existsSync(p)) ?? join(__dirname, 'mock-cluster.c');
const HEADER = '/usr/include/librdkafka/rdkafka_mock.h';

export interface TestCluster {
  brokers: string[];
  /** The launcher's process id (the benchmark reads its CPU); none for an external cluster. */
  pid?: number;
  /**
   * The next `count` requests of API `apiKey` (Kafka protocol: 12 Heartbeat) answer `code` (rd_kafka_mock_push_request_errors):
   * a broker's error on demand. None for an external cluster.
   */
  pushErrors?(apiKey: number, code: number, count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Why the Kafka tests cannot run here, or null when they can. In CI a missing prerequisite is a failure. */
export function kafkaUnavailable(): string | null {
  if (process.env.KAFKA_BROKERS) return null;
  const missing: string[] = [];
  if (spawnSync('gcc', ['--version']).status !== 0) missing.push('gcc');
  if (!existsSync(HEADER)) missing.push(`librdkafka-dev (${HEADER})`);
  if (!missing.length) return null;
  const reason = `skipped: Kafka tests need ${missing.join(' and ')} (apt-get install librdkafka-dev gcc) or KAFKA_BROKERS`;
  if (process.env.CI === 'true') throw new Error(reason.replace('skipped', 'CI=true and missing prerequisites'));
  return reason;
}

/** Compiles the launcher (cached by source hash) and returns the binary's path. */
export function buildLauncher(): string {
  const source = readFileSync(SOURCE);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `yibao-mock-cluster-${hash}`);
  const bin = join(dir, 'mock-cluster');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  const tmp = `${bin}.${process.pid}`;
  const cc = spawnSync('gcc', ['-O1', '-Wall', '-o', tmp, SOURCE, '-lrdkafka'], { encoding: 'utf8' });
  if (cc.status !== 0) throw new Error(`compiling the mock cluster failed:\n${cc.stderr}`);
  renameSync(tmp, bin); // atomic: parallel jest workers never run a half-written binary
  return bin;
}

/**
 * Starts a cluster with these topics (name → partitions). The launcher lives until stop() or until this
 * process dies (its stdin closes), so a crashed test run leaves no broker behind.
 */
export async function startCluster(topics: Record<string, number>, brokers = 3): Promise<TestCluster> {
  if (process.env.KAFKA_BROKERS) return externalCluster(process.env.KAFKA_BROKERS.split(','), topics);
  const args = [String(brokers), ...Object.entries(topics).map(([t, p]) => `${t}:${p}`)];
  const child: ChildProcess = spawn(buildLauncher(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const lines = createInterface({ input: child.stdout! });
  const bootstrap = await new Promise<string>((resolve, reject) => {
    lines.once('line', (l) => resolve(l.trim()));
    child.once('exit', (code) => reject(new Error(`mock cluster exited (${code}): ${stderr}`)));
  });
  return {
    brokers: bootstrap.split(','),
    pid: child.pid,
    pushErrors: (apiKey, code, count) =>
      new Promise<void>((resolve) => {
        lines.once('line', () => resolve());
        child.stdin!.write(`errors ${apiKey} ${code} ${count}\n`);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function externalCluster(brokers: string[], topics: Record<string, number>): Promise<TestCluster> {
  const admin = new Kafka({ clientId: 'test-admin', brokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: Object.entries(topics).map(([topic, numPartitions]) => ({ topic, numPartitions })),
  });
  await admin.disconnect();
  return { brokers, stop: async () => {} };
}
