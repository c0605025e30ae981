import { atcOfDrugCode } from '../contract/drug-code';
import type { ClaimFacts } from '../enrich/facts';
import { kindOf } from './calibration';
import { courseStretch } from './course-context';
import { dayCase } from './day-case';
import { explainedTreatmentFen, quantityRatio, rawValue, stayLineDays, type FeatureDef } from './features';
import { visitDays } from './visit-days';

// Which deviations may send a claim to review on the model's word alone (可疑). The autoencoder scores how
// unusual a claim is against its peers, and unusual is not suspect: a visit with no drugs, a weekend admission,
// a 乙-class drug at a pharmacy, an item count that varies with the purpose of a visit are all legitimate. So a
// score above the threshold raises the alert only when at least one feature with a fraud direction lies at least
// SIGNAL_Z robust SDs from the peers in that direction and by a material amount (DOMAIN.md statistical patterns:
// outlier cost high/low, phantom and low-standard stays, swapped items, excess days, over-pricing); otherwise the
// score is capped at the threshold. Features without a fraud direction (age, weekend, class mix, drug / service /
// exam shares, drug and item counts, diagnosis and procedure counts, the largest line's share, fund and policy
// shares) still shape the score, never alone the decision.
//
// Level features (cost, LOS, bed share) mean something only against clinically comparable peers:
// a stay's DRG × age band, DRG, ADRG, or the medical / procedural / surgical part of its MDC; a visit's diagnosis category.
// A claim that fell back to a coarse group (an MDC mixing operations and conservative care, a visit type × level
// of every purpose) is out of the model's distribution for them and cannot be flagged on them; features read
// against the claim's own bill (quantity against usual daily use, price above cap, unsupported or unknown lines,
// days of a stay without any service) need no such peers.
// A stay that codes more procedures than its peers' median (a PCI after the angiography its DRG was chosen by, a
// second operation) had care its peers did not: its cost above them has a coded reason, so cost far *above* the
// peers backs no alert there; whether the procedures were done and coded right is the coding rules' question.
// A visit that codes more conditions than its peers (门诊慢特病 of an elderly member with many chronic diseases) has
// the treatment of each on its bill: ten conditions need ten drugs. So the drugs and tests the indication tables find
// indicated by its diagnoses (the drug table's class, the test table's row: item.indicationSupported) are taken out
// of its cost, like a restricted drug below, and the remainder is judged against the peers of its principal. Cost in
// lines no condition calls for (a CT of no coded complaint, a drug indicated by none of them, a line neither table
// judges) stays in: more conditions explain their own treatment, not whatever else the bill holds. Whether the
// indicated drugs were needed in that quantity is the supply rules' question.
// A costly drug the catalogue restricts to indications (限定支付范围) that the claim's own diagnoses meet
// (teriparatide for osteoporosis, alteplase for an infarct): the restriction is why it is costly and the diagnosis is
// why it was given, so its cost is taken out before cost far above the peers is judged; whether it was given, and how
// much, is the quantity, schedule and frequency rules' question.
// Length is not the fraud; padded days are days without care (DOMAIN.md: excess days, bed-blocking and phantom
// stays, 挂床住院). Real stays have a long tail (an elderly patient's pneumonia with a pressure ulcer and stroke
// sequela, a complication, rehabilitation) whose days carry cheap care: a daily dressing, oral drugs, a culture. Such a
// stay lies at 0.5–0.7 × its peers' cost per day with 15–20 points more bed share, exactly where a stay padded with bed
// and nursing lies, so neither cost per day nor bed share tells them apart beside the length (they did, and sent the
// long geriatric stays to review). What tells them apart is whether the extra days carry care, which the bill shows
// day by day: days billed bed or nursing with nothing else are the stay-content rules' idle days (挂床, named line by
// line). So a stay at least twice its norm backs an alert only together with days without any service line
// (`onlyWith`, named beside the length); cost per day and bed share still back an alert on their own, at their own
// material size (0.5 ×, 20 points).
// A visit's drug supply within the policy's dispensing limit (a month, 84 days marked 长处方: limits.json supply) is no
// overdose, however many days of usual use it holds: a 门诊慢特病 member's month of tablets or of dialysis fluid read
// as thirty to sixty times a day's use, against peers with a week's. So max_quantity_ratio is read
// on the lines beyond that limit only (stay.supplyWithinLimit, days counted as the supply ledger counts them); whether
// supply is held beyond it is the ledger's question (history.drug-oversupply). Likewise in a stay a cycle drug's
// tablets for the cycle's days on (capecitabine d1–14, dispensed at the chemotherapy stay that starts the cycle).

