import { benchHttp, BIG_CLAIM_SMALL_RATE } from './http';
import { whileBigClaim } from './big-claim';
import type { BenchResult } from './result';

// `BENCH=bigclaim`: only the HTTP bench's figure of small claims' latency while 60,000-line claims are in
// review (bench/big-claim.ts), against a service of its own: no paced runs, saturation search or autocannon
// before it, so it can be measured before and after a change within the same minute.

export function benchBesideBig(): Promise<BenchResult> {
  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 30) || 30;
  return benchHttp({
    paced: [],
    saturation: false,
    cannonRate: null,
    name: `HTTP POST /api/v1/reviews: small claims at ${BIG_CLAIM_SMALL_RATE}/s while 60,000-line claims are reviewed (service in its own process)`,
    more: (service) => whileBigClaim(service, service.bodies, BIG_CLAIM_SMALL_RATE, seconds),
  });
}
