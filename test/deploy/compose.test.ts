import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { parse } from 'yaml';

type Yaml = unknown;

// Docker cannot run in CI here, so the compose file is held to the service's own configuration instead:
// every service the system needs, KRaft not ZooKeeper, healthchecks, ports, and env the service accepts.

const ROOT = join(__dirname, '../..');
// uniqueKeys: a key written twice in the compose file is an error, not a silent override.
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { uniqueKeys: true }) as Record<string, Yaml>;
const services = compose.services as Record<string, Record<string, Yaml>>;
const env = (name: string) => services[name].environment as Record<string, string | number>;
const asStrings = (e: Record<string, string | number>) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, String(v)]));

describe('docker-compose.yml', () => {
  it('has Kafka, its topic initialiser, MongoDB and the service, and no ZooKeeper', () => {
    expect(Object.keys(services).sort()).toEqual(['kafka', 'kafka-init', 'mongo', 'review']);
    expect(JSON.stringify(compose).toLowerCase()).not.toContain('zookeeper');
    expect(String(services.kafka.image)).toMatch(/^apache\/kafka:/);
    expect(env('kafka').KAFKA_PROCESS_ROLES).toBe('broker,controller'); // KRaft combined mode
    expect(env('kafka').KAFKA_CONTROLLER_QUORUM_VOTERS).toMatch(/^1@kafka:9093$/);
    expect(String(env('kafka').KAFKA_NODE_ID)).toBe('1');
  });

  it('gives every long-running service a healthcheck, and starts the service only once its dependencies are ready', () => {
    for (const name of ['kafka', 'mongo', 'review']) {
      const hc = services[name].healthcheck as Record<string, Yaml>;
      expect(Array.isArray(hc.test) && hc.test.length > 1).toBe(true);
      expect(['CMD', 'CMD-SHELL']).toContain((hc.test as string[])[0]);
    }
    expect(services['kafka-init'].depends_on).toEqual({ kafka: { condition: 'service_healthy' } });
    expect(services.review.depends_on).toEqual({
      'kafka-init': { condition: 'service_completed_successfully' },
      mongo: { condition: 'service_healthy' },
    });
  });

  it('sets only variables the service accepts, and they start it with Kafka and MongoDB', () => {
    const e = asStrings(env('review'));
    const config = loadConfig(e); // throws on any value the service would refuse at start
    expect(config.kafka).not.toBeNull();
    expect(config.mongoUrl).not.toBeNull();
    const known = readFileSync(join(ROOT, 'src/config.ts'), 'utf8');
    for (const key of Object.keys(e)) expect(known).toContain(`${key}:`);
  });

  it('points the service at the brokers and the database by their service names and listener ports', () => {
    const config = loadConfig(asStrings(env('review')));
    const listeners = String(env('kafka').KAFKA_ADVERTISED_LISTENERS).split(',');
    for (const broker of config.kafka!.brokers) expect(listeners).toContain(`PLAINTEXT://${broker}`);
    expect(String(env('kafka').KAFKA_LISTENERS)).toContain(`PLAINTEXT://:${config.kafka!.brokers[0].split(':')[1]}`);
    const mongo = new URL(config.mongoUrl!);
    expect(mongo.hostname).toBe('mongo');
    expect(services.mongo.command).toEqual(expect.arrayContaining(['--replSet', mongo.searchParams.get('replicaSet')]));
    expect(String((services.mongo.healthcheck as Record<string, string[]>).test.join(' '))).toContain(`_id: '${mongo.searchParams.get('replicaSet')}'`);
  });

  it('creates, at start, exactly the topics the service reads and writes', () => {
    const config = loadConfig(asStrings(env('review')));
    const script = (services['kafka-init'].command as string[]).join(' ');
    const topics = Object.fromEntries([...script.matchAll(/([\w.-]+):(\d+)/g)].filter(([, t]) => !/^\d|kafka$/.test(t)).map(([, t, p]) => [t, Number(p)]));
    expect(Object.keys(topics).sort()).toEqual([config.kafka!.claimsTopic, config.kafka!.dlqTopic, config.kafka!.verdictsTopic].sort());
    expect(topics[config.kafka!.verdictsTopic]).toBe(topics[config.kafka!.claimsTopic]); // keys land on matching partitions
    expect(topics[config.kafka!.claimsTopic]).toBeGreaterThanOrEqual(config.kafka!.concurrency);
    expect(script).toContain('--if-not-exists'); // a restart of the stack is harmless
    expect(String(env('kafka').KAFKA_AUTO_CREATE_TOPICS_ENABLE)).toBe('false');
  });

  it('publishes the HTTP port the service listens on, and builds the service from the Dockerfile with tfjs-node', () => {
    const port = loadConfig(asStrings(env('review'))).port;
    expect(services.review.ports).toEqual([`${port}:${port}`]);
    expect(String((services.review.healthcheck as Record<string, string[]>).test.join(' '))).toContain(`:${port}/readyz`);
    expect(services.review.build).toBe('.');
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm rebuild @tensorflow\/tfjs-node(?! \|\| true)/);
    expect(dockerfile).toContain("require('@tensorflow/tfjs-node')");
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/main.js"\]/);
  });

  it('copies into the build stage every folder the built sources import', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    const benchFiles = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.ts'));
    const imported = new Set(benchFiles.flatMap((f) => [...readFileSync(join(ROOT, 'bench', f), 'utf8').matchAll(/from '\.\.\/([\w-]+\/[\w-]+)\//g)].map((m) => m[1])));
    for (const dir of [...imported].filter((d) => !d.startsWith('src/'))) expect(dockerfile).toContain(`COPY ${dir} ./${dir}`);
  });

  it('documents a sample-producing command that exists in the built image', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /docker compose exec review node (dist\/src\/\S+\.js)/.exec(readme);
    expect(m).not.toBeNull();
    expect(existsSync(join(ROOT, m![1].replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    expect(readme).toContain('docker compose up');
  });
});