/** Robust SDs from the peers, in the fraud direction, that make a deviation material. */
export const SIGNAL_Z = 3;

interface Signal {
  feature: string;
  /** high: only above the peers is a fraud signal; low: only below. */
  dir: 'high' | 'low';
  /** Needs a clinically comparable peer group (level features); false: read against the claim's own bill. */
  comparable: boolean;
  /** A money level: needs peers of the claim's own ADRG at least (a visit's diagnosis category), never an MDC part. */
  money?: boolean;
  /** Needs peers of the stay's own DRG and age band (DRG × age band): too little care for a child is read against children. */
  ownAgeBand?: boolean;
  /** For a stay grouped with a complication (DRG …1, …3), needs peers of its own DRG (DRG × age band, DRG): it grows with the complication's days. */
  ownDrgIfComplicated?: boolean;
  /** Inpatient stays only. */
  inpatientOnly?: boolean;
  /**
   * Only for a stay that ran its course at this hospital (not transferred in or out, not ended by death or
   * against advice, not palliative care): an interrupted stay is short, front-loaded with work-up, and cheap by
   * nature; a palliative one lasts as long as life does at a low cost per day.
   */
  wholeStay?: boolean;
  /**
   * Backs an alert only together with one of these features lying at least SIGNAL_Z robust SDs from the peers in its
   * own fraud direction (its entry here), whatever its size: a deviation that means fraud only beside another.
   */
  onlyWith?: readonly string[];
  /** Material size besides SIGNAL_Z, on the claim's value and the peer median as a reader sees them (display units). */
  material: (value: number, peer: number) => boolean;
}

// Material size. Money: at least three times the comparable peers' median (the highest 高倍率 line of the grouping
// rules, 3 × the norm of a light group: real bills carry more care than the generated stays the peers come from,
// so twice the peers was legitimate implant, oncology and intensive care), or at most half of it for a stay (the
// 低倍率 line is 0.4 ×, rules/grouping/grouping.rules.json): the model names only deviations of the size DRG payment
// already treats as outliers. Shares: 20 points. Quantity: ten days of
// usual use on one line-day and three times the peers' largest (a dosing question below that is the quantity
// rules' job, not a swapped or padded line).
const atLeastTwice = (v: number, p: number) => v >= 2 * Math.max(p, 1e-9);
const atLeastThrice = (v: number, p: number) => v >= 3 * Math.max(p, 1e-9);
const atMostHalf = (v: number, p: number) => v <= 0.5 * p;
/** The grouping rules' 低倍率 line (grouping.low-rate): a whole stay costing at most 0.4 × its group's. */
const lowRate = (v: number, p: number) => v <= 0.4 * p;
const sharePoints = (points: number) => (v: number, p: number) => Math.abs(v - p) >= points;

