import type { FieldError, Grouping, Hit, Verdict, VersionsUsed } from '../../contract/verdict';
import { amountAtStakeFen } from '../../decide/amount-at-stake';
import { decide } from '../../decide/decide';
import { riskScore } from '../../decide/risk-score';
import { benefitFacts } from '../../benefits/benefit-facts';
import { ledgerEntry } from '../../benefits/ledger-entry';
import { placementNameMarks } from '../../benefits/device-in-place';
import { memberState } from '../../benefits/member-state';
import { billId, billKey, billKeys, bundleKeyOf, clinicVisit, continuingCare, distinctKeys, earlierForCondition, hasBill, minOthersOf, templateBill, testBattery, type BillKey, type BillPeer } from '../../benefits/identical-bills';
import { admissionKeys, type AdmissionKey, type AdmissionPeer, type StayOwn } from '../../benefits/cross-claim';
import { doctorKey, type DoctorKey, type DoctorVisit } from '../../benefits/cross-claim/doctor-grade';
import { dayBillOf, doctorDayKey, type DayBill, type DoctorDayKey } from '../../benefits/template-rotation';
import { nationalDoctorCode, visitDoctorKey, type DoctorDateKey } from '../../benefits/cross-claim/doctor-two-places';
import { enrichClaim } from '../../enrich/enrich';
import { followUpVisit } from '../../enrich/public-health-visit';
import type { ClaimFacts, EnrichedClaim } from '../../enrich/facts';
import type { CatalogueEntry } from '../../enrich/catalogue';
import { claimsReviewed, hitsTotal, retrospectiveFindings, reviewLatency } from '../../metrics';
import { ownHits, retrospectiveHits } from '../../rules/retrospective';
import type { Revision } from './revise-verdict';
import type { AnomalyModel } from '../../model/model';
import type { Ruleset } from '../../rules/engine';
import type { InvalidInput, ReviewedClaim, ReviewStore } from './review-store';
import { validateClaim } from '../../validate/validate-claim';
import { isNotJson } from './not-json';
import type { MemberClaim } from '../../benefits/member-claim';
import type { VerdictRecord } from '../../contract/records';
import type { BillLocks } from './bill-locks';

/** What every door hands to review(): the live rule set (with its tables) and model, and the store. */
export interface ReviewContext {
  rules: { current(): Ruleset };
  model: { current(): AnomalyModel };
  store: ReviewStore;
  clock?: () => Date;
  /** Threads reviewing into one store at once (file-intake workers) take turns on identical bills (bill-locks.ts). */
  billLocks?: BillLocks;
}

export interface ReviewOptions {
  /** Where the claims came from (cli, http, kafka, sample): kept on invalid inputs and in metrics. */
  source: string;
  /**
   * Another feature's rows recorded in the transaction that records these reviews (3101's findings): given the verdicts
   * review() answers, in input order (ReviewStore's AlongReviews says how each backend runs it). Not called when no
   * input is valid: nothing is recorded then.
   */
  along?: (verdicts: Verdict[]) => void | Promise<void>;
}

/**
 * The one review function behind every door: validate → enrich → rules → model → decide → record.
 * Output order = input order. The rule set and model are taken once per call, so a batch is judged
 * by one whole rule set even while a reload happens.
 */
export async function review(inputs: readonly unknown[], ctx: ReviewContext, opts: ReviewOptions): Promise<Verdict[]> {
  return (await reviewWithRevisions(inputs, ctx, opts)).verdicts;
}

/** review()'s verdicts, and the verdicts of earlier claims revised by what these claims' reviews found (事后发现). */
export interface Reviewed {
  /** One per input, in input order; a re-reviewed claim's with the findings kept about it applied again. */
  verdicts: Verdict[];
  /** Earlier claims' revised verdicts (each with `revision`), each after the input whose review revised it (its index). */
  revisions: { after: number; verdict: Verdict }[];
}

