import { addMonths, ageYears, toDay, toIso } from './dates';
import type { Draft, PatternId, ResolvedInpatient, ResolvedVisit } from './draft';
import { loadEnv } from './env';
import type { GenEnv } from './env';
import { finalizeClaim, newLedger } from './finalize';
import type { ComputedGroup, GeneratedClaim, MemberLedger } from './finalize';
import { inject, PATTERN_VISIT, PATTERNS } from './fraud';
import type { InjectEnv } from './fraud';
import { malform } from './malform';
import { doctorFor, drawMember } from './population';
import { policyOn } from './policy';
import type { Hospital, Member } from './population';
import { makeRng } from './random';
import type { Rng } from './random';
import { priceFen } from './items';
import { inpatientDraft, visitDraft, drawDiagnoses } from './stays';
import type { StayMode } from './stays';
import type { InpatientScenario } from './scenarios';

// The streaming entry: members one at a time, each with a few claims in date order, so memory stays bounded.

export interface GenerateOptions {
  count: number;
  seed: string | number;
  fraudRate: number;
  /** Share of lines that are malformed on purpose (labelled 'malformed'); default 0. */
  invalidRate?: number;
  start?: string;
  months?: number;
  rulesDir?: string;
}

export type { GeneratedClaim } from './finalize';

const EXTRA_PATTERNS: PatternId[] = ['split_hospitalisation', 'overlapping_stay', 'same_day_two_hospitals', 'duplicate_claim'];
const ANY_PATTERNS = PATTERNS.filter((p) => PATTERN_VISIT[p] === 'any' && !EXTRA_PATTERNS.includes(p));
const LOW_STANDARD_IDS = ['urti_observation', 'bronchitis', 'gastroenteritis', 'hypertension', 'vertigo'];

interface Run {
  env: GenEnv;
  rng: Rng;
  fraudRate: number;
  invalidRate: number;
  firstDay: number;
  lastDay: number;
  seq: Map<string, number>;
  /** Unpaired organs each member has had removed (insuredId → operation names): none is removed twice. */
  removed: Map<string, Set<string>>;
}

/** Operations removing an unpaired organ (the appendix, the gallbladder, the uterus, the tonsils): done once in a life. */
const ONCE_ONLY = new Set(['阑尾切除术', '腹腔镜下阑尾切除术', '胆囊切除术', '腹腔镜下胆囊切除术', '腹腔镜下子宫切除术', '扁桃体切除术']);
const organsOf = (sc: ResolvedInpatient) => sc.operation.map((r) => r.name.replace('腹腔镜下', '')).filter((n) => ONCE_ONLY.has(n) || ONCE_ONLY.has(`腹腔镜下${n}`));

function claimId(run: Run, h: Hospital, day: number): string {
  const year = toIso(day).slice(0, 4);
  const k = `${h.id}-${year}`;
  const n = (run.seq.get(k) ?? 0) + 1;
  run.seq.set(k, n);
  return `${h.region}-${h.id}-${year}-${String(n).padStart(6, '0')}`;
}

function pickHospital(run: Run, region: string, minLevel: number, weights: [number, number, number], exclude?: string): Hospital {
  const list = run.env.hospitals.get(region)!.filter((h) => !h.pharmacy && h.level >= minLevel && h.id !== exclude);
  return run.rng.weighted(list, (h) => weights[h.level - 1]);
}

function pickPharmacy(run: Run, region: string, exclude?: string): Hospital {
  return run.rng.pick(run.env.hospitals.get(region)!.filter((h) => h.pharmacy && h.id !== exclude));
}

const fitsMember = (m: Member, age: number) => (s: { ages: [number, number]; gender?: 'M' | 'F' }) =>
  age >= s.ages[0] && age <= s.ages[1] && (!s.gender || s.gender === m.gender);