export const FRAUD_SIGNALS: readonly Signal[] = [
  // Cost far above comparable peers (outlier_cost_high, swapped items, padded bills).
  { feature: 'total_cost', dir: 'high', comparable: true, money: true, material: atLeastThrice },
  { feature: 'cost_vs_norm', dir: 'high', comparable: true, money: true, material: atLeastThrice },
  // A whole stay with far too little care for its nights (outlier_cost_low, low-standard admission, phantom stay).
  // Per day only the low side: a high cost per day of a short stay is front-loaded care, and DRG pays per case.
  // Lines per day are not read: how many lines a day of care makes depends on how the hospital itemises its bill
  // (sets and tapes per infusion group or per day, panels or their parts), so a plainly itemised bill looked like
  // half the care of the fully itemised generated ones; cost per day measures the care.
  { feature: 'total_cost', dir: 'low', comparable: true, money: true, ownAgeBand: true, inpatientOnly: true, wholeStay: true, material: lowRate },
  { feature: 'cost_vs_norm', dir: 'low', comparable: true, money: true, ownAgeBand: true, inpatientOnly: true, wholeStay: true, material: lowRate },
  { feature: 'cost_per_day', dir: 'low', comparable: true, money: true, ownAgeBand: true, inpatientOnly: true, wholeStay: true, material: atMostHalf },
  { feature: 'service_day_coverage', dir: 'low', comparable: false, inpatientOnly: true, wholeStay: true, material: sharePoints(0.2) },
  // Days and bed-and-nursing far above the norm (excess days, bed blocking). The days only beside days with no
  // service at all: days of bed and nursing only are the idle-day rules' finding (see above).
  { feature: 'los_vs_norm', dir: 'high', comparable: true, inpatientOnly: true, wholeStay: true, material: atLeastTwice, onlyWith: ['service_day_coverage'] },
  // Bed share of a stay with a complication only against its own DRG: keep is billed per day and a treatment course is
  // not, so the share grows with the stay's length, and CHS-DRG splits an ADRG by complication level (…1 伴严重并发症或
  // 合并症, …3 伴并发症或合并症, …5 不伴) because complications lengthen the stay (the norms table: 肾及尿路感染 LU11
  // 7.7 days, LU15 5.9). A fallback to the ADRG or MDC part holds the levels the training data had, mostly the
  // uncomplicated one, so the very old, whose dementia makes their UTI an LU11, read 20 points above LU15 peers on an
  // ordinary course. Days without any care are still service_day_coverage's and the idle-day rules' finding.
  { feature: 'bed_share', dir: 'high', comparable: true, ownDrgIfComplicated: true, inpatientOnly: true, wholeStay: true, material: sharePoints(0.2) },
  // Read against the claim's own bill and the catalogue.
  { feature: 'max_quantity_ratio', dir: 'high', comparable: false, material: (v, p) => v >= 10 && v >= 3 * p },
  { feature: 'price_excess_share', dir: 'high', comparable: false, material: sharePoints(0.1) },
  { feature: 'policy_excess_share', dir: 'high', comparable: false, material: sharePoints(0.1) },
  { feature: 'unknown_code_share', dir: 'high', comparable: false, material: sharePoints(0.1) },
  { feature: 'unsupported_share', dir: 'high', comparable: false, material: sharePoints(0.1) },
];

/** Cost level features: a stay with more coded procedures than its peers is not read as costing too much on them; a visit with more conditions is read on the cost its conditions' treatment does not explain. */
const COST_FEATURES = new Set(['total_cost', 'cost_vs_norm']);

/** Features read for too little care: the explained treatment (explainedTreatmentFen) is care given and counts in them (in bed share's denominator). */
const LOW_CARE_FEATURES = new Set(['total_cost', 'cost_vs_norm', 'cost_per_day']);
const BED_SHARE = 'bed_share';

/** Read for a stay a standard course explains (course-context.ts) only on what the course does not: its days and their bed share are the course's. */
const COURSE_EXPLAINED = new Set(['los_vs_norm', 'bed_share']);