/** review() with the revised verdicts of earlier claims: what the CLI writes and the blind regression reads. */
export async function reviewWithRevisions(inputs: readonly unknown[], ctx: ReviewContext, opts: ReviewOptions): Promise<Reviewed> {
  const started = process.hrtime.bigint();
  // The identical bills looked up stay locked until this batch is recorded: another thread judging them waits
  // and then sees this batch's.
  const held = { release: () => {} };
  let judged: Judged;
  let revised: Revision[] = [];
  try {
    judged = await judge(inputs, ctx.rules.current(), ctx.model.current(), {
      source: opts.source,
      reviewedAt: (ctx.clock?.() ?? new Date()).toISOString(),
      history: (ids) => ctx.store.getMemberClaims(ids),
      identicalBills: (keys) => {
        if (ctx.billLocks) held.release = ctx.billLocks.acquire(keys);
        return ctx.store.getIdenticalBills(keys);
      },
      earlierBills: (keys) => ctx.store.getIdenticalBills(keys),
      doctorVisits: (keys) => ctx.store.getDoctorVisits(keys),
      admissions: (keys) => ctx.store.getAdmissions(keys),
      doctorDays: (keys) => ctx.store.getDoctorDays(keys),
      doctorClinics: (keys) => ctx.store.getDoctorClinics(keys),
      doctorOperations: (keys) => ctx.store.getDoctorOperations(keys),
    });
    const along = opts.along && ((r: readonly Revision[]) => opts.along!(answered(judged.verdicts, r)));
    if (judged.reviewed.length) revised = await ctx.store.saveReviews(judged.reviewed, along);
  } finally {
    held.release();
  }
  if (judged.invalid.length) await ctx.store.saveInvalid(judged.invalid);

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Counted per batch, one increment per label set: a 60,000-line claim has ~120,000 hits, and each
  // increment hashes its labels (~0.5 s of the big lane's time).
  const decisions = new Map<string, number>();
  const hits = new Map<string, { family: string; severity: string; n: number }>();
  for (const v of judged.verdicts) {
    decisions.set(v.decision, (decisions.get(v.decision) ?? 0) + 1);
    reviewLatency.observe(seconds);
    for (const h of v.hits) {
      const key = `${h.family}\u0000${h.severity}`;
      const seen = hits.get(key);
      if (seen) seen.n += 1;
      else hits.set(key, { family: h.family, severity: h.severity, n: 1 });
    }
  }
  for (const [decision, n] of decisions) claimsReviewed.inc({ decision, source: opts.source }, n);
  for (const { family, severity, n } of hits.values()) hitsTotal.inc({ family, severity }, n);
  return withRevisions(judged.verdicts, revised);
}

/**
 * A claim's own re-applied findings replace its verdict (the input's line shows the final state); another claim's
 * revision goes after the input whose review made it. Counted on /metrics, one per finding new or changed.
 */
function withRevisions(verdicts: Verdict[], revised: readonly Revision[]): Reviewed {
  const revisions: Reviewed['revisions'] = [];
  if (!revised.length) return { verdicts, revisions };
  const index = inputIndex(verdicts);
  for (const r of revised) {
    const at = index.get(r.after);
    if (at === undefined || r.after === r.claimId) continue;
    revisions.push({ after: at, verdict: r.verdict });
    for (const h of r.verdict.hits) if (h.retrospective?.byClaimId === r.after) retrospectiveFindings.inc({ rule: h.ruleId });
  }
  return { verdicts: answered(verdicts, revised), revisions };
}

/** The verdicts review() answers: each input's, a re-reviewed claim's with the findings kept about it applied again. */
function answered(verdicts: Verdict[], revised: readonly Revision[]): Verdict[] {
  if (!revised.length) return verdicts;
  const index = inputIndex(verdicts);
  const out = [...verdicts];
  for (const r of revised) {
    const at = index.get(r.after);
    if (at !== undefined && r.after === r.claimId) out[at] = r.verdict;
  }
  return out;
}

/** Each valid claim's input index (a claim sent twice: its last). */
function inputIndex(verdicts: readonly Verdict[]): Map<string, number> {
  const index = new Map<string, number>();
  verdicts.forEach((v, i) => v.claimId !== null && v.decision !== 'invalid' && index.set(v.claimId, i));
  return index;
}

export interface Judged {
  /** One per input, in input order. */
  verdicts: Verdict[];
  reviewed: ReviewedClaim[];
  invalid: InvalidInput[];
}

/**
 * validate → enrich → rules → model → decide, without recording: what review() records, and what a
 * backtest (`rules diff`) compares under two rule sets.
 */
