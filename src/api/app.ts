import express, { type Express } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReviewContext } from '../review/review';
import type { RulesetHolder } from '../rules/ruleset-holder';
import { errorHandler } from './errors';
import { healthz, metrics, readyz } from './routes/health';
import { getCase, getVerdict, reviewBatch, reviewOne } from './routes/reviews';
import { listRules, reloadRules } from './routes/rules';
import { fsi3101, fsi3103, fsiDispatch } from './routes/fsi';
import { reloadModel } from './routes/models';

export interface AppDeps {
  ctx: ReviewContext & { rules: RulesetHolder };
  config: Pick<Config, 'batchMax' | 'bodyLimit'>;
  logger: Logger;
  isDraining?: () => boolean;
  /** Called as each request arrives (the server counts in-flight work for a clean shutdown). */
  onRequest?: (res: import('express').Response) => void;
}

/** The express app: one line per route, one error handler. */
export function createApp({ ctx, config, logger, isDraining = () => false, onRequest }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  if (onRequest) {
    app.use((_req, res, next) => {
      onRequest(res);
      next();
    });
  }
  app.use(express.json({ limit: config.bodyLimit }));

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(ctx, isDraining));
  app.get('/metrics', metrics);

  const v1 = express.Router();
  v1.post('/reviews', reviewOne(ctx));
  v1.post('/reviews/batch', reviewBatch(ctx, config.batchMax));
  v1.get('/verdicts/:claimId', getVerdict(ctx));
  v1.get('/cases/:claimId', getCase(ctx));
  v1.get('/rules', listRules(ctx.rules));
  v1.post('/rules/reload', reloadRules(ctx.rules));
  v1.post('/models/reload', reloadModel(ctx.model));
  app.use('/api/v1', v1);

  // The national 3101/3103 interface, for hospital systems (see README).
  const fsi = express.Router();
  fsi.post('/3101', fsi3101(ctx));
  fsi.post('/3103', fsi3103(ctx));
  fsi.post('/', fsiDispatch(ctx));
  app.use('/api/fsi', fsi);

  app.use((_req, res) => {
    res.status(404).json({ error: 'no such route' });
  });
  app.use(errorHandler(logger));
  return app;
}