function chooseInpatient(run: Run, m: Member, age: number, filter: (s: ResolvedInpatient) => boolean = () => true): ResolvedInpatient | undefined {
  const fit = fitsMember(m, age);
  const gone = run.removed.get(m.insuredId);
  const list = run.env.inpatient.filter((sc) => fit(sc.s) && filter(sc) && !(gone && organsOf(sc).some((o) => gone.has(o))));
  const sc = list.length ? run.rng.weighted(list, (x) => x.s.weight) : undefined;
  if (sc) for (const o of organsOf(sc)) run.removed.set(m.insuredId, (run.removed.get(m.insuredId) ?? new Set()).add(o));
  return sc;
}

function chooseVisit(run: Run, m: Member, age: number, type: 'outpatient' | 'chronic' | 'pharmacy'): ResolvedVisit | undefined {
  const fit = fitsMember(m, age);
  const list = run.env.visits.filter((sc) => sc.s.visitType === type && fit(sc.s));
  return list.length ? run.rng.weighted(list, (sc) => sc.s.weight) : undefined;
}

interface Built {
  draft: Draft;
  extras: Draft[];
}

/** Builds one claim (and any extra claim its pattern needs) starting on `day`, or undefined when it cannot fit. */
function buildClaim(
  run: Run,
  m: Member,
  day: number,
  pattern: PatternId | null,
  lastInpatient: { principal: string; discharge: number } | null,
  planned?: ResolvedInpatient,
): Built | undefined {
  const { rng, env } = run;
  const age = ageYears(m.birthDate, toIso(day));
  const need = pattern ? PATTERN_VISIT[pattern] : 'any';
  const type = planned ? 'inpatient' : need === 'any' ? rng.weighted(['inpatient', 'outpatient', 'chronic', 'pharmacy'] as const, (t) => ({ inpatient: 30, outpatient: 40, chronic: 18, pharmacy: 12 })[t]) : need;

  if (type !== 'inpatient') {
    // A 门诊慢特病 or pharmacy claim dispenses what a higher-level hospital may have prescribed (双通道, 延伸处方: the
    // review judges the prescriber's level), so a level-restricted drug is injected on a visit that prescribes for itself.
    const visitType = pattern === 'restricted_level' && (type === 'chronic' || type === 'pharmacy') ? 'outpatient' : type;
    const sc = chooseVisit(run, m, age, visitType) ?? chooseVisit(run, m, age, 'outpatient');
    if (!sc) return undefined;
    const h = sc.s.visitType === 'pharmacy' ? pickPharmacy(run, m.region.code) : pickHospital(run, m.region.code, 1, sc.s.visitType === 'chronic' ? [3, 4, 3] : [4, 3.5, 2.5]);
    const hospital = pattern === 'restricted_level' && !h.pharmacy ? pickHospital(run, m.region.code, 1, [1, 0, 0]) : h;
    return { draft: visitDraft(rng, env.cat, m, m.enrollment, hospital, sc, day, age), extras: [] };
  }

  let mode: StayMode = 'normal';
  let sc: ResolvedInpatient | undefined;
  if (pattern === 'low_standard_admission') {
    sc = chooseInpatient(run, m, age, (x) => LOW_STANDARD_IDS.includes(x.s.id));
    mode = 'low_standard';
  } else if (pattern === 'phantom_stay' || pattern === 'outlier_cost_low') {
    sc = chooseInpatient(run, m, age, (x) => x.s.procedures.length === 0);
    mode = pattern === 'phantom_stay' ? 'phantom' : 'short';
  } else if (pattern === 'restricted_level') {
    sc = chooseInpatient(run, m, age, (x) => x.s.minLevel === 1);
  } else {
    sc = planned ?? chooseInpatient(run, m, age);
  }
  if (!sc) return undefined;
  let los = rng.int(sc.s.los[0], sc.s.los[1]);
  if (pattern === 'phantom_stay') los = rng.int(7, 20);
  if (pattern === 'low_standard_admission') los = rng.int(3, 6);
  if (pattern === 'outlier_cost_low') los = 1;
  if (pattern === 'outlier_cost_high') los = sc.s.los[1] * rng.int(3, 4);
  if (pattern === 'excess_days') los = Math.max(los, rng.int(10, 16));
  const diagnoses = drawDiagnoses(rng, sc.s.principal, sc.s.comorbid, mode === 'normal' ? sc.s.complications : [], sc.s.always);
  // Keep clean timelines free of accidental split stays: same principal diagnosis needs > 15 days between.
  if (lastInpatient && lastInpatient.principal === diagnoses[0] && day - lastInpatient.discharge <= 15) day = lastInpatient.discharge + 16;
  if (day + los > run.lastDay) {
    // A high-cost outlier is a stay several times its usual length; cut short by the end of the period it is an
    // ordinary stay (a 27-day stay cut to 11 costs 1.3× its group's norm), so it gives the pattern no material.
    if (!pattern || los < 2 || pattern === 'outlier_cost_high') return undefined;
    los = run.lastDay - day;
    if (los < (pattern === 'excess_days' ? 10 : 2)) return undefined;
  }
  const weights: [number, number, number] = pattern === 'restricted_level' ? [1, 0, 0] : [3, 4, 3];
  const hospital = pickHospital(run, m.region.code, sc.s.minLevel, weights);
  const draft = inpatientDraft(rng, env.cat, m, m.enrollment, hospital, sc, day, los, age, mode, diagnoses, env.complicationSupport);
  const extras: Draft[] = [];

  if (pattern === 'split_hospitalisation') {
    const admit = draft.end + rng.int(1, 14);
    const los2 = rng.int(sc.s.los[0], sc.s.los[1]);
    if (admit + los2 > run.lastDay) return { draft, extras };
    const dx2 = [diagnoses[0], ...drawDiagnoses(rng, sc.s.principal, sc.s.comorbid, [], sc.s.always).slice(1)];
    const x = inpatientDraft(rng, env.cat, m, m.enrollment, hospital, sc, admit, los2, ageYears(m.birthDate, toIso(admit)), 'normal', dx2, env.complicationSupport);
    x.injected = { pattern, lineIds: [], note: `readmission ${admit - draft.end} days after discharge on ${toIso(draft.end)}, same principal diagnosis ${diagnoses[0]}` };
    extras.push(x);
  } else if (pattern === 'overlapping_stay') {
    const other = chooseInpatient(run, m, age) ?? sc;
    const admit = draft.start + rng.int(1, Math.max(1, los - 1));
    const los2 = Math.min(rng.int(other.s.los[0], other.s.los[1]), run.lastDay - admit);
    if (los2 < 1 || admit > draft.end) return { draft, extras };
    const h2 = pickHospital(run, m.region.code, other.s.minLevel, [3, 4, 3], hospital.id);
    const x = inpatientDraft(rng, env.cat, m, m.enrollment, h2, other, admit, los2, ageYears(m.birthDate, toIso(admit)), 'normal', undefined, env.complicationSupport);
    x.injected = { pattern, lineIds: [], note: `stay ${toIso(admit)}–${toIso(admit + los2)} at ${h2.id} overlaps the stay ${toIso(draft.start)}–${toIso(draft.end)} at ${hospital.id}` };
    extras.push(x);
  }
  return { draft, extras };
}

