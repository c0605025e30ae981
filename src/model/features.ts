import { TAKE_HOME_DAYS_BEFORE_DISCHARGE } from '../benefits/days-of-supply';
import type { ClaimFacts } from '../enrich/facts';
import type { ItemFacts } from '../enrich/item-fact-types';
import { visitDays } from './visit-days';

// The model's view of a claim: plain numbers computed from the claim's enrichment (catalogue joins, DRG
// grouping). Skewed money and count figures are log-transformed so that a robust (median / IQR) peer
// normalisation (peer-stats.ts) sees roughly symmetric distributions. Every feature is documented here,
// and the list is saved beside each model (features.json), so an old model keeps its own meaning.
// Clinical context: service lines the knowledge tables (rules/knowledge/) find indicated by the claim's own
// diagnoses or supported by the rest of the bill (a cardiac work-up for chest pain, first-day monitoring) are
// "explained" and left out of the cost, share and count features, so legitimate but uncommon care is not an
// outlier; so are consumables the bill supports (an implant its coded operation places, a precision infusion set
// beside chemotherapy). Lines the tables find unsupported are their own feature.

export interface FeatureDef {
  name: string;
  /** How an investigator reads it, in explanations (Chinese: the hit's message, the evidence, the console). */
  label: string;
  /** How the raw value is shown: money and counts undo the log transform. */
  display: 'share' | 'yuan' | 'count' | 'ratio' | 'years' | 'flag' | 'days';
  /** True when the stored value is log1p(x) (or log of a ratio for 'ratio'), so display undoes it. */
  log: boolean;
  doc: string;
}

export const FEATURES: readonly FeatureDef[] = [
  { name: 'total_cost', label: '总费用', display: 'yuan', log: true, doc: 'log1p of amounts.total less explained service lines (yuan); a visit whose lines carry several service dates (a 门诊慢特病 period settlement) per visit-date (visit-days.ts): a visit\'s peers are single visits, so its total is a per-visit figure in meaning; a stay\'s total stays whole (DRG pays per case)' },
  { name: 'drug_share', label: '药品费占比', display: 'share', log: false, doc: 'drug lines / total' },
  { name: 'consumable_share', label: '耗材费占比', display: 'share', log: false, doc: 'consumable lines / total' },
  { name: 'service_share', label: '诊疗费占比', display: 'share', log: false, doc: 'service lines other than exams and lab tests / total' },
  { name: 'exam_share', label: '检查检验费占比', display: 'share', log: false, doc: 'unexplained service lines of catalogue subcategory exam or lab / unexplained total' },
  { name: 'cost_per_day', label: '日均费用', display: 'yuan', log: true, doc: 'log1p of unexplained total / days (days = length of stay; for visits the distinct service dates of its lines, visit-days.ts: a month\'s settlement of 13 sessions is 13 visit-days, a one-date visit 1)' },
  { name: 'items_per_day', label: '日均明细条数', display: 'count', log: true, doc: 'log1p of unexplained line count / days (days as cost_per_day)' },
  { name: 'los_vs_norm', label: '住院天数/组内标准', display: 'ratio', log: true, doc: 'log(LOS / norm LOS); norm = facts.normLos when enrichment provides it, else the peer-group median LOS from training; 0 for visits' },
  { name: 'cost_vs_norm', label: '费用/组内标准', display: 'ratio', log: true, doc: 'log(unexplained total / norm cost); norm = facts.normCost when provided, else the peer-group median total from training (claimBasics: for visits per visit-date, so a period settlement is read against its sessions\' worth of single visits, as a standard course stretches a stay\'s norm)' },
  { name: 'age', label: '年龄', display: 'years', log: false, doc: 'age in completed years at admission / visit' },
  { name: 'weekend_admission', label: '周末入院', display: 'flag', log: false, doc: '1 when the admission / visit date is a Saturday or Sunday' },
  { name: 'distinct_items', label: '项目种数', display: 'count', log: true, doc: 'log1p of distinct item codes (unexplained lines); over the whole claim: a period settlement repeats its sessions\' items, it does not add kinds' },
  { name: 'distinct_drugs', label: '药品种数', display: 'count', log: true, doc: 'log1p of distinct drug codes' },
  { name: 'class_yi_bing_share', label: '乙丙类项目占比', display: 'share', log: false, doc: 'unexplained lines of catalogue class 乙 or 丙 / unexplained total' },
  { name: 'class_bing_share', label: '丙类（自费）项目占比', display: 'share', log: false, doc: 'unexplained lines of catalogue class 丙 (not covered) / unexplained total' },
  { name: 'unknown_code_share', label: '目录外编码占比', display: 'share', log: false, doc: 'lines whose code the catalogue does not know / total' },
  { name: 'policy_share', label: '政策范围内费用占比', display: 'share', log: false, doc: 'amounts.policy / total' },
  { name: 'fund_share', label: '统筹支付占政策范围费用比', display: 'share', log: false, doc: 'amounts.fundClaimed / amounts.policy (0 when policy is 0)' },
  { name: 'policy_excess_share', label: '超目录支持的政策范围金额占比', display: 'share', log: false, doc: '(policy − catalogue-supported policy cost) / total, floored at 0' },
  { name: 'price_excess_share', label: '超限价金额占比', display: 'share', log: false, doc: 'Σ over-cap price excess / total' },
  { name: 'max_quantity_ratio', label: '最大数量/常用日量', display: 'ratio', log: true, doc: 'log1p of max over lines of quantity / max(1 unit, (catalogue usualPerDay, else 1; a drug the larger of it and the label maxPerDay) × days of the line) (inpatient 1, a drug line of a stay the days until the same drug is billed again or discharge (stayLineDays), a drug line on the last day in bed or the discharge day (take-home: TAKE_HOME_DAYS_BEFORE_DISCHARGE) or on a home sick bed the catalogue maxDays else 30 (take-home supply); visits the catalogue maxDays, 84 on a line marked longPrescription)' },
  { name: 'max_line_share', label: '单条最大金额占比', display: 'share', log: false, doc: 'largest single line / total (the whole claim: a share, not per day)' },
  { name: 'service_day_coverage', label: '有诊疗的住院日占比', display: 'share', log: false, doc: 'inpatient: distinct dates with a service line / LOS (capped at 1); 1 for visits' },
  { name: 'bed_share', label: '床位护理费占比', display: 'share', log: false, doc: 'service lines of subcategory bed or nursing / total (bed-blocking stays are mostly these)' },
  { name: 'diagnosis_count', label: '诊断数', display: 'count', log: true, doc: 'log1p of diagnosis count' },
  { name: 'procedure_count', label: '手术操作数', display: 'count', log: true, doc: 'log1p of procedure count' },
  { name: 'unsupported_share', label: '知识库不支持的明细占比', display: 'share', log: false, doc: 'lines with indicationSupported or contextSupported false / total' },
];

