import { join, resolve } from 'node:path';
import { loadEnrichRefs } from '../src/enrich/load-refs';
import { generateClaims } from '../src/generate';
import { createAnomalyModel } from '../src/model/anomaly-model';
import { readModelFiles } from '../src/model/artifacts';
import { initBackend, switchBackend, type BackendName } from '../src/model/backend';
import { resolveModelDir } from '../src/model/model-holder';
import { parseClaims } from '../src/model/read-claims';

// Anomaly-model speed: claims/s scoring in pipeline-sized batches, and one claim's latency, on the
// backend the service would pick and on plain cpu. Enrichment is not timed (the pipeline does it anyway).

export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
}

const BATCH = 500;

export async function benchModel(opts: { claims?: number; singles?: number } = {}): Promise<BenchResult> {
  const root = resolve(__dirname, '..', '..'); // dist/bench → repo
  const dir = resolveModelDir(join(root, 'models'));
  if (!dir) return { name: 'anomaly model', figures: { note: 'no model in models/' } };
  const refs = loadEnrichRefs(join(root, 'rules')).refs;
  let text = '';
  for (const c of generateClaims({ count: opts.claims ?? 5000, seed: 'bench-model', fraudRate: 0.1, rulesDir: join(root, 'rules') })) text += `${JSON.stringify(c)}\n`;
  const claims = parseClaims(text, refs).claims;
  const files = readModelFiles(dir);
  const figures: Record<string, number | string> = { model: files.meta.version, claims: claims.length, batch: BATCH };
  const service = await initBackend();
  const backends: BackendName[] = service === 'cpu' ? ['cpu'] : [service, 'cpu'];
  for (const b of backends) {
    await switchBackend(b);
    const model = createAnomalyModel(files);
    await model.scoreBatch(claims.slice(0, BATCH)); // warm up: build the network, compile kernels
    let t = process.hrtime.bigint();
    for (let i = 0; i < claims.length; i += BATCH) await model.scoreBatch(claims.slice(i, i + BATCH));
    const batchSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const singles = Math.min(opts.singles ?? 500, claims.length);
    const lat: number[] = [];
    for (let i = 0; i < singles; i++) {
      t = process.hrtime.bigint();
      await model.scoreBatch([claims[i]]);
      lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    lat.sort((a, b) => a - b);
    figures[`${b}.batchClaimsPerSec`] = Math.round(claims.length / batchSeconds);
    figures[`${b}.singleP50Ms`] = Number(lat[Math.floor(lat.length * 0.5)].toFixed(3));
    figures[`${b}.singleP99Ms`] = Number(lat[Math.floor(lat.length * 0.99)].toFixed(3));
  }
  await switchBackend(service);
  figures.serviceBackend = service;
  return { name: 'anomaly model', figures };
}

if (require.main === module) {
  benchModel().then(
    (r) => {
      process.stdout.write(`${r.name}\n`);
      for (const [k, v] of Object.entries(r.figures)) process.stdout.write(`  ${k.padEnd(24)} ${v}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