function computedGroup(env: GenEnv, d: Draft): ComputedGroup {
  if (d.visitType !== 'inpatient') return { drg: null, dipRegion: false, dip: null };
  const procedures = d.procedures.map((p) => p.code);
  const region = d.member.region.code;
  const dipRegion = env.norms.schemeOf(region)?.scheme === 'DIP';
  return {
    drg: env.group(d.member.gender, d.age, d.diagnoses, procedures),
    dipRegion,
    dip: dipRegion ? (env.norms.dipOf(region, d.diagnoses[0], procedures)?.row.code ?? null) : null,
  };
}

/**
 * Upcoding as a coder would do it: a DRG of higher weight in this region (with MCC, or a surgical ADRG of
 * the same MDC), or in a DIP region the 综合病种 with a procedure when the stay was conservative.
 */
function upcoder(env: GenEnv, rng: Rng, d: Draft, computed: ComputedGroup): InjectEnv['upcode'] {
  const region = d.member.region.code;
  return () => {
    if (computed.dipRegion) {
      if (!computed.dip) return undefined;
      const score = env.norms.dipByCode(region, computed.dip)?.score ?? Infinity;
      const other = env.norms.dipByCode(region, `${computed.dip.split(':')[0]}:*`);
      return other && other.score > score ? { scheme: 'DIP', reported: other.code, computed: computed.dip } : undefined;
    }
    if (!computed.drg) return undefined;
    const weight = env.norms.drgNorm(region, computed.drg)?.weight;
    const heavier = env.heavierDrgs(computed.drg).filter((c) => {
      const w = env.norms.drgNorm(region, c)?.weight;
      return weight === undefined || w === undefined || w > weight;
    });
    return heavier.length ? { scheme: 'DRG', reported: rng.pick(heavier), computed: computed.drg } : undefined;
  };
}

