import { Gauge, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { registry } from '../../metrics';
import { followedBy } from '../../review/judge-control';
import { startReviewThread, type ReviewThread } from './review-thread';

/**
 * Bodies above this many bytes are reviewed in the big lane: a claim of ~7,000 lines or more (a line is
 * ~150 bytes of JSON), or a batch of ~200 claims. Below it a body is reviewed in milliseconds; a 60,000-line
 * claim (~9 MB) takes seconds, and on the same thread every request behind it would wait that long.
 */
export const BIG_BODY_BYTES = 1024 * 1024;

/**
 * The big lane's CPU priority (nice): a 60,000-line claim keeps a core busy for seconds (parse, judge,
 * serialise), and where cores are fewer than busy threads (two cores: HTTP, small lane, big lane, GC) the
 * small requests' threads come first. Its store writes are short transactions (stored-parts.ts), so a
 * lane paused while holding the write lock holds it only for one.
 */
const BIG_LANE_NICE = 10;

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

// Kept on the HTTP thread, so it answers while a lane is busy: how many bodies each lane holds now.
const inLane = new Gauge({ name: 'review_lane_bodies', help: 'Request bodies handed to a review lane and not yet answered', labelNames: ['lane'], registers: [registry] });

/**
 * Two review threads (lanes) behind one ReviewThread face (issue 18.8): bodies up to BIG_BODY_BYTES go to the
 * first, bigger ones to the second, so a big claim under review holds up only other big bodies. The size is
 * known before anything is parsed. Each lane keeps its own queue and order; a member's small claim sent while
 * its big one is in review may be judged first, without the big one in its history (the cross-claim rules
 * then see the pair from the big one's side). Both lanes load the same rules and model: the first answers
 * for versions and rule lists, the second follows each reload the first accepted. Their store writes queue
 * on the same lock: a big claim's long texts go in parts, one short transaction each (store/sqlite/stored-parts.ts),
 * so the small lane's commits go between them rather than after ~1 s of one commit for 60,000 lines; the big
 * lane hands the parts to a writer thread at normal priority (part-writer.ts), so no part is written, the lock
 * held, by the thread the scheduler serves last. `bigLaneGate` (tests): the big lane holds each body there.
 */
export async function startReviewLanes(config: Config, logger: Logger, writeLock: SharedArrayBuffer, opts: { bigLaneGate?: SharedArrayBuffer } = {}): Promise<ReviewThread> {
  const [small, big] = await Promise.all([
    startReviewThread(config, logger, writeLock, 'review'),
    startReviewThread(config, logger, writeLock, 'review-big', { nice: BIG_LANE_NICE, ...(opts.bigLaneGate && { gate: opts.bigLaneGate }) }),
  ]);
  // The big lane answers only between big bodies: /metrics and /readyz take its counts from its last answer
  // rather than wait seconds for the next.
  let bigMetrics: MetricsJson = [];
  let asking = false;
  const askBig = () => {
    if (asking) return;
    asking = true;
    big.metrics().then((m) => (bigMetrics = m), () => {}).finally(() => (asking = false));
  };
  askBig();
  return {
    reviewer: small.reviewer,
    answer(route, bytes) {
      const lane = bytes && bytes.byteLength > BIG_BODY_BYTES ? 'big' : 'small';
      inLane.inc({ lane });
      return (lane === 'big' ? big : small).answer(route, bytes).finally(() => inLane.dec({ lane }));
    },
    judges: followedBy(small.judges, big.judges, logger),
    async metrics() {
      const own = await small.metrics();
      askBig();
      return [...own, ...bigMetrics];
    },
    async close() {
      await Promise.all([small.close(), big.close()]);
    },
  };
}