/** Peer-group kinds whose members are clinically comparable (calibration.ts kindOf). */
const COMPARABLE_KINDS = new Set(['drg×age', 'drg', 'adrg', 'mdc×type', 'dx']);
// Money is levelled by the DRG: CHS-DRG sets a weight per DRG and judges 高倍率 / 低倍率 against the DRG's own base
// (国家医疗保障疾病诊断相关分组（CHS-DRG）分组与付费技术规范, 2019: 费用极高病例 / 费用极低病例). The ADRGs of one MDC
// part differ many-fold in cost (MDCH's surgical part holds a paracentesis with albumin beside a hepatectomy; MDCB's
// medical part a transient ischaemic attack beside a spinal-cord injury's rehabilitation), so a stay that fell back to
// its MDC part's median has no cost level to be read against: a paracentesis stay read as a third of the care, a
// multidrug-resistant TB injection phase as seven times it. Shares and days keep the MDC part (no weight multiplies them).
/** Peer-group kinds holding the claim's own ADRG (stays) or diagnosis category (visits): money levels are read only against these. */
const OWN_ADRG_KINDS = new Set(['drg×age', 'drg', 'adrg', 'dx']);
// Too little care is read against the stay's own age band only. A child's care is dosed by weight and a febrile
// seizure is watched a night or two (儿童用药按体重/体表面积计量), so a child's stay is a fraction of an adult's in the
// same DRG; the training stays are adults' and the elderly's, and a child's DRG × age band is seldom held, so the
// stay fell back to its DRG or ADRG of all ages and read at a tenth of the care. A stay far above its peers is still
// read against the fallback: age does not make care costlier than three times an adult's.
/** Peer-group kind holding the stay's own DRG and age band. */
const OWN_AGE_BAND_KIND = 'drg×age';
/** Peer-group kinds holding the claim's own DRG only (one complication level). */
const OWN_DRG_KINDS = new Set(['drg×age', 'drg']);
/** CHS-DRG's last digit of a DRG split by complication: 1 伴严重并发症或合并症 (MCC), 3 伴并发症或合并症 (CC). */
const COMPLICATION_LEVEL = /^[A-Z]{2}\d[13]$/;

export function comparablePeers(group: string): boolean {
  return COMPARABLE_KINDS.has(kindOf(group));
}

/**
 * Yuan of the cost the claim's diagnoses explain: drug lines whose catalogue indication restriction they meet, and,
 * on a visit coding more conditions than its peers (`conditions`), the drug and test lines the indication tables
 * find indicated by them (the conditions' own treatment and work-up).
 */
function indicatedYuan(f: ClaimFacts, conditions: boolean): number {
  let fen = 0;
  for (const it of f.items) {
    if (it.category === 'drug' && it.catalogueIndicationMet === true) fen += it.amountFen;
    else if (conditions && it.indicationSupported === true && (it.category === 'drug' || it.category === 'service')) fen += it.amountFen;
  }
  return fen / 100;
}

/** The largest quantity ratio of the claim's lines, the drug lines within the dispensing limit left out (a visit's; a stay's cycle drug within its days on). */
function quantityBeyondSupply(f: ClaimFacts): number {
  const within = new Set(f.stay?.supplyWithinLimit ?? []);
  const stayDays = stayLineDays(f);
  let most = 0;
  for (const it of f.items) if (!within.has(it.lineId)) most = Math.max(most, quantityRatio(f, it, stayDays));
  return most;
}

/**
 * The bed share a stay would have at its peers' keep per day (bed and nursing: their median share × median cost per
 * day, a product of medians) beside its own care per day (`share`: its bed share with indicated treatment counted).
 * The share is keep over keep and care, so it rises as much with cheap care as with more keep: a pneumonia stay given
 * its 集采 ceftriaxone (a few yuan a vial) every day, at the peers' bed and nursing grade, read 0.58 against their 0.26.
 * Care too cheap for the nights is the low-care features' question (cost per day at half the peers', 低倍率) at their
 * own material line; the bed share names keep beyond the peers' only. Read so only where the idle-day reading found no
 * days of keep without care (stay.idleDays): on held days the share is the held bed's.
 */
function bedShareAtPeerKeep(defs: readonly FeatureDef[], x: ArrayLike<number>, median: readonly number[], share: number): number {
  const b = defs.findIndex((d) => d.name === BED_SHARE);
  const c = defs.findIndex((d) => d.name === 'cost_per_day');
  if (b < 0 || c < 0 || !(share < 1)) return 0;
  const own = rawValue(defs[b], x[b]);
  if (!(own > 0)) return 0;
  // Care per day beside the keep, in the yuan the share was read on: keep per day (own share × cost per day) over the share.
  const keep = own * rawValue(defs[c], x[c]);
  const care = (keep / share) * (1 - share);
  const peerKeep = rawValue(defs[b], median[b]) * rawValue(defs[c], median[c]);
  return peerKeep + care > 0 ? peerKeep / (peerKeep + care) : 0;
}

