import express, { type Express } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReviewContext } from '../features/reviews/review';
import type { Store } from '../features/stores';
import { describeRules } from '../features/exports/rule-descriptions';
import { errorHandler } from './errors';
import { healthz, metrics, readyz } from './routes/health';
import { getVerdict, reviewBody } from './routes/reviews';
import { listRules, reloadRules } from './routes/rules';
import { doctorImportBody, importDoctorRegister } from './routes/doctors';
import { fsiErrors, fsiRequireJson } from './routes/fsi';
import { refuseCharset, requireJson } from './content-type';
import { bodyAnswerer, type BodyAnswerer } from './review-thread/body-answers';
import { modelReloadBody, reloadModel } from './routes/models';
import { exportFile, exportFileQuery, exportManifest, exportManifestQuery, type ExportRefs } from './routes/exports';
import { refuseDeepBody, validateBody, validateQuery } from './validate';
import helmet from 'helmet';
import { authenticator } from './auth/authenticate';
import { authFailureLimit } from './auth/failure-limit';
import { consoleRouter } from './console-static';
import { listAudit } from './routes/audit';
import { addNote, approveRecovery, assignCase, assignCases, getCaseAudit, getCaseDetail, getCaseMember, listCases, recordOutcome, transitionCase } from './routes/cases';
import { insuredKeyer } from '../features/cases/insured-key';
import { caseService } from '../features/cases/case-service';
import * as q from './routes/case-schemas';
import { createKey, listKeys, revokeKey, whoAmI } from './routes/keys';
import { flagTrend, rankings } from './routes/rankings';
import { listPatterns, patternQuery } from './routes/patterns';
import { providerClaims, providerClaimsQuery } from './routes/provider-claims';
import * as insp from './routes/inspections';
import { inspectionService } from '../features/inspections/inspection-service';
import type { ProviderFindingSource } from '../features/inspections/inspection';
import { patternFindingSource } from '../features/provider-findings';
import { DEFAULT_REVIEW_BATCH, DEV_AUTH_PEPPER } from '../config';
import { createReviewQueue, type Reviewer } from '../features/reviews/review-queue';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import { localJudges, type JudgeControl, type LocalJudges } from '../review/judge-control';

interface CommonDeps {
  config: Pick<Config, 'batchMax' | 'bodyLimit'> & Partial<Pick<Config, 'auth' | 'console' | 'reviewBatch' | 'caseDueDays' | 'rulesDir'>>;
  logger: Logger;
  isDraining?: () => boolean;
  /** Where HTTP reviews go; default: a queue on this thread. */
  reviewer?: Reviewer;
  /** Metrics kept elsewhere (the review thread's), summed into /metrics. */
  moreMetrics?: () => Promise<MetricObjectWithValues<MetricValue<string>>[]>;
  /** With the Kafka door configured: whether its consumer is in its group (/readyz shows it; readiness does not hang on it). */
  kafkaInGroup?: () => boolean;
  /** Provider-level findings for inspection lists; default: the latest pattern run's (features/provider-findings.ts). */
  providerFindings?: ProviderFindingSource;
  /** Chinese names of diagnosis codes for the case page; default: the loaded grouping tables' (judged here) or none. */
  diagnosisName?: (code: string) => string | undefined;
}

/** Claims judged on this thread, with the context's rules and model. */
interface JudgedHere extends CommonDeps {
  ctx: ReviewContext & LocalJudges & { store: Store };
  answer?: undefined;
  judges?: undefined;
}

/** Claims judged elsewhere (the service's review thread): this thread holds only the store. */
interface JudgedElsewhere extends CommonDeps {
  ctx: { store: Store };
  /** The review routes' bodies, answered where they are reviewed (the review thread). */
  answer: BodyAnswerer;
  judges: JudgeControl;
  /** What the exports read beside the store (policy table, rule metadata): the files on disk, as the CLI reads them. */
  exportRefs: () => ExportRefs;
}

export type AppDeps = JudgedHere | JudgedElsewhere;