function emit(run: Run, d: Draft, ledger: MemberLedger): GeneratedClaim {
  const policy = policyOn(run.env.policies, d.member.region.code, toIso(d.start));
  const id = claimId(run, d.hospital, d.start);
  const senior = d.lines.some((l) => l.row?.subcategory === 'consult' && l.row.name.endsWith('主任医师门诊诊察费'));
  const claim = finalizeClaim(d, id, doctorFor(d.hospital, d.department, senior), computedGroup(run.env, d), policy, ledger);
  return d.malformed ? malform(run.rng, claim) : claim;
}

function* memberClaims(run: Run, m: Member): Generator<GeneratedClaim> {
  const { rng, env } = run;
  const ledger = newLedger();
  let k = rng.weighted([1, 2, 3, 4, 5, 6, 8], (n) => ({ 1: 22, 2: 24, 3: 20, 4: 13, 5: 9, 6: 7, 8: 5 })[n] ?? 1);
  const span = run.lastDay - run.firstDay + 1;
  let day = run.firstDay + rng.int(0, Math.max(0, Math.floor(span / (k + 1))));
  let lastInpatient: { principal: string; discharge: number } | null = null;
  // A planned course (chemotherapy cycles): the next stay of the same scenario and the stays still to come.
  let course = null as { sc: ResolvedInpatient; left: number } | null;
  for (let i = 0; i < k && day <= run.lastDay; i++) {
    const malformed = run.invalidRate > 0 && rng.chance(run.invalidRate);
    let pattern: PatternId | null = !malformed && !course && rng.chance(run.fraudRate) ? rng.pick(PATTERNS) : null;
    const built: Built | undefined =
      buildClaim(run, m, day, pattern, lastInpatient, course?.sc) ?? (pattern ? buildClaim(run, m, day, (pattern = rng.pick(ANY_PATTERNS)), lastInpatient) : undefined);
    if (!built) break;
    const { draft, extras }: Built = built;
    const env2: InjectEnv = { rng, cat: env.cat, serialTests: env.serialTests, policy: policyOn(env.policies, m.region.code, toIso(draft.start)), upcode: upcoder(env, rng, draft, computedGroup(env, draft)) };
    if (pattern && !EXTRA_PATTERNS.includes(pattern) && !inject(env2, draft, pattern)) {
      // No material for this pattern on this claim: try others that fit any claim.
      for (let t = 0; t < 6 && !draft.injected; t++) inject(env2, draft, rng.pick(ANY_PATTERNS));
    }
    if (pattern && ['phantom_stay', 'low_standard_admission', 'outlier_cost_high', 'outlier_cost_low'].includes(pattern)) {
      const perDay = draft.lines.reduce((s, l) => s + l.quantity * l.priceFen, 0) / 100 / Math.max(1, draft.end - draft.start);
      draft.injected = { pattern, lineIds: [], note: `${pattern.replace(/_/g, ' ')}: ${draft.end - draft.start} days, ${perDay.toFixed(2)} yuan per day` };
    }
    if (malformed) draft.malformed = true;
    const original = emit(run, draft, ledger);
    yield original;
    let end = draft.end;
    if (pattern === 'same_day_two_hospitals' && draft.visit) {
      const h2 = draft.hospital.pharmacy ? pickPharmacy(run, m.region.code, draft.hospital.id) : pickHospital(run, m.region.code, 1, [4, 3.5, 2.5], draft.hospital.id);
      const x = visitDraft(rng, env.cat, m, m.enrollment, h2, draft.visit, draft.start, draft.age, draft.diagnoses);
      duplicateServices(draft, x, h2);
      x.injected = { pattern, lineIds: [], note: `same service on ${toIso(draft.start)} at ${draft.hospital.id} and ${h2.id}`, relatedClaimId: original.claimId };
      extras.push(x);
    } else if (pattern === 'duplicate_claim') {
      const x: Draft = { ...draft, lines: draft.lines.map((l) => ({ ...l, marked: false })), injected: { pattern, lineIds: [], note: `duplicate of ${original.claimId}`, relatedClaimId: original.claimId } };
      extras.push(x);
    }
    for (const x of extras) {
      if (x.injected && !x.injected.relatedClaimId) x.injected.relatedClaimId = original.claimId;
      yield emit(run, x, ledger);
      end = Math.max(end, x.end);
    }
    if (draft.visitType === 'inpatient') lastInpatient = { principal: draft.diagnoses[0], discharge: end };
    // A clean member is not readmitted within the 15-day split-hospitalisation window: real readmissions
    // that soon are what the history check is for, so clean data keeps them apart.
    const minGap = draft.visitType === 'inpatient' ? 16 : 1;
    const cycle: InpatientScenario['cycle'] = !pattern && draft.inpatient ? draft.inpatient.s.cycle : undefined;
    if (cycle) {
      const left: number = course ? course.left - 1 : rng.int(cycle.count[0], cycle.count[1]) - 1;
      course = left > 0 ? { sc: draft.inpatient!, left } : null;
    }
    if (course && cycle) {
      day = end + rng.int(cycle.every[0], cycle.every[1]);
      k = Math.max(k, i + 2);
    } else day = end + rng.int(minGap, Math.max(minGap + 1, Math.floor(span / (k + 1))));
  }
}

