import type { FsiStore } from '../../features/fsi/fsi-store';
import type { RequestHandler } from 'express';
import { envelope } from '../../ingest/fsi/handle-3101';
import { handle3103 } from '../../ingest/fsi/handle-3103';

// The national interface answers in its own envelope (infcode), with HTTP 200 even for a rejected message,
// as hospital systems expect.

/** Answers a 3101 message: handle3101 here, or on the service's review thread. */
export type Answer3101 = (body: unknown) => Promise<unknown>;

export const fsi3101 = (answer3101: Answer3101): RequestHandler => async (req, res) => {
  res.json(await answer3101(req.body));
};

export const fsi3103 = (ctx: { store: FsiStore }): RequestHandler => async (req, res) => {
  res.json(await handle3103(req.body, ctx));
};

/** One endpoint for every message, dispatched on the envelope's infno. */
export const fsiDispatch = (ctx: { store: FsiStore }, answer3101: Answer3101): RequestHandler => async (req, res) => {
  const infno = String((req.body as { infno?: unknown } | undefined)?.infno ?? '');
  if (infno === '3101') res.json(await answer3101(req.body));
  else if (infno === '3103') res.json(await handle3103(req.body, ctx));
  else res.json(envelope(-1, null, { err_msg: `infno: unsupported interface "${infno}" (3101, 3103)` }));
};