/** A service line the knowledge tables find indicated or supported, or a consumable they find supported: explained by the clinical context. */
const explained = (it: ClaimFacts['items'][number]) =>
  (it.category === 'service' && (it.indicationSupported === true || it.contextSupported === true)) ||
  (it.category === 'consumable' && it.contextSupported === true);

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

/**
 * Fen of the explained lines that are treatment, not work-up: explained services other than exams and lab tests
 * (oxygen and monitoring of a heart failure, a rehabilitation therapy its diagnosis calls for) and explained
 * consumables. Left out of the cost features so they are not read as excess, they are still care given: a stay is not
 * "too little care for its nights" without them (fraud-signal.ts). Explained tests stay out: a stay of checks only is
 * 以体检为目的住院 (低标准入院), however indicated each check is.
 */
export function explainedTreatmentFen(f: Pick<ClaimFacts, 'items'>): number {
  let fen = 0;
  for (const it of f.items) {
    const sub = it.catalogue?.subcategory;
    // A supported bed or nursing grade is the stay's keep, not treatment: counted, it would silence the too-little-care
    // signals on the very stays (挂床) whose days are only bed and nursing.
    if (sub && BED_SUBCATEGORIES.has(sub)) continue;
    if (explained(it) && !(it.category === 'service' && sub && EXAM_SUBCATEGORIES.has(sub))) fen += it.amountFen;
  }
  return fen;
}

/** Per-claim figures needed before the peer norms are known (LOS and total feed the *_vs_norm features). */
export interface ClaimBasics {
  inpatient: boolean;
  los: number;
  total: number;
}

export interface GroupNorm {
  los: number;
  cost: number;
}

export function claimBasics(f: ClaimFacts): ClaimBasics {
  // A visit's total per visit-date (visit-days.ts): the norm it is read against is a single visit's.
  return { inpatient: f.inpatient, los: f.inpatient ? f.lengthOfStay : 0, total: f.totalFen / 100 / (f.inpatient ? 1 : visitDays(f)) };
}

/** Norms the enrichment may carry (a DRG norms table, added to facts by another stage); read defensively. */
export function enrichedNorm(f: ClaimFacts): Partial<GroupNorm> {
  const x = f as unknown as { normLos?: unknown; normCost?: unknown };
  const pos = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
  return { los: pos(x.normLos), cost: pos(x.normCost) };
}

