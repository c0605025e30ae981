import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../context';
import { handle3101 } from '../ingest/fsi/handle-3101';
import { createLogger } from '../logger';
import { registry } from '../metrics';
import { createReviewQueue } from '../features/reviews/review-queue';
import type { Call, FromThread, ReviewThreadInit, ToThread } from './review-thread-messages';

// The service's review thread: its own rules, model and store connection, and the micro-batching queue every
// HTTP review goes through; 3101 messages are handled here whole. Messages are handled in the order they were
// sent, so a review sent after a reload is judged by the reloaded set.

const init = workerData as ReviewThreadInit;
const logger = createLogger(init.config.logLevel).child({ thread: 'review' });
const ctx = createContext(init.config, logger, { checkpoints: 'external', writeLock: init.writeLock });
const reviewer = createReviewQueue(ctx, init.config.reviewBatch);
let inFlight = 0;
let closing = false;
const port = parentPort!;
const send = (msg: FromThread) => port.postMessage(msg);

async function close(): Promise<void> {
  closing = true;
  if (inFlight > 0) return; // the last review to finish closes
  await ctx.store.close();
  send({ type: 'closed' });
  port.close();
}

function perform(call: Call): Promise<unknown> {
  switch (call.op) {
    case 'review':
      return reviewer(call.inputs, call.source);
    case 'fsi3101':
      return handle3101(call.body, ctx, reviewer);
    case 'metrics':
      return registry.getMetricsAsJSON();
  }
}

port.on('message', (msg: ToThread) => {
  switch (msg.type) {
    case 'call':
      inFlight += 1;
      perform(msg)
        .then(
          (value) => send({ type: 'answer', id: msg.id, value }),
          (err: unknown) => {
            const code = (err as { code?: unknown } | null)?.code;
            send({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err), ...(typeof code === 'string' ? { code } : {}) });
          },
        )
        .finally(() => {
          inFlight -= 1;
          if (closing && inFlight === 0) void close();
        });
      return;
    case 'reload-rules':
      try {
        ctx.rules.reload();
      } catch (err) {
        send({ type: 'reload-failed', what: 'rules', message: (err as Error).message });
      }
      return;
    case 'reload-model':
      try {
        ctx.model.reload(msg.name);
      } catch (err) {
        send({ type: 'reload-failed', what: 'model', message: (err as Error).message });
      }
      return;
    case 'close':
      void close();
  }
});

send({ type: 'ready', rulesetVersion: ctx.rules.current().version, modelVersion: ctx.model.current().version });