export async function judge(
  inputs: readonly unknown[],
  ruleset: Ruleset,
  model: AnomalyModel,
  opts: MemberLookups & { source: string; reviewedAt: string },
): Promise<Judged> {
  const base = { rulesetVersion: ruleset.version, modelVersion: model.version, reviewedAt: opts.reviewedAt };
  const verdicts: Verdict[] = new Array(inputs.length);
  const invalid: InvalidInput[] = [];
  const valid: { index: number; enriched: EnrichedClaim }[] = [];

  inputs.forEach((input, index) => {
    const checked = isNotJson(input)
      ? { ok: false as const, claimId: input.claimId, errors: input.errors }
      : validateClaim(input);
    if (checked.ok) {
      valid.push({ index, enriched: enrichClaim(checked.claim, ruleset.refs) });
      return;
    }
    verdicts[index] = invalidVerdict(checked.claimId, checked.errors, base);
    invalid.push({
      claimId: checked.claimId,
      errors: checked.errors,
      raw: isNotJson(input) ? input.text : input,
      source: opts.source,
      receivedAt: opts.reviewedAt,
    });
  });

  const ledger = await attachMemberFacts(valid.map((v) => v.enriched), ruleset, opts);
  const fired = await Promise.all(valid.map((v) => ruleset.evaluate(v.enriched)));
  // A rule whose finding concerns only earlier claims (retrospective.earlierOnly) leaves this claim without its hit.
  const ruleHits = fired.map((hits, k) => ownHits(ruleset.rules, valid[k].enriched.facts as unknown as Record<string, unknown>, hits));
  const scores = await model.scoreBatch(valid.map((v) => v.enriched));

  const reviewed: ReviewedClaim[] = valid.map(({ index, enriched }, k) => {
    const { score, hit: modelHit } = scores[k];
    const hits = modelHit ? [...ruleHits[k], modelHit] : ruleHits[k];
    const decision = decide(hits, score, model.threshold);
    const verdict: Verdict = {
      claimId: enriched.claim.claimId,
      decision,
      riskScore: riskScore(ruleHits[k], score, modelHit !== null),
      hits,
      grouping: groupingOf(enriched.facts),
      versions: versionsUsed(enriched.facts),
      ...base,
    };
    verdicts[index] = verdict;
    // What this claim's hits find about claims that arrived before it (事后发现), for the store to apply to them.
    const retrospective = retrospectiveHits(ruleset.rules, enriched.facts as unknown as Record<string, unknown>, fired[k], opts.reviewedAt);
    return { claim: enriched.claim, verdict, record: toRecord(enriched.facts, verdict, hits), ledger: ledger[k], ...(retrospective.length && { retrospective }) };
  });
  return { verdicts, reviewed, invalid };
}

/** How far back the member history looks for an earlier stay (rules then apply their own window). */
const HISTORY_HORIZON_DAYS = 90;

/** Stored ledger entries of any member with one of these bills (ReviewStore.getIdenticalBills). */
export type IdenticalBillsLookup = (keys: BillKey[]) => Promise<BillPeer[]>;

/** Stored ledger entries of any member by one of these doctors in its dates (ReviewStore.getDoctorVisits). */
export type DoctorVisitsLookup = (keys: DoctorKey[]) => Promise<DoctorVisit[]>;

/** Stored ledger entries of any member admitted at one of these institutions on its day (ReviewStore.getAdmissions). */
export type AdmissionsLookup = (keys: AdmissionKey[]) => Promise<AdmissionPeer[]>;

/** Stored clinic visits of any member by one of these doctors on its day (ReviewStore.getDoctorDays). */
export type DoctorDaysLookup = (keys: DoctorDayKey[]) => Promise<DayBill[]>;

/**
 * Stored clinic visits of any member by one of these doctors on its day, at any institution (ReviewStore.getDoctorClinics);
 * the same shape asks for the stays operating that day (getDoctorOperations).
 */
export type DoctorClinicsLookup = (keys: DoctorDateKey[]) => Promise<MemberClaim[]>;

/**
 * What attachMemberFacts reads from the store, by name: the members' own entries, and the other members' claims each
 * rule compares with. A lookup left out finds nothing stored (a backtest sees its batch only).
 */