const EXAM_SUBCATEGORIES = new Set(['exam', 'lab']);
/** Longest supply a 长处方 line may carry (12 weeks), against which its quantity is read. */
const LONG_PRESCRIPTION_DAYS = 84;
/**
 * Days a take-home drug line (出院带药, billed on a stay's discharge day) is read against when the catalogue gives no
 * maxDays. Sample value: local rules commonly allow a chronic condition's take-home supply up to 30 days (《处方管理办法》
 * art. 19 lets chronic prescriptions run beyond 7 days); not a seed figure. Read as one day's use, a 28-day supply of
 * a chronic drug or one inhaler looked like a 28–50-fold overdose.
 */
const TAKE_HOME_DAYS = 30;
const BED_SUBCATEGORIES = new Set(['bed', 'nursing']);

/** 0 = Sunday … 6 = Saturday, from the day number (1970-01-01 was a Thursday). */
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;

/**
 * Days each drug line of a stay covers: until the same drug is billed again, else until discharge. A standing order
 * (长期医嘱) may be dispensed once for the days ahead (a week's or the whole stay's tablets on one line) rather than
 * day by day: 21 aspirin on the admission day of a 21-night stroke rehabilitation stay is one a day, not a 21-fold
 * dose. A drug billed every day covers one day per line, as before. Visits are read by quantityRatio's own days.
 */
export function stayLineDays(f: Pick<ClaimFacts, 'inpatient' | 'lengthOfStay' | 'items'>): Map<string, number> {
  const out = new Map<string, number>();
  if (!f.inpatient || f.lengthOfStay <= 0) return out;
  const daysByCode = new Map<string, number[]>();
  // Only drugs taken by the patient (tablets for the days ahead): an injection is given by the nurse on its day, so 20
  // vials on one line are 20 doses that day, not one a day.
  const standing = f.items.filter((it) => it.category === 'drug' && !it.parenteral);
  for (const it of standing) (daysByCode.get(it.code) ?? daysByCode.set(it.code, []).get(it.code)!).push(it.dayIndex);
  for (const it of standing) {
    const later = daysByCode.get(it.code)!.filter((d) => d > it.dayIndex);
    const until = later.length ? Math.min(...later) : f.lengthOfStay;
    out.set(it.lineId, Math.max(1, until - it.dayIndex));
  }
  return out;
}

/** A line's quantity against its usual use over the days it covers: the max_quantity_ratio of one line. `stayDays`: stayLineDays of the claim. */
export function quantityRatio(f: Pick<ClaimFacts, 'inpatient' | 'lengthOfStay' | 'stay'>, it: ItemFacts, stayDays?: ReadonlyMap<string, number>): number {
  // A drug row with a label daily maximum (a cytotoxic dosed by body surface, one row for every strength) reads a
  // day's quantity against that maximum: within it the dose is the label's, above it catalogue.quantity-per-day says
  // so. (A consumable's or service's maxPerDay is a billing ceiling, not a dosing range: its usual quantity stands.)
  // An infusion set is read against the day's groups (infusion-facts.ts markInfusionSets): one per bottle or bag hung.
  const usual = Math.max(it.catalogue?.usualPerDay ?? 1, it.category === 'drug' ? (it.catalogue?.maxPerDay ?? 0) : 0, it.dayGroups ?? 0);
  // A line marked 长处方 may cover up to 12 weeks (《长期处方管理规范（试行）》, 国卫办医发〔2021〕17号).
  // A home sick bed (家庭病床) is visited weekly and its drugs are dispensed at a visit for the weeks until the next:
  // every drug line there is a take-home supply.
  const takeHome = f.inpatient && it.category === 'drug' && ((f.lengthOfStay > 0 && it.dayIndex >= f.lengthOfStay - TAKE_HOME_DAYS_BEFORE_DISCHARGE) || f.stay?.homeSickBed != null);
  const lineDays = f.inpatient
    ? takeHome ? Math.max(1, it.catalogue?.maxDays ?? TAKE_HOME_DAYS) : (stayDays?.get(it.lineId) ?? 1)
    : Math.max(1, it.catalogue?.maxDays ?? 1, it.longPrescription ? LONG_PRESCRIPTION_DAYS : 0);
  // One dispensing unit (a pen or an inhaler that lasts several days) is the least a line can bill.
  return it.quantity / Math.max(usual * lineDays, 1);
}

/**
 * The feature vector of a claim, in FEATURES order. `norm` is the group norm of LOS and cost: the
 * enrichment's norms table where present, else the training peer medians (peer-stats.ts decides).
 */
