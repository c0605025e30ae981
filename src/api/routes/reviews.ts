import type { Request, RequestHandler } from 'express';
import type { ReviewContext } from '../../features/reviews/review';
import { notFound } from '../../contract/outcome';
import type { BodyAnswerer, BodyRoute } from '../review-thread/body-answers';

// The review routes hand the body's bytes to whoever reviews (the review thread) and send back the JSON text
// it answers: no parse, clone or stringify of a claim here (review-thread/body-answers.ts).

/** The raw body (express.raw on the review routes), or null when the request had none. */
export const bodyBytes = (req: Request): Uint8Array | null => (Buffer.isBuffer(req.body) ? req.body : null);

export function reviewBody(answer: BodyAnswerer, route: BodyRoute): RequestHandler {
  return async (req, res) => {
    const { status, json } = await answer(route, bodyBytes(req));
    // A long answer comes as bytes (review-thread-messages.ts): sent as they are, not encoded here.
    res.status(status).set('content-type', 'application/json; charset=utf-8').send(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength));
  };
}

export function getVerdict(ctx: Pick<ReviewContext, 'store'>): RequestHandler {
  return async (req, res) => {
    const record = await ctx.store.getVerdict(String(req.params.claimId));
    if (!record) throw notFound(`verdict for claim ${req.params.claimId}`);
    res.json(record);
  };
}