export interface MemberLookups {
  history: (insuredIds: string[]) => Promise<MemberClaim[]>;
  identicalBills?: IdenticalBillsLookup;
  /**
   * The same read for bills of earlier days, without the lock identicalBills takes (a member's earlier visits, judged
   * as templates or care: identical-bills.ts templateBill); a past day's bills are not being judged by another thread.
   */
  earlierBills?: IdenticalBillsLookup;
  doctorVisits?: DoctorVisitsLookup;
  admissions?: AdmissionsLookup;
  doctorDays?: DoctorDaysLookup;
  doctorClinics?: DoctorClinicsLookup;
  /** A doctor's stored stays operating on a day (getDoctorOperations): doctor-two-places the other way round. */
  doctorOperations?: DoctorClinicsLookup;
}

const none = async (): Promise<never[]> => [];

const dayId = (k: { hospitalId: string; doctorId?: string | null; serviceDate: string }) => `${k.hospitalId}\u0000${k.doctorId}\u0000${k.serviceDate}`;

const admissionId = (k: AdmissionKey) => `${k.hospitalId}\u0000${k.serviceDate}`;

/** One key per doctor, spanning every date asked of it: one store lookup each. */
function doctorKeys(keys: readonly (DoctorKey | null)[]): DoctorKey[] {
  const by = new Map<string, DoctorKey>();
  for (const k of keys) {
    if (!k) continue;
    const id = `${k.hospitalId}\u0000${k.doctorId}`;
    const seen = by.get(id);
    by.set(id, seen ? { ...seen, from: k.from < seen.from ? k.from : seen.from, to: k.to > seen.to ? k.to : seen.to } : k);
  }
  return [...by.values()];
}

/**
 * Member state for each claim from the ledger: the stored entries of the batch's members plus the batch's
 * own claims, each claim seeing only what comes before it in service-date order. Identical bills of other
 * members are read from `identicalBills` (none stored when absent: a backtest sees its batch only) and the batch.
 */
