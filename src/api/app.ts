import express, { type Express } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReviewContext } from '../features/reviews/review';
import type { Store } from '../features/stores';
import type { RulesetHolder } from '../rules/ruleset-holder';
import { errorHandler } from './errors';
import { healthz, metrics, readyz } from './routes/health';
import { getVerdict, reviewBatch, reviewOne } from './routes/reviews';
import { listRules, reloadRules } from './routes/rules';
import { fsi3101, fsi3103, fsiDispatch, type Answer3101 } from './routes/fsi';
import { handle3101 } from '../ingest/fsi/handle-3101';
import { reloadModel } from './routes/models';
import { exportFile, exportFileQuery, exportManifest, exportManifestQuery } from './routes/exports';
import { validateBody, validateQuery } from './validate';
import helmet from 'helmet';
import { authenticator } from './auth/authenticate';
import { authFailureLimit } from './auth/failure-limit';
import { consoleRouter } from './console-static';
import { listAudit } from './routes/audit';
import { addNote, assignCase, getCaseAudit, getCaseDetail, listCases, recordOutcome, transitionCase } from './routes/cases';
import { caseService } from '../features/cases/case-service';
import * as q from './routes/case-schemas';
import { createKey, listKeys, revokeKey, whoAmI } from './routes/keys';
import { flagTrend, rankings } from './routes/rankings';
import { DEFAULT_REVIEW_BATCH, DEV_AUTH_PEPPER } from '../config';
import { createReviewQueue, type Reviewer } from '../features/reviews/review-queue';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';

export interface AppDeps {
  ctx: ReviewContext & { rules: RulesetHolder; store: Store };
  config: Pick<Config, 'batchMax' | 'bodyLimit'> & Partial<Pick<Config, 'auth' | 'console' | 'reviewBatch'>>;
  logger: Logger;
  isDraining?: () => boolean;
  /** Called as each request arrives (the server counts in-flight work for a clean shutdown). */
  onRequest?: (res: import('express').Response) => void;
  /** Where HTTP reviews and 3101 messages go (the service's review thread); default: this thread. */
  reviewer?: Reviewer;
  answer3101?: Answer3101;
  /** Metrics kept elsewhere (the review thread's), summed into /metrics. */
  moreMetrics?: () => Promise<MetricObjectWithValues<MetricValue<string>>[]>;
}

/** The express app: one line per route, one error handler. */
export function createApp({ ctx, config, logger, isDraining = () => false, onRequest, reviewer: given, answer3101: givenAnswer, moreMetrics }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETags on JSON answers: nothing caches them, and computing one hashes every response body.
  app.set('etag', false);
  if (onRequest) {
    app.use((_req, res, next) => {
      onRequest(res);
      next();
    });
  }
  // Security headers; the CSP lets the console run only its own scripts and styles (no inline script).
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  // Claim intake may send big batches; everything else is a small JSON body.
  app.use(['/api/v1/reviews', '/api/fsi'], express.json({ limit: config.bodyLimit }));
  app.use(express.json({ limit: '64kb' }));
  const pepper = config.auth?.pepper ?? DEV_AUTH_PEPPER;
  if (pepper === DEV_AUTH_PEPPER) logger.warn('AUTH_PEPPER is not set: API keys are hashed with the development pepper; set it in production');
  const { auth, forget } = authenticator(ctx.store, pepper);
  const anyRole = auth();
  const caseReaders = auth('investigator', 'auditor', 'admin');
  const caseWorkers = auth('investigator');
  const cases = caseService(ctx.store);
  // Every HTTP review (single, batch, 3101) goes through one queue: batched, and judged in arrival order.
  const reviewer = given ?? createReviewQueue(ctx, config.reviewBatch ?? DEFAULT_REVIEW_BATCH);
  const answer3101: Answer3101 = givenAnswer ?? ((body) => handle3101(body, ctx, reviewer));

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(ctx, isDraining));
  app.get('/metrics', metrics(moreMetrics));

  const v1 = express.Router();
  v1.use(authFailureLimit(config.auth ?? { failLimit: 20, failWindowMs: 900_000 }));
  v1.post('/reviews', auth('intake', 'admin'), reviewOne(reviewer));
  v1.post('/reviews/batch', auth('intake', 'admin'), reviewBatch(reviewer, config.batchMax));
  v1.get('/verdicts/:claimId', auth('intake', 'auditor', 'admin'), getVerdict(ctx));
  v1.get('/rules', anyRole, listRules(ctx.rules));
  v1.post('/rules/reload', auth('admin'), reloadRules(ctx.rules));
  v1.post('/models/reload', auth('admin'), reloadModel(ctx.model));
  // Investigators' workbench (README "Investigators' workbench").
  v1.get('/me', anyRole, whoAmI());
  v1.get('/cases', caseReaders, validateQuery(q.listCasesQuery), listCases(cases));
  v1.get('/cases/:claimId', caseReaders, validateQuery(q.caseDetailQuery), getCaseDetail(cases));
  v1.get('/cases/:claimId/audit', caseReaders, getCaseAudit(cases));
  v1.post('/cases/:claimId/assign', caseWorkers, validateBody(q.assignBody), assignCase(cases));
  v1.post('/cases/:claimId/transition', caseWorkers, validateBody(q.transitionBody), transitionCase(cases));
  v1.post('/cases/:claimId/notes', caseWorkers, validateBody(q.noteBody), addNote(cases));
  v1.post('/cases/:claimId/outcome', caseWorkers, validateBody(q.outcomeBody), recordOutcome(cases));
  v1.get('/rankings/institutions', caseReaders, validateQuery(q.rankingQuery), rankings(ctx, 'hospital'));
  v1.get('/rankings/doctors', caseReaders, validateQuery(q.rankingQuery), rankings(ctx, 'doctor'));
  v1.get('/trends/flags', caseReaders, validateQuery(q.trendQuery), flagTrend(ctx));
  v1.get('/audit', auth('auditor', 'admin'), validateQuery(q.auditQuery), listAudit(ctx));
  v1.get('/keys', auth('admin'), listKeys(ctx));
  v1.post('/keys', auth('admin'), validateBody(q.createKeyBody), createKey(ctx, pepper));
  v1.delete('/keys/:keyId', auth('admin'), revokeKey(ctx, forget));
  // Monthly audit exports (README).
  v1.get('/exports/:month/manifest', auth('auditor', 'admin'), validateQuery(exportManifestQuery), exportManifest(ctx.store, () => ctx.rules.current().refs.policies));
  v1.get('/exports/:month', auth('auditor', 'admin'), validateQuery(exportFileQuery), exportFile(ctx.store, () => ctx.rules.current().refs.policies));
  app.use('/api/v1', v1);

  // The national 3101/3103 interface, for hospital systems (see README).
  const fsi = express.Router();
  fsi.use(authFailureLimit(config.auth ?? { failLimit: 20, failWindowMs: 900_000 }), auth('intake', 'admin'));
  fsi.post('/3101', fsi3101(answer3101));
  fsi.post('/3103', fsi3103(ctx));
  fsi.post('/', fsiDispatch(ctx, answer3101));
  app.use('/api/fsi', fsi);

  if (config.console ?? true) app.use('/console', consoleRouter());

  app.use((_req, res) => {
    res.status(404).json({ error: 'no such route' });
  });
  app.use(errorHandler(logger));
  return app;
}
