import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../../context';
import { createLogger } from '../../logger';
import { registry } from '../../metrics';
import { localJudges } from '../../review/judge-control';
import { createReviewQueue } from '../../features/reviews/review-queue';
import { RuleLoadError } from '../../rules/errors';
import { OutcomeError } from '../../contract/outcome';
import { BadJson, bodyAnswerer } from './body-answers';
import { lowerThisThread } from './thread-priority';
import { waitAtGate } from './lane-gate';
import { startPartWriter } from './part-writer';
import { answerMessage, type Call, type Failure, type FromThread, type ReviewThreadInit, type ToThread } from './review-thread-messages';

// The service's review thread: the rules, model and store connection that judge HTTP claims, and the
// micro-batching queue every HTTP review goes through; the review routes' bodies (single, batch, 3101/3103)
// are parsed, checked, reviewed and answered here whole (body-answers.ts). Messages are
// handled in the order they were sent, and a reload runs as its message is handled, so a review sent after a
// reload is judged by the reloaded set.

const init = workerData as ReviewThreadInit;
// A lane at lowered priority hands its long texts' parts to a writer at the process's priority, started
// before the lowering (a new thread inherits it): no part is written, lock held, by a thread served last.
const partWriter = init.nice !== undefined && !init.config.mongoUrl ? startPartWriter({ path: init.config.storePath, writeLock: init.writeLock, maxPages: init.config.storeMaxPages }) : null;
if (init.nice !== undefined) lowerThisThread(init.nice);
const logger = createLogger(init.config.logLevel).child({ thread: init.lane });
const ctx = createContext(init.config, logger, { checkpoints: 'external', writeLock: init.writeLock, ...(partWriter && { writeParts: partWriter.write }) });
const reviewer = createReviewQueue(ctx, init.config.reviewBatch);
const judges = localJudges(ctx);
const answer = bodyAnswerer(ctx, reviewer, init.config.batchMax);
let inFlight = 0;
let closing = false;
const port = parentPort!;
const send = (msg: FromThread) => port.postMessage(msg);

async function close(): Promise<void> {
  closing = true;
  if (inFlight > 0) return; // the last review to finish closes
  await ctx.store.close();
  await partWriter?.close();
  send({ type: 'closed' });
  port.close();
}

function perform(call: Call): Promise<unknown> {
  switch (call.op) {
    case 'review':
      return reviewer(call.inputs, call.source);
    case 'body':
      if (init.gate) waitAtGate(init.gate);
      return answer(call.route, call.bytes);
    case 'metrics':
      return registry.getMetricsAsJSON();
    case 'versions':
      return judges.versions();
    case 'rules':
      return judges.rules();
    case 'reload-rules':
      return judges.reloadRules();
    case 'reload-model':
      return judges.reloadModel!(call.name);
  }
}

function failure(err: unknown): Failure {
  if (err instanceof RuleLoadError) return { message: err.message, ruleLoad: { file: err.file, ruleId: err.ruleId, detail: err.detail } };
  if (err instanceof OutcomeError) return { message: err.message, outcome: err.outcome };
  if (err instanceof BadJson) return { message: err.message, badJson: true };
  const code = (err as { code?: unknown } | null)?.code;
  return { message: err instanceof Error ? err.message : String(err), ...(typeof code === 'string' ? { code } : {}) };
}

port.on('message', (msg: ToThread) => {
  switch (msg.type) {
    case 'call':
      inFlight += 1;
      perform(msg)
        .then(
          (value) => {
            const { msg: answer, transfer } = answerMessage(msg.id, value);
            port.postMessage(answer, transfer);
          },
          (err: unknown) => send({ type: 'failed', id: msg.id, ...failure(err) }),
        )
        .finally(() => {
          inFlight -= 1;
          if (closing && inFlight === 0) void close();
        });
      return;
    case 'close':
      void close();
  }
});

send({ type: 'ready', rulesetVersion: ctx.rules.current().version, modelVersion: ctx.model.current().version });