export async function attachMemberFacts(claims: EnrichedClaim[], ruleset: Ruleset, lookups: MemberLookups): Promise<MemberClaim[]> {
  const { history, identicalBills = none, earlierBills = none, doctorVisits = none, admissions = none, doctorDays = none, doctorClinics = none, doctorOperations = none } = lookups;
  const kept = ruleset.refs.history?.stayLedgerCodes ?? ruleset.refs.history?.frequency ?? new Set<string>();
  const entries = claims.map((c) => ledgerEntry(c.facts, kept, ruleset.refs.history?.schedules, placementNameMarks(ruleset.refs.history?.devicesInPlace), c.claim.procedures ?? []));
  if (!claims.length) return entries;
  const stored = await history([...new Set(entries.map((e) => e.insuredId))]);
  // Whether each claim is a clinic visit's test battery, judged once: its bill keys, the screening day and identical bills read it.
  const batteries = entries.map((e) => testBattery(e, ruleset.refs.history));
  // Each claim's bill keys: its own, and a round's days for a stay brought in from another region (billKeys).
  const keySets = entries.map((e, i) => billKeys(e, ruleset.refs.history, batteries[i]));
  const keys = keySets.map((ks) => ks[0] ?? null);
  const wanted = distinctKeys(keySets.flat());
  const storedBills = wanted.length ? await identicalBills(wanted) : [];
  const doctors = entries.map((e) => doctorKey(e, ruleset.refs.history?.consultGrades, ruleset.refs.history?.doctorRegistry));
  const wantedDoctors = doctorKeys(doctors);
  const storedVisits = wantedDoctors.length ? await doctorVisits(wantedDoctors) : [];
  // Each visit's doctor's day of bills (rotating templates), once per day asked.
  const days = entries.map((e) => doctorDayKey(e, ruleset.refs.history));
  const wantedDays = [...new Map(days.filter((k): k is DoctorDayKey => k !== null).map((k) => [dayId(k), k])).values()];
  const storedDays = wantedDays.length ? await doctorDays(wantedDays) : [];
  // Each stay's operation days (its entry's, ledgerEntry), and its doctor's clinic visits those days at any institution (冒名医生).
  const provinces = ruleset.refs.history?.provinces;
  const opDays = entries.map((e) => (e.visitType === 'inpatient' && e.doctorId && provinces && nationalDoctorCode(e.doctorId, provinces) ? e.operationDays ?? [] : []));
  const clinicKey = (doctorId: string, serviceDate: string) => `${doctorId}\u0000${serviceDate}`;
  const wantedClinics = [
    ...new Map(entries.flatMap((e, i) => opDays[i].map((d) => [`${clinicKey(e.doctorId!, d)}\u0000${e.hospitalId}`, { doctorId: e.doctorId!, serviceDate: d, hospitalId: e.hospitalId }] as const))).values(),
  ];
  const storedClinics = wantedClinics.length ? await doctorClinics(wantedClinics) : [];
  // The other order: each clinic visit's doctor's stored stays operating on its day elsewhere (a batch's own stays
  // find their visits above).
  const visitKeys = entries.map((e) => (e.visitType === 'outpatient' || e.visitType === 'chronic' ? visitDoctorKey(e, ruleset.refs.history) : null));
  const wantedOperations = [...new Map(visitKeys.filter((k): k is DoctorDateKey => k !== null).map((k) => [`${clinicKey(k.doctorId, k.serviceDate)}\u0000${k.hospitalId}`, k])).values()];
  const storedOperations = wantedOperations.length ? await doctorOperations(wantedOperations) : [];
  // Other members' stays on the admission days of each stay and of its member's earlier stays there (batchAdmission).
  const stays: (StayOwn | undefined)[] = claims.map(({ facts }) =>
    facts.visitType === 'inpatient' ? { ageYears: facts.ageYears, drg: facts.grouping?.status === 'grouped' ? facts.grouping.drg : null, procedures: facts.procedureCodes } : undefined,
  );
  const inBatch = new Set(entries.map((e) => e.claimId));
  // Each member's claims, stored then this batch's, grouped once (a training set passes thousands of stays here).
  const own = new Map<string, MemberClaim[]>();
  for (const x of [...stored.filter((s) => !inBatch.has(s.claimId)), ...entries]) (own.get(x.insuredId) ?? own.set(x.insuredId, []).get(x.insuredId)!).push(x);
  const ownEntries = (insuredId: string) => own.get(insuredId) ?? [];
  const admissionKeysOf = entries.map((e, i) => (stays[i] ? admissionKeys(e, ownEntries(e.insuredId), ruleset.refs.history, stays[i]!) : []));
  const wantedAdmissions = [...new Map(admissionKeysOf.flat().map((k) => [admissionId(k), k])).values()];
  const storedAdmissions = wantedAdmissions.length ? await admissions(wantedAdmissions) : [];
  // Arrival: a claim the store has seen keeps its place; new ones arrive after everything stored (the members'
  // entries, the other members' identical bills and stays, and the doctors' visits), in batch order.
  const seen = [...stored, ...storedBills, ...storedVisits, ...storedAdmissions, ...storedDays, ...storedClinics, ...storedOperations];
  const storedArrival = new Map(seen.map((e) => [e.claimId, e.arrival ?? 0]));
  const next = seen.reduce((m, e) => Math.max(m, e.arrival ?? 0), 0) + 1;
  entries.forEach((e, i) => (e.arrival = storedArrival.get(e.claimId) ?? next + i));
  const byMember = new Map<string, MemberClaim[]>();
  for (const e of [...stored.filter((s) => !inBatch.has(s.claimId)), ...entries]) {
    (byMember.get(e.insuredId) ?? byMember.set(e.insuredId, []).get(e.insuredId)!).push(e);
  }
  // Indexed by bill (what hasBill compares), and a visit by its treatment bundle too, in arrival order: a scan per claim
  // was quadratic in the batch.
  const byBill = new Map<string, BillPeer[]>();
  for (const e of [...storedBills.filter((s) => !inBatch.has(s.claimId)), ...entries]) {
    for (const id of [billId(e), bundleKeyOf(e)]) if (id) (byBill.get(id) ?? byBill.set(id, []).get(id)!).push(e);
  }
  const peersOf = (key: BillKey | null) => (key ? byBill.get(billId(key)) ?? [] : []);
  // The doctors' visits, stored and of the batch, by doctor.
  const byDoctor = new Map<string, DoctorVisit[]>();
  for (const e of [...storedVisits.filter((s) => !inBatch.has(s.claimId)), ...entries]) {
    if (!e.doctorId) continue;
    const id = `${e.hospitalId}\u0000${e.doctorId}`;
    (byDoctor.get(id) ?? byDoctor.set(id, []).get(id)!).push(e);
  }
  const visitsOf = (key: DoctorKey | null) => (key ? byDoctor.get(`${key.hospitalId}\u0000${key.doctorId}`) ?? [] : []);
  // The stays of each admission day asked, stored and of the batch.
  const byAdmission = new Map<string, AdmissionPeer[]>();
  for (const e of [...storedAdmissions.filter((s) => !inBatch.has(s.claimId)), ...entries.filter((e) => e.visitType === 'inpatient')]) {
    const id = admissionId(e);
    (byAdmission.get(id) ?? byAdmission.set(id, []).get(id)!).push(e);
  }
  // The doctors' days of bills, stored and of the batch (a batch visit's drug count read from its lines).
  const byDay = new Map<string, DayBill[]>();
  if (wantedDays.length) {
    for (const e of [...storedDays.filter((s) => !inBatch.has(s.claimId)), ...entries.filter((e) => e.doctorId && (e.visitType === 'outpatient' || e.visitType === 'chronic')).map(dayBillOf)]) {
      (byDay.get(dayId(e)) ?? byDay.set(dayId(e), []).get(dayId(e))!).push(e);
    }
  }
  // The doctors' clinic visits of the days asked, stored and of the batch.
  const byClinic = new Map<string, MemberClaim[]>();
  if (wantedClinics.length) {
    for (const e of [...storedClinics.filter((s) => !inBatch.has(s.claimId)), ...entries.filter((e) => e.doctorId && (e.visitType === 'outpatient' || e.visitType === 'chronic'))]) {
      const id = clinicKey(e.doctorId!, e.serviceDate);
      (byClinic.get(id) ?? byClinic.set(id, []).get(id)!).push(e);
    }
  }
  // Stays that arrived before the visit: a visit re-reviewed after the stay found it keeps that finding (事后发现) and
  // sees what it saw the first time. A store that keeps no arrival (MongoDB) counts every stored stay as before.
  const operationsOf = (key: DoctorDateKey | null, e: MemberClaim) =>
    key ? storedOperations.filter((s) => !inBatch.has(s.claimId) && s.doctorId === key.doctorId && s.operationDays?.includes(key.serviceDate) && (s.arrival === undefined || s.arrival < e.arrival!)) : [];
  const admissionsOf = (keys: readonly AdmissionKey[]) => keys.flatMap((k) => byAdmission.get(admissionId(k)) ?? []);
  const { notCounted, ownCare, templatesBefore } = await peersLeftOut(entries, batteries, keys, ruleset, peersOf, byMember, { history, earlierBills }, inBatch);
  claims.forEach(({ claim, facts }, i) => {
    facts.member = memberState(entries[i], byMember.get(facts.insuredId) ?? [], HISTORY_HORIZON_DAYS, {
      items: facts.items,
      knowledge: ruleset.refs.history,
      enrollment: claim.enrollment,
      peers: keySets[i].flatMap((k) => peersOf(k)),
      doctorVisits: visitsOf(doctors[i]),
      dayBills: days[i] ? byDay.get(dayId(days[i]!)) ?? [] : [],
      notCounted,
      ownCare,
      templatesBefore,
      testBattery: batteries[i],
      admissions: admissionsOf(admissionKeysOf[i]),
      stay: stays[i],
      procedures: facts.procedureCodes,
      operationDays: opDays[i],
      doctorClinics: opDays[i].flatMap((d) => byClinic.get(clinicKey(entries[i].doctorId!, d)) ?? []),
      doctorStays: operationsOf(visitKeys[i], entries[i]),
      consumables: facts.stay.consumableUnsupported,
      followUp: followUpVisit(facts.stay.publicHealthVisit, ruleset.refs.knowledge?.publicHealthServices),
    });
    // A kidney failure the member's dialysis centre treats beside the stay is supported: the complications judged on (grouping-facts.ts).
    if (facts.member.dialysisBesideStay && facts.complicationBesideDialysis) Object.assign(facts, facts.complicationBesideDialysis);
    facts.benefits = benefitFacts(claim, facts, ruleset.refs.policies, facts.member);
  });
  return entries;
}