/** `days`: visitDays(f), passed by a scorer that has it for the claim already (computed once per claim). */
export function extractFeatures(f: ClaimFacts, norm: GroupNorm, days: number = visitDays(f)): Float64Array {
  let explainedFen = 0;
  let explainedLines = 0;
  let unsupported = 0;
  for (const it of f.items) {
    if (explained(it)) {
      explainedFen += it.amountFen;
      explainedLines++;
    } else if (it.indicationSupported === false || it.contextSupported === false) unsupported += it.amountFen;
  }
  // Shares of the whole bill (policy, fund, price, unknown codes) keep the full total; cost, class and structure use the unexplained part.
  const fullFen = Math.max(f.totalFen, 1);
  const totalFen = Math.max(f.totalFen - explainedFen, 1);
  // A stay's length; a visit's distinct service dates (one for an ordinary visit, a month's sessions for a period settlement).
  const perVisit = f.inpatient ? 1 : days;
  let drug = 0, consumable = 0, service = 0, exam = 0, bed = 0, yiBing = 0, bing = 0, unknown = 0, priceExcess = 0, maxLine = 0;
  let maxQty = 0;
  const stayDays = stayLineDays(f);
  const codes = new Set<string>();
  const drugs = new Set<string>();
  const serviceDays = new Set<number>();
  const daysByCode = new Map<string, Set<number>>();
  for (const it of f.items) {
    (daysByCode.get(it.code) ?? daysByCode.set(it.code, new Set()).get(it.code)!).add(it.dayIndex);
  }
  for (const it of f.items) {
    const fen = it.amountFen;
    const sub = it.catalogue?.subcategory;
    maxQty = Math.max(maxQty, quantityRatio(f, it, stayDays));
    if (!it.inCatalogue) unknown += fen;
    priceExcess += it.priceExcess * 100;
    if (explained(it)) continue;
    if (it.itemClass === '乙' || it.itemClass === '丙') yiBing += fen;
    if (it.itemClass === '丙') bing += fen;
    if (it.category === 'drug') {
      drug += fen;
      drugs.add(it.code);
    } else if (it.category === 'consumable') consumable += fen;
    else {
      if (sub && EXAM_SUBCATEGORIES.has(sub)) exam += fen;
      else service += fen;
      if (sub && BED_SUBCATEGORIES.has(sub)) bed += fen;
      serviceDays.add(it.dayIndex);
    }
    maxLine = Math.max(maxLine, fen);
    codes.add(it.code);
  }
  const los = f.inpatient ? Math.max(1, f.lengthOfStay) : 0;
  const unexplained = Math.max(0, f.totalFen - explainedFen) / 100;
  const policy = f.policyFen;
  const v = [
    Math.log1p(unexplained / perVisit),
    drug / totalFen,
    consumable / totalFen,
    service / totalFen,
    exam / totalFen,
    Math.log1p(unexplained / days),
    Math.log1p((f.items.length - explainedLines) / days),
    f.inpatient ? Math.log(los / Math.max(norm.los, 1)) : 0,
    Math.log(Math.max(unexplained / perVisit, 1) / Math.max(norm.cost, 1)),
    f.ageYears,
    weekdayOf(f.serviceDay) === 0 || weekdayOf(f.serviceDay) === 6 ? 1 : 0,
    Math.log1p(codes.size),
    Math.log1p(drugs.size),
    yiBing / totalFen,
    bing / totalFen,
    unknown / fullFen,
    policy / fullFen,
    policy > 0 ? f.fundClaimedFen / policy : 0,
    Math.max(0, policy - f.expectedPolicyFen) / fullFen,
    priceExcess / fullFen,
    Math.log1p(maxQty),
    maxLine / totalFen,
    f.inpatient ? Math.min(1, serviceDays.size / los) : 1,
    bed / totalFen,
    Math.log1p(f.diagnosisCodes.length),
    Math.log1p(f.procedureCodes.length),
    unsupported / fullFen,
  ];
  return Float64Array.from(v, (x) => (Number.isFinite(x) ? x : 0));
}

/** A stored feature value in the units a reader sees (undoing the log transform). */
export function rawValue(def: FeatureDef, stored: number): number {
  return def.log ? (def.display === 'ratio' && def.name.endsWith('_vs_norm') ? Math.exp(stored) : Math.expm1(stored)) : stored;
}

/** A stored feature value as a reader would say it (undoing the log transform). */
export function displayValue(def: FeatureDef, stored: number): string {
  const raw = rawValue(def, stored);
  switch (def.display) {
    case 'share':
      return raw.toFixed(2);
    case 'yuan':
      return raw >= 100 ? raw.toFixed(0) : raw.toFixed(2);
    case 'count':
      return raw.toFixed(raw < 10 ? 1 : 0);
    case 'ratio':
      return `${raw.toFixed(2)}×`;
    case 'years':
      return raw.toFixed(0);
    case 'flag':
      return raw >= 0.5 ? 'yes' : 'no';
    case 'days':
      return raw.toFixed(1);
  }
}