/**
 * A chemotherapy cycle's stay (principal Z51.1 为肿瘤化学治疗疗程, an antineoplastic of ATC L01 billed): its cost is its
 * regimen's, and regimens differ many-fold per cycle (weekly cisplatin 40 mg/m² given with radiotherapy for cervical
 * cancer against a three-weekly oxaliplatin or targeted cycle; 宫颈癌诊疗指南 2022), all in one RU1 DRG. Too little care
 * is not read for it; whether the cycle needed an admission (日间化疗) is the low-standard admission rules' question.
 * A Z51.1 stay without any antineoplastic is still read.
 */
function chemotherapyCycle(f: ClaimFacts): boolean {
  return f.inpatient && /^Z51\.1/.test(f.principalDiagnosis) && f.items.some((it) => it.category === 'drug' && (atcOfDrugCode(it.code) ?? '').startsWith('L01'));
}

/** Palliative care (Z51.5 安宁疗护, principal or coded beside the cancer): comfort care as long as life lasts, cheap per day by nature, never a course of treatment. */
const PALLIATIVE = 'Z51.5';

/** A home sick bed (家庭病床) is settled per bed-day and visited weekly, a psychiatric, rehabilitation or hospice stay per bed-day (bed-day-settings.json): no DRG-paid stay is its peer. */
function wholeStay(f: ClaimFacts): boolean {
  return f.inpatient && f.stay?.homeSickBed == null && f.stay?.bedDaySetting == null && !f.transferFromHospitalId && f.admissionRoute !== 'transfer' && (f.dischargeMode == null || f.dischargeMode === 'ordered') && !f.principalDiagnosis.startsWith(PALLIATIVE) && !f.diagnosisCodes.some((d) => d.startsWith(PALLIATIVE));
}

/**
 * The features (by name) whose deviation backs a model alert, strongest first; empty when none does.
 * `x` and `median` are stored feature values (FEATURES order), `z` their clipped peer z-scores; `normLos` the length
 * of the norm cost_vs_norm is read against before a course stretches it (peer-stats groupNorm): total_cost's course
 * days are stretched by the same.
 */