/**
 * Bills left out of a set's count, read from the members' ledgers: the batch's members' already at hand, the other
 * members of a bill read once more (only when the bill has enough of them to matter). A stored claim arrived before
 * every claim of the batch.
 * - notCounted (screening day): its member had a claim at its institution before it ("new to the institution"), or
 *   its own entry is not a test battery (a peer matched by the battery's tests that bills more drugs, or a sick
 *   visit's test or drug: testBattery).
 * - ownCare (identical bills): a clinic visit whose member had an earlier clinic visit at its institution for the same
 *   condition (principal ICD-10 category): a session of the member's own course or a follow-up of their own condition
 *   (identical-bills.ts continuingCare) — unless each such earlier visit was itself a template bill (templateBill: its
 *   bill, read from the store and the batch, held by identicalBills' count of other members). templatesBefore names
 *   those template visits.
 */
async function peersLeftOut(
  entries: readonly MemberClaim[],
  batteries: readonly boolean[],
  keys: readonly (BillKey | null)[],
  ruleset: Ruleset,
  peersOf: (key: BillKey | null) => BillPeer[],
  byMember: Map<string, MemberClaim[]>,
  lookups: { history: (insuredIds: string[]) => Promise<MemberClaim[]>; earlierBills: IdenticalBillsLookup },
  inBatch: ReadonlySet<string>,
): Promise<{ notCounted: (e: BillPeer) => boolean; ownCare: (e: BillPeer) => boolean; templatesBefore: (e: BillPeer) => string[] }> {
  const k = ruleset.refs.history;
  const screeningMin = k?.limits.screeningDay?.minOtherMembers ?? Number.POSITIVE_INFINITY;
  const wanted = new Set<string>();
  // The peers of the sets that can reach their count: only their members' histories decide anything.
  const judged: BillPeer[] = [];
  entries.forEach((e, i) => {
    const min = batteries[i] ? screeningMin : clinicVisit(e) ? minOthersOf(keys[i], k) : Number.POSITIVE_INFINITY;
    const peers = peersOf(keys[i]);
    if (new Set(peers.map((p) => p.insuredId)).size <= min) return;
    for (const p of peers) if (!byMember.has(p.insuredId)) wanted.add(p.insuredId);
    if (!batteries[i]) judged.push(...peers);
  });
  const others = new Map<string, MemberClaim[]>();
  for (const x of wanted.size ? await lookups.history([...wanted]) : []) (others.get(x.insuredId) ?? others.set(x.insuredId, []).get(x.insuredId)!).push(x);
  // A store that keeps no arrival (MongoDB) leaves two stored claims ordered by their dates alone (the caller's test).
  const arrivedBefore = (x: Pick<BillPeer, 'arrival'>, p: BillPeer) => x.arrival === undefined || p.arrival === undefined || x.arrival < p.arrival;
  const before = (x: BillPeer, p: BillPeer) => (inBatch.has(p.claimId) ? !inBatch.has(x.claimId) || arrivedBefore(x, p) : !inBatch.has(x.claimId) && arrivedBefore(x, p));
  // A peer's own entry judged once, however many claims of the batch share its bill: the batch's as judged above.
  const battery = new Map<MemberClaim, boolean>(entries.map((e, i) => [e, batteries[i]]));
  const batteryOf = (x: MemberClaim) => battery.get(x) ?? battery.set(x, testBattery(x, k)).get(x)!;
  const ledgerOf = (p: BillPeer) => byMember.get(p.insuredId) ?? others.get(p.insuredId) ?? [];
  const earlierThere = (ledger: readonly MemberClaim[], p: BillPeer) =>
    ledger.filter((x) => x.claimId !== p.claimId && x.hospitalId === p.hospitalId && x.serviceDate < p.serviceDate && before(x, p));
  // The judged members' earlier visits for their bill's condition, each by its own key (a one-drug refill or a
  // consultation has none: care, not comparable), and the bills of those keys, stored and of the batch.
  // Read once per bill: identicalBills asks it of every peer of every claim sharing the bill.
  const seenFor = new Map<string, { own: MemberClaim; earlier: MemberClaim[] } | null>();
  const forCondition = (p: BillPeer) => {
    if (seenFor.has(p.claimId)) return seenFor.get(p.claimId)!;
    const ledger = ledgerOf(p);
    const own = ledger.find((x) => x.claimId === p.claimId);
    const seen = own && clinicVisit(own) && own.principalCategory ? { own, earlier: earlierForCondition(own, earlierThere(ledger, p)) } : null;
    seenFor.set(p.claimId, seen);
    return seen;
  };
  const keyOf = new Map<MemberClaim, BillKey | null>();
  const earlierKey = (x: MemberClaim) => (keyOf.has(x) ? keyOf.get(x)! : keyOf.set(x, billKey(x, k, false)).get(x)!);
  const earlierKeys = distinctKeys([...new Set(judged)].flatMap((p) => forCondition(p)?.earlier.map(earlierKey) ?? []));
  const billsOf = new Map<string, BillPeer[]>();
  for (const y of [...(earlierKeys.length ? await lookups.earlierBills(earlierKeys) : []).filter((y) => !inBatch.has(y.claimId)), ...entries]) {
    for (const key of earlierKeys) if (hasBill(y, key)) (billsOf.get(billId(key)) ?? billsOf.set(billId(key), []).get(billId(key))!).push(y);
  }
  // A template as p's review saw it: the other members' bills that arrived before p.
  const template = (x: MemberClaim, p: BillPeer) => {
    const key = earlierKey(x);
    return !!key && templateBill(x, key, (billsOf.get(billId(key)) ?? []).filter((y) => before(y, p)), k);
  };
  return {
    notCounted: (p) => {
      const ledger = ledgerOf(p);
      const own = ledger.find((x) => x.claimId === p.claimId);
      if (own && !batteryOf(own)) return true;
      return earlierThere(ledger, p).length > 0;
    },
    ownCare: (p) => {
      const seen = forCondition(p);
      return !!seen && continuingCare(seen.own, seen.earlier, (x) => template(x, p));
    },
    templatesBefore: (p) => forCondition(p)?.earlier.filter((x) => template(x, p)).map((x) => x.claimId) ?? [],
  };
}

