import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { bigClaim } from '../test/helpers/big-claim';
import type { RunningBench } from './http';
import { round } from './result';

// Issue 18.8: small requests' latency while a 60,000-line claim is in review. Small claims go evenly paced for
// the whole run; a 60,000-line claim (~9 MB) is posted at the start and again each time the last one is
// answered, so one is in review for most of the run. Reported: the small requests' percentiles (target:
// p99 < 50 ms), and how long each big claim took.

const BIG_LINES = 60_000;
const SMALL_TARGET_P99_MS = 50;

function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/v1/reviews`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function whileBigClaim(bench: RunningBench, smallBodies: (n: number) => string[], rate: number, seconds: number): Promise<Record<string, string | number>> {
  let running = true;
  const bigMs: number[] = [];
  const statuses: number[] = [];
  // Made once, each claim its own ids by replacing a marker: building and stringifying 60,000 lines each time
  // took this process (the service's neighbour on the same cores) ~0.3 s of CPU per big claim.
  const template = JSON.stringify(bigClaim(BIG_LINES, 'BENCH-BIG-#K#', 'INS-BENCH-BIG-#K#'));
  const bigs = (async () => {
    for (let k = 0; running; k++) {
      const body = template.replaceAll('#K#', String(k));
      const t = performance.now();
      statuses.push(await post(bench.url, bench.headers, body));
      bigMs.push(performance.now() - t);
    }
  })();
  const small = await bench.paced(smallBodies(rate * seconds), rate, seconds, 'beside-big');
  running = false;
  await bigs;
  const label = `small claims at ${rate}/s for ${seconds} s while ${BIG_LINES.toLocaleString('en')}-line claims are reviewed one after another`;
  return {
    [`${label}: p50 / p90 / p99 / max latency ms`]: `${small.p50} / ${small.p90} / ${small.p99} / ${small.max}`,
    [`${label}: p99 vs ${SMALL_TARGET_P99_MS} ms target`]: `${round(small.p99 / SMALL_TARGET_P99_MS, 2)}×`,
    [`${label}: answered 2xx / errors / non-2xx`]: `${small.ok} / ${small.errors} / ${small.non2xx}`,
    [`${label}: big claims answered (status), ms each`]: `${bigMs.length} (${[...new Set(statuses)].join(', ')}), ${bigMs.map((m) => Math.round(m)).join(' / ')}`,
  };
}