/** Every HTTP review (single, batch, 3101) goes through one queue: batched, and judged in arrival order. */
function judging(deps: AppDeps): Pick<JudgedElsewhere, 'answer' | 'judges' | 'exportRefs'> {
  if (deps.judges !== undefined) return deps;
  const { ctx, config } = deps;
  const reviewer = deps.reviewer ?? createReviewQueue(ctx, config.reviewBatch ?? DEFAULT_REVIEW_BATCH);
  return { answer: bodyAnswerer(ctx, reviewer, config.batchMax), judges: localJudges(ctx), exportRefs: () => {
    const rs = ctx.rules.current();
    return { policies: rs.refs.policies, rules: describeRules(rs.rules.map((r) => r.def)) };
  } };
}

/** The express app: one line per route, one error handler. */
export function createApp(deps: AppDeps): Express {
  const { ctx, config, logger, isDraining = () => false, moreMetrics, kafkaInGroup } = deps;
  const app = express();
  app.disable('x-powered-by');
  // No ETags on JSON answers: nothing caches them, and computing one hashes every response body.
  app.set('etag', false);
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
  // A body that is not JSON is a 415 naming its type (in the national envelope on /api/fsi).
  app.use('/api/v1', requireJson);
  app.use('/api/fsi', fsiRequireJson);
  // The review routes' bodies stay bytes: the review thread parses and checks them (routes/reviews.ts).
  app.use(['/api/v1/reviews', '/api/fsi'], express.raw({ type: () => true, limit: config.bodyLimit }), refuseCharset);
  const pepper = config.auth?.pepper ?? DEV_AUTH_PEPPER;
  if (pepper === DEV_AUTH_PEPPER) logger.warn('AUTH_PEPPER is not set: API keys are hashed with the development pepper; set it in production');
  const { auth, forget } = authenticator(ctx.store, pepper);
  const { answer, judges, exportRefs } = judging(deps);
  // The review routes come before the JSON parser and every other route: their bodies are bytes already, and
  // each layer a request passes costs a path match (with a canned answer, ~5% of the HTTP thread's CPU per
  // request). They count failed authentications with the rest of /api/v1 (one limiter).
  const v1Failures = authFailureLimit(config.auth ?? { failLimit: 20, failWindowMs: 900_000 });
  app.post('/api/v1/reviews', v1Failures, auth('intake', 'admin'), reviewBody(answer, 'review'));
  app.post('/api/v1/reviews/batch', v1Failures, auth('intake', 'admin'), reviewBody(answer, 'batch'));
  // The national 3101/3103 interface, for hospital systems (see README).
  const fsi = express.Router();
  fsi.use(authFailureLimit(config.auth ?? { failLimit: 20, failWindowMs: 900_000 }), auth('intake', 'admin'));
  fsi.post('/3101', reviewBody(answer, '3101'));
  fsi.post('/3103', reviewBody(answer, '3103'));
  fsi.post('/', reviewBody(answer, 'fsi'));
  fsi.use(fsiErrors);
  app.use('/api/fsi', fsiErrors, fsi);

  // The 医保医师 register may run to megabytes of CSV: its own body limit, before the small-JSON parser (where the rules are on disk).
  if (config.rulesDir) {
    const registerBody = [express.json({ limit: config.bodyLimit }), refuseDeepBody(), validateBody(doctorImportBody)];
    app.post('/api/v1/doctors/import', v1Failures, auth('admin'), ...registerBody, importDoctorRegister(config.rulesDir, judges, ctx.store));
  }
  app.use(express.json({ limit: '64kb' }));
  app.use(refuseDeepBody());
  const anyRole = auth();
  const caseReaders = auth('investigator', 'supervisor', 'auditor', 'admin');
  // Which of them may take which step (assignee, supervisor) is the case service's rule (features/cases/who-works.ts).
  const caseWorkers = auth('investigator', 'supervisor', 'admin');
  const diagnosisName = deps.diagnosisName ?? (deps.judges === undefined ? (code: string) => deps.ctx.rules.current().refs.grouper?.diagnosisName(code) : undefined);
  const cases = caseService(ctx.store, { dueDays: config.caseDueDays, insuredKeys: insuredKeyer(pepper), diagnosisName });
  const inspections = inspectionService(ctx.store, deps.providerFindings ?? patternFindingSource(ctx.store));
  const inspectionReaders = auth('investigator', 'supervisor', 'auditor', 'admin');

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(ctx, judges, isDraining, moreMetrics, kafkaInGroup));
  app.get('/metrics', metrics(ctx.store, moreMetrics));

  const v1 = express.Router();
  v1.use(v1Failures);
  v1.get('/verdicts/:claimId', auth('intake', 'auditor', 'admin'), getVerdict(ctx));
  v1.get('/rules', anyRole, listRules(judges));
  v1.post('/rules/reload', auth('admin'), reloadRules(judges, ctx.store));
  v1.post('/models/reload', auth('admin'), validateBody(modelReloadBody), reloadModel(judges, ctx.store));
  // Investigators' workbench (README "Investigators' workbench").
  v1.get('/me', anyRole, whoAmI());
  v1.get('/cases', caseReaders, validateQuery(q.listCasesQuery), listCases(cases));
  v1.get('/cases/:claimId', caseReaders, validateQuery(q.caseDetailQuery), getCaseDetail(cases));
  v1.get('/cases/:claimId/audit', caseReaders, getCaseAudit(cases));
  v1.get('/cases/:claimId/member', caseReaders, getCaseMember(cases));
  v1.post('/cases/assign', auth('supervisor', 'admin'), validateBody(q.bulkAssignBody), assignCases(cases));
  v1.post('/cases/:claimId/assign', caseWorkers, validateBody(q.assignBody), assignCase(cases));
  v1.post('/cases/:claimId/approvals', auth('supervisor', 'admin'), validateBody(q.approvalBody), approveRecovery(cases));
  v1.post('/cases/:claimId/transition', caseWorkers, validateBody(q.transitionBody), transitionCase(cases));
  v1.post('/cases/:claimId/notes', caseWorkers, validateBody(q.noteBody), addNote(cases));
  v1.post('/cases/:claimId/outcome', caseWorkers, validateBody(q.outcomeBody), recordOutcome(cases));
  v1.get('/rankings/institutions', caseReaders, validateQuery(q.rankingQuery), rankings(ctx, 'hospital'));
  v1.get('/rankings/doctors', caseReaders, validateQuery(q.rankingQuery), rankings(ctx, 'doctor'));
  v1.get('/trends/flags', caseReaders, validateQuery(q.trendQuery), flagTrend(ctx));
  v1.get('/patterns', caseReaders, validateQuery(patternQuery), listPatterns(ctx));
  v1.get('/providers/claims', caseReaders, validateQuery(providerClaimsQuery), providerClaims(ctx));
  v1.get('/audit', auth('auditor', 'admin'), validateQuery(q.auditQuery), listAudit(ctx));
  v1.get('/keys', auth('admin'), listKeys(ctx));
  v1.post('/keys', auth('admin'), validateBody(q.createKeyBody), createKey(ctx, pepper));
  v1.delete('/keys/:keyId', auth('admin'), revokeKey(ctx, forget));
  // Inspection campaigns (README "Inspection campaigns").
  v1.get('/inspections', inspectionReaders, insp.listInspections(inspections));
  v1.get('/inspections/staff', inspectionReaders, insp.staff(inspections));
  // Who may create, record and close is the service's to say (a coded refusal in Chinese), not a route role.
  v1.post('/inspections', inspectionReaders, validateBody(insp.createInspectionBody), insp.createInspection(inspections));
  v1.get('/inspections/:id', inspectionReaders, insp.getInspection(inspections));
  v1.post('/inspections/:id/points/:no', inspectionReaders, validateBody(insp.recordPointBody), insp.recordPoint(inspections));
  v1.post('/inspections/:id/close', inspectionReaders, validateBody(insp.closeInspectionBody), insp.closeInspection(inspections));
  v1.get('/inspections/:id/report', inspectionReaders, insp.inspectionReport(inspections));
  v1.get('/inspections/:id/report.xlsx', inspectionReaders, insp.inspectionWorkbook(inspections));
  v1.get('/inspections/:id/audit', inspectionReaders, insp.inspectionTrail(inspections));
  // Monthly audit exports (README).
  v1.get('/exports/:month/manifest', auth('auditor', 'admin'), validateQuery(exportManifestQuery), exportManifest(ctx.store, exportRefs));
  v1.get('/exports/:month', auth('auditor', 'admin'), validateQuery(exportFileQuery), exportFile(ctx.store, exportRefs));
  app.use('/api/v1', v1);

  if (config.console ?? true) app.use('/console', consoleRouter());

  app.use((_req, res) => {
    res.status(404).json({ error: 'no such route', code: 'no-such-route' });
  });
  app.use(errorHandler(logger));
  return app;
}