/**
 * Same-day visits at two hospitals as the real typology has them: the second visit repeats the first one's
 * examinations and tests (beyond registration and consultation), or, where the first had none, its drugs for
 * the same condition. Copied without drawing from the rng, so every other claim stays as it was.
 */
function duplicateServices(first: Draft, second: Draft, h2: Hospital): void {
  const services = first.lines.filter((l) => l.category === 'service' && l.row?.subcategory !== 'consult');
  const copies = services.length ? services : first.lines.filter((l) => l.category === 'drug');
  const have = new Set(second.lines.map((l) => l.code));
  for (const l of copies) {
    if (have.has(l.code) || !l.row) continue;
    second.lines.push({ code: l.code, name: l.name, category: l.category, day: second.start, quantity: l.quantity, priceFen: priceFen(l.row, h2), row: l.row, marked: true });
  }
}

export function* generateClaims(opts: GenerateOptions): Generator<GeneratedClaim> {
  const start = opts.start ?? '2025-01-01';
  const months = opts.months ?? 3;
  const run: Run = {
    env: loadEnv(opts.rulesDir ?? 'rules'),
    rng: makeRng(opts.seed),
    fraudRate: opts.fraudRate,
    invalidRate: opts.invalidRate ?? 0,
    firstDay: toDay(start),
    lastDay: toDay(addMonths(start, months)) - 1,
    seq: new Map(),
    removed: new Map(),
  };
  let emitted = 0;
  let memberSeq = 0;
  while (emitted < opts.count) {
    const m = drawMember(run.rng, ++memberSeq, start, run.env.policies);
    for (const c of memberClaims(run, m)) {
      yield c;
      if (++emitted >= opts.count) return;
    }
  }
}