export function fraudSignals(
  f: ClaimFacts,
  group: string,
  defs: readonly FeatureDef[],
  x: ArrayLike<number>,
  z: ArrayLike<number>,
  median: readonly number[],
  normLos: number,
  /** The claim's visit-dates (visit-days.ts; 1 for a stay), computed once per claim by the scorer. */
  visitDates: number = f.inpatient ? 1 : visitDays(f),
): string[] {
  const comparable = comparablePeers(group);
  const g = f.grouping;
  const complicatedElsewhere = f.inpatient && g?.status === 'grouped' && COMPLICATION_LEVEL.test(g.drg) && !OWN_DRG_KINDS.has(kindOf(group));
  const course = f.inpatient && f.stay?.standardCourse != null;
  const p = defs.findIndex((d) => d.name === 'procedure_count');
  const moreProcedures = f.inpatient && p >= 0 && x[p] > median[p] + 1e-9;
  const dxc = defs.findIndex((d) => d.name === 'diagnosis_count');
  const moreConditions = !f.inpatient && dxc >= 0 && x[dxc] > median[dxc] + 1e-9;
  /** z of a feature in its fraud direction (its FRAUD_SIGNALS entry), 0 when it has none. */
  const leaning = (name: string) => {
    const j = defs.findIndex((d) => d.name === name);
    const s = FRAUD_SIGNALS.find((e) => e.feature === name);
    return j < 0 || !s ? 0 : s.dir === 'high' ? z[j] : -z[j];
  };
  const best = new Map<string, number>();
  const t = defs.findIndex((d) => d.name === 'total_cost');
  let indicated: number | null = null;
  for (const s of FRAUD_SIGNALS) {
    const j = defs.findIndex((d) => d.name === s.feature);
    if (j < 0 || (s.comparable && !comparable) || (s.money && !OWN_ADRG_KINDS.has(kindOf(group))) || (s.ownAgeBand && kindOf(group) !== OWN_AGE_BAND_KIND) || (s.ownDrgIfComplicated && complicatedElsewhere) || (s.inpatientOnly && !f.inpatient) || (s.wholeStay && !wholeStay(f))) continue;
    // A stay admitted for an urgent work-up (a TIA) is short and cheap by nature: too little care is not its signal.
    if (s.dir === 'low' && s.wholeStay && f.stay?.workUpAdmission === true) continue;
    if (s.dir === 'low' && LOW_CARE_FEATURES.has(s.feature) && chemotherapyCycle(f)) continue;
    // A day-surgery episode's length, bed share and low cost are a day case's, read against ordinary stays (day-case.ts).
    if (s.comparable && s.wholeStay && dayCase(f)) continue;
    // A standard course's treatment carries its days: its length and bed share are the course's, not held beds.
    if (course && COURSE_EXPLAINED.has(s.feature) && s.dir === 'high') continue;
    if (moreProcedures && s.dir === 'high' && COST_FEATURES.has(s.feature)) continue;
    const v = s.dir === 'high' ? z[j] : -z[j];
    let value = rawValue(defs[j], x[j]);
    if (s.feature === 'max_quantity_ratio' && v >= SIGNAL_Z && (!f.inpatient || (f.stay?.supplyWithinLimit.length ?? 0) > 0)) value = quantityBeyondSupply(f);
    if (s.dir === 'high' && COST_FEATURES.has(s.feature) && v >= SIGNAL_Z && t >= 0) {
      // Both cost features are read on the bill's total (total_cost in yuan, cost_vs_norm its ratio to the norm): scale alike.
      indicated ??= indicatedYuan(f, moreConditions);
      // total_cost of a visit is per visit-date (visit-days.ts); the indicated yuan are the whole claim's.
      const total = rawValue(defs[t], x[t]) * visitDates;
      if (indicated > 0 && total > 0) value *= Math.max(0, total - indicated) / total;
      // A standard course's days are read at the group's daily cost (cost_vs_norm's norm is already stretched).
      if (s.feature === 'total_cost') value /= courseStretch(f, normLos);
    }
    if (((s.dir === 'low' && LOW_CARE_FEATURES.has(s.feature)) || s.feature === BED_SHARE) && v >= SIGNAL_Z && t >= 0) {
      // Indicated treatment left out of the cost is still care given (heart-failure oxygen and monitoring): the cost
      // is scaled up by it, the bed-and-nursing share down.
      const unexplained = rawValue(defs[t], x[t]);
      const withTreatment = unexplained + explainedTreatmentFen(f) / 100;
      if (unexplained > 0) value *= s.feature === BED_SHARE ? unexplained / withTreatment : withTreatment / unexplained;
    }
    let peer = rawValue(defs[j], median[j]);
    if (s.feature === BED_SHARE && v >= SIGNAL_Z && f.stay?.idleDays == null) peer = Math.max(peer, bedShareAtPeerKeep(defs, x, median, value));
    if (v < SIGNAL_Z || !s.material(value, peer)) continue;
    // The companion that leans furthest is named beside the signal, so the explanation shows why the days are suspect.
    const companion = s.onlyWith?.map((name) => [name, leaning(name)] as const).filter(([, lean]) => lean >= SIGNAL_Z).sort((a, b) => b[1] - a[1])[0];
    if (s.onlyWith && !companion) continue;
    best.set(s.feature, Math.max(v, best.get(s.feature) ?? 0));
    if (companion) best.set(companion[0], Math.max(companion[1], best.get(companion[0]) ?? 0));
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
