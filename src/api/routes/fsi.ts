import type { RequestHandler } from 'express';
import { envelope, handle3101 } from '../../ingest/fsi/handle-3101';
import { handle3103 } from '../../ingest/fsi/handle-3103';
import type { ReviewContext } from '../../review/review';
import type { Reviewer } from '../../review/review-queue';

// The national interface answers in its own envelope (infcode), with HTTP 200 even for a rejected message,
// as hospital systems expect.

export const fsi3101 = (ctx: ReviewContext, reviewer: Reviewer): RequestHandler => async (req, res) => {
  res.json(await handle3101(req.body, ctx, reviewer));
};

export const fsi3103 = (ctx: ReviewContext): RequestHandler => async (req, res) => {
  res.json(await handle3103(req.body, ctx));
};

/** One endpoint for every message, dispatched on the envelope's infno. */
export const fsiDispatch = (ctx: ReviewContext, reviewer: Reviewer): RequestHandler => async (req, res) => {
  const infno = String((req.body as { infno?: unknown } | undefined)?.infno ?? '');
  if (infno === '3101') res.json(await handle3101(req.body, ctx, reviewer));
  else if (infno === '3103') res.json(await handle3103(req.body, ctx));
  else res.json(envelope(-1, null, { err_msg: `infno: unsupported interface "${infno}" (3101, 3103)` }));
};