function invalidVerdict(
  claimId: string | null,
  errors: FieldError[],
  base: Pick<Verdict, 'rulesetVersion' | 'modelVersion' | 'reviewedAt'>,
): Verdict {
  return { claimId, decision: 'invalid', riskScore: 0, hits: [], grouping: null, ...base, errors };
}

/** A catalogue row's "category:version" label, made once per loaded row rather than once per line reviewed. */
const versionLabels = new WeakMap<CatalogueEntry, string>();

function versionsUsed(facts: ClaimFacts): VersionsUsed {
  const catalogue = new Set<string>();
  for (const it of facts.items) {
    const entry = it.catalogue;
    if (!entry) continue;
    let label = versionLabels.get(entry);
    if (label === undefined) versionLabels.set(entry, (label = `${entry.category}:${entry.version ?? 'sample'}`));
    catalogue.add(label);
  }
  return {
    policy: facts.benefits?.policyVersion ?? null,
    policyInForce: facts.benefits?.policyInForce ?? [],
    catalogue: [...catalogue].sort(),
  };
}

function groupingOf(facts: ClaimFacts): Grouping | null {
  const g = facts.grouping;
  if (!g) return null;
  const grouped = g.status === 'grouped';
  return {
    scheme: g.scheme,
    mdc: grouped ? g.mdc : null,
    adrg: grouped ? g.adrg : null,
    drg: g.drg,
    dip: null,
    status: g.status,
    drgName: g.drgName,
    path: g.path,
  };
}

function toRecord(facts: ClaimFacts, verdict: Verdict, hits: Hit[]): VerdictRecord {
  return {
    claimId: facts.claimId,
    decision: verdict.decision as VerdictRecord['decision'],
    riskScore: verdict.riskScore,
    families: [...new Set(hits.map((h) => h.family))].sort(),
    ruleIds: [...new Set(hits.map((h) => h.ruleId))].sort(),
    rulesetVersion: verdict.rulesetVersion,
    modelVersion: verdict.modelVersion,
    reviewedAt: verdict.reviewedAt,
    region: facts.region,
    province: facts.province,
    hospitalId: facts.hospitalId,
    hospitalLevel: facts.hospitalLevel,
    department: facts.department,
    doctorId: facts.doctorId,
    insuranceType: facts.insuranceType,
    visitType: facts.visitType,
    serviceDate: facts.serviceDate,
    month: facts.month,
    totalFen: facts.totalFen,
    fundClaimedFen: facts.fundClaimedFen,
    amountAtStakeFen: amountAtStakeFen(hits, facts),
    ageYears: facts.ageYears,
    principalDiagnosis: facts.principalDiagnosis,
  };
}
