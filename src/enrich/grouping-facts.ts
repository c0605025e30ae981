import type { GroupingResult } from '../grouping';
import type { Norms } from '../grouping/norms';
import { daysExplainedByOthers, judgeSupport, listedForOthers, supportExpected, type SupportLine } from '../grouping/complication-support';
import type { ItemFacts } from './item-fact-types';
import { startsWithAny } from '../contract/code-prefix';
import { diagnosesIndicate, type Knowledge } from './knowledge';
import { daySurgeryProcedure } from './day-surgery';
import { generalTherapyItem } from './stay-knowledge';
import { rowCodeOf } from '../contract/catalogue-row';
import { inProphylaxisWindow } from './surgical-prophylaxis';

/**
 * What the DRG/DIP checks read, computed once per claim from the grouping and the region's norms
 * (rules/grouping/norms/). Scheme-neutral where it can be: in a DIP region the "group" is the 病种 and
 * its "weight" is the score over the region's points per weight point, so one rule serves both schemes.
 * Ratios and money are rounded to 2 decimals: they are read by people in messages.
 */
export interface GroupingFacts {
  /** How the region pays inpatient stays; null where no table lists it (no DRG/DIP checks there). */
  paymentScheme: 'DRG' | 'DIP' | null;
  /**
   * The claim is settled under the region's scheme: it names a group or asks the fund for money. A claim that
   * does neither (everything self-paid) is outside DRG/DIP settlement.
   */
  groupSettled: boolean;
  /** Inpatient: whether the scheme (DRG grouper, or the DIP table) places the record in a group. */
  groupable: boolean | null;
  /**
   * Why the DRG grouper left the record ungroupable, in words for the investigator (null when grouped or not DRG).
   * A valid 医保版 subcategory code whose listed details group apart is not the coder's error (ungroupableValidParent).
   */
  ungroupableReason: string | null;
  ungroupableValidParent: boolean;
  /**
   * The group came from the project's parent-code fallback (parent-codes.ts), not the national tables: a hospital's
   * CHS-DRG 1.1 grouper leaves such a record 0000, so a reported 0000 is its grouper's answer, not a mismatch.
   */
  groupedThroughParent: boolean;
  groupComputed: string | null;
  groupComputedName: string | null;
  groupReported: string | null;
  computedDrg: string | null;
  computedDip: string | null;
  /** DIP 分值 of the computed and reported 病种. */
  computedScore: number | null;
  reportedScore: number | null;
  computedWeight: number | null;
  /** null when the reported code is not in the region's table. */
  reportedWeight: number | null;
  /** reported − computed weight (null unless both are known). */
  weightDifference: number | null;
  /** Yuan per weight point in the region (DIP: points per weight × point value). */
  baseRate: number | null;
  /** max(0, weightDifference) × baseRate, yuan: what the reported group would pay beyond the computed one. */
  estimatedOverpayment: number | null;
  normLos: number | null;
  normCost: number | null;
  /** amounts.total in yuan. */
  totalCost: number;
  costRatio: number | null;
  /** totalCost − normCost, yuan (0 when below). */
  costAboveNorm: number | null;
  losRatio: number | null;
  /**
   * Cost per day of stay against the norm's cost per day (costRatio ÷ losRatio): below 1 the stay was
   * cheap for its days too (低标准入院's "very low cost per day"); at or above 1 a low total is explained
   * by a short stay.
   */
  dailyCostRatio: number | null;
  /** The MCC/CC that made the grouper choose a with-complication DRG. */
  splitComplication: string | null;
  splitComplicationKind: 'mcc' | 'cc' | null;
  splitComplicationName: string | null;
  /** Whether some item evidences that complication (null: not judged: no split, or no support row). */
  complicationSupported: boolean | null;
  /**
   * Whether the judged complication holds a with-complication DRG (true), or is coded on a stay whose ADRG the scheme
   * does not split by complication (…9, false): no DRG money rests on it, but the settlement list still claims it.
   * null when none is judged.
   */
  complicationSplitsGroup: boolean | null;
  /** What would support it, for messages ("codes …; kinds …"). */
  complicationSupportExpected: string | null;
  /**
   * Lines of the complication's row that do not evidence it because the other diagnoses already call for them (the
   * principal's work-up or treatment), or monitoring not repeated as its row requires: the evidence of an unsupported
   * complication. null when not judged.
   */
  complicationLineIds: string[] | null;
  /** Those lines' names, for messages ("无" when none). */
  complicationExplained: string | null;
  /** (weight of the computed DRG − weight of its ADRG's group without complication) × baseRate, yuan; DRG regions. */
  complicationAmount: number | null;
  /**
   * The complication judgment with the coded kidney failure (`kidneyFailure`) supported, where it differs: the member's
   * sessions at a dialysis centre beside the stay treat it (member dialysisBesideStay, read after the ledger; review.ts
   * puts it in place), and the judgment goes on to the other complications. null where it would not differ.
   */
  complicationBesideDialysis: ComplicationJudgment | null;
  /**
   * The principal procedure that placed the stay in an operating-room ADRG (CHS-DRG 1.1 letters A–J after the MDC:
   * 外科手术部分), null when the computed ADRG is a 非手术室操作 (K–Q) or medical (R–Z) one or was entered otherwise. The
   * national OR list holds some procedures that are no operation (peritoneal dialysis 54.98, which forms LL1 肾透析): a
   * rule reads this to know the group's norm is an operation's.
   */
  surgicalGroupProcedure: string | null;
  /**
   * The principal procedure of a day-surgery episode (日间手术, day-surgery.json: on the list, discharged within 48 h by
   * dates): paid and judged as day surgery, so the inpatient group's low-rate line and length of stay do not measure it.
   */
  daySurgeryProcedure: string | null;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The principal procedure by which the grouper chose an operating-room ADRG (second letter A–J), else null. */
function surgicalGroupProcedure(g: GroupingResult | null, procedureCodes: readonly string[]): string | null {
  if (!g || g.status !== 'grouped' || !/^[A-Z][A-J]/.test(g.adrg)) return null;
  const step = g.path.find((p) => p.step === 'adrg');
  return step?.code !== undefined && step.code === procedureCodes[0] ? step.code : null;
}

/** The grouper's ungroupable path in Chinese: outside the dictionary, a parent whose details part, or the record's other data. */
export function ungroupableReason(g: GroupingResult | null): { reason: string | null; validParent: boolean } {
  if (!g || g.status !== 'ungroupable') return { reason: null, validParent: false };
  const missing = g.path.find((p) => p.step === 'not_in_dictionary');
  if (missing) return { reason: `编码${missing.code}不在医保版字典（医保版ICD-10疾病诊断分类与代码）中`, validParent: false };
  const parts = g.path.find((p) => p.step === 'parent_code_parts');
  if (parts) {
    const adrgs = /group to (.+), so/.exec(parts.detail)?.[1].split(' or ').join('、') ?? '';
    return { reason: `编码${parts.code}是医保版亚目编码，分组方案只收其下细目，而细目分入不同病组（${adrgs}），未说明是哪一种`, validParent: true };
  }
  return { reason: '编码在医保版字典中，但与病案的性别、年龄或手术操作不能进入任何病组', validParent: false };
}

export interface GroupingFactsInput {
  region: string;
  inpatient: boolean;
  principalDiagnosis: string;
  procedureCodes: string[];
  /** Day of the stay of each coded procedure (null: undated); absent, none dated. */
  procedureDays?: readonly (number | null)[];
  lengthOfStay: number;
  /** Discharge date − admission date (0: discharged the day of admission); absent, lengthOfStay. */
  nights?: number;
  /** How the stay ended (医嘱转院 'transfer', death …); null when not given. */
  dischargeMode: string | null;
  totalFen: number;
  fundClaimedFen: number;
  reportedDrg: string | null;
  reportedDip: string | null;
  grouping: GroupingResult | null;
  items: ItemFacts[];
  /** Every diagnosis of the claim, principal first. */
  diagnosisCodes: string[];
  diagnosisName: (code: string) => string | undefined;
  /** Catalogue names of item codes, for messages. */
  itemName: (code: string) => string;
  /** Whether the grouper's tables make a code an MCC or a CC (every counting complication is judged, not only the first). */
  complicationOf?: (code: string) => { kind: 'mcc' | 'cc'; table?: string } | undefined;
  /** The principal diagnosis' exclusion table (cce.json): a complication of the same table does not count. */
  exclusionTableOf?: (principal: string) => string | undefined;
  /**
   * Kidney-failure codes (limits.json dialysisAfterTransplant.kidneyFailure) a member may have treated on a dialysis
   * centre's bill beside the stay: `complicationBesideDialysis` judges them supported.
   */
  kidneyFailure?: readonly string[];
}

/**
 * Whether the knowledge tables say the other diagnoses call for the line: a test whose indications, suspected or
 * screening, differential or together groups include one (test-indications.json), or a therapy they indicate (therapy-indications.json).
 */
export function knowledgeExplains(k: Knowledge | null, others: readonly string[], l: SupportLine): boolean {
  if (!k) return false;
  const t = k.tests.byCode.get(l.rowCode);
  if (t && diagnosesIndicate(t, others)) return true;
  const th = k.therapy.get(l.rowCode);
  // A general item read as the therapy only under a coded procedure (吸氧 as 高压氧) is not explained by its indications.
  return th !== undefined && !generalTherapyItem(th, l.rowCode) && startsWithAny(others, th.indications);
}

/**
 * An antibacterial given in a coded clean operation's prophylaxis window (surgical-prophylaxis.json: the operation
 * day and up to 24–48 h after) is the operation's prophylaxis, no treatment of an infection coded beside it.
 */
function prophylaxisExplains(f: GroupingFactsInput, k: Knowledge | null, l: SupportLine): boolean {
  const t = k?.surgicalProphylaxis;
  if (!t || !f.procedureDays || l.kind !== 'drug/antibiotic' || l.dayIndex === undefined) return false;
  return inProphylaxisWindow(t, f.procedureCodes, f.procedureDays, l.dayIndex);
}

/** The claim's lines as the support judgment reads them. */
export function supportLines(items: readonly ItemFacts[]): SupportLine[] {
  return items.map((it) => ({
    lineId: it.lineId,
    rowCode: rowCodeOf(it),
    kind: it.catalogue?.subcategory !== undefined ? `${it.category}/${it.catalogue.subcategory}` : null,
    day: it.date,
    quantity: it.quantity,
    dayIndex: it.dayIndex,
  }));
}

/**
 * The counting complications that hold the computed DRG's split, the grouper's own choice first: every secondary
 * MCC of an MCC group (…1); every MCC or CC of a CC group (…3: an ADRG split only into …3/…5 takes an MCC as its
 * complication too), less those the principal's exclusion table excludes.
 */
function countingComplications(f: GroupingFactsInput, c: { code: string; kind: 'mcc' | 'cc' }, drg: string, excluded: readonly { code: string; kind: string }[]): { code: string; kind: 'mcc' | 'cc' }[] {
  const out = [c];
  if (!f.complicationOf) return out;
  const counts = (kind: 'mcc' | 'cc') => kind === 'mcc' || drg.endsWith('3');
  for (const d of f.diagnosisCodes.slice(1)) {
    if (d === c.code || out.some((x) => x.code === d)) continue;
    const k = f.complicationOf(d);
    if (k && counts(k.kind) && !excluded.some((x) => x.code === d && x.kind === k.kind)) out.push({ code: d, kind: k.kind });
  }
  return out;
}

export type ComplicationJudgment = Pick<
  GroupingFacts,
  'splitComplication' | 'splitComplicationKind' | 'splitComplicationName' | 'complicationSupported' | 'complicationSplitsGroup' | 'complicationSupportExpected' | 'complicationLineIds' | 'complicationExplained'
>;

const NOT_JUDGED = { splitComplication: null, splitComplicationKind: null, splitComplicationName: null, complicationSupported: null, complicationSplitsGroup: null, complicationSupportExpected: null, complicationLineIds: null, complicationExplained: null };

/**
 * The secondary MCCs coded on a stay whose ADRG is not split by complication, less those of the principal's exclusion
 * table (cce.json), in coding order. CCs are left out: a comorbidity (atrial fibrillation, anaemia) is often carried on
 * its home treatment with nothing billed for it, where an MCC (严重并发症或合并症: failure of an organ, shock, sepsis)
 * is treated or monitored in the stay it is coded on — as is a CC whose support row is an acute condition (`acquired`:
 * pneumonia, urinary infection, acute post-haemorrhagic anaemia), which no home treatment carries.
 */
function codedComplications(f: GroupingFactsInput, acquired: (code: string) => boolean): { code: string; kind: 'mcc' | 'cc' }[] {
  if (!f.complicationOf) return [];
  const principalTable = f.exclusionTableOf?.(f.diagnosisCodes[0]);
  const out: { code: string; kind: 'mcc' | 'cc' }[] = [];
  for (const d of f.diagnosisCodes.slice(1)) {
    const k = f.complicationOf(d);
    if (k && (k.kind === 'mcc' || acquired(d)) && (principalTable === undefined || k.table !== principalTable) && !out.some((x) => x.code === d)) out.push({ code: d, kind: k.kind });
  }
  return out;
}

/**
 * On an ADRG the scheme does not split (…9: FM19 PCI), a coded MCC/CC moves no DRG money, yet the settlement list
 * claims it (医保结算清单填写规范: 其他诊断 are conditions that affect this stay's care) and it raises the stay's severity
 * where secondary diagnoses are scored (DIP 辅助目录, CMI). Each coded MCC (or acquired CC) with a support row is judged on its own: the
 * first unsupported one is named.
 */
function unsplitComplicationFacts(f: GroupingFactsInput, norms: Norms | null, knowledge: Knowledge | null, elsewhere: readonly string[]) {
  if (!norms) return NOT_JUDGED;
  let supported: ReturnType<typeof judgeOne> | null = null;
  const coded = codedComplications(f, (d) => norms.complicationSupport(d)?.acquired === true);
  // MCCs first: beside a supported MCC an acquired CC adds no severity (the scheme reads the gravest), and its treatment
  // may be the MCC's own (the pneumonia a septic shock came from, treated by the sepsis' antibiotic).
  for (const c of [...coded.filter((x) => x.kind === 'mcc'), ...coded.filter((x) => x.kind === 'cc')]) {
    if (c.kind === 'cc' && supported?.splitComplicationKind === 'mcc') break;
    const row = norms.complicationSupport(c.code);
    if (!row) continue;
    const j = judgeOne(f, c, row, norms, knowledge, elsewhere);
    if (!j.complicationSupported) return { ...j, complicationSplitsGroup: false };
    supported ??= j;
  }
  return supported ? { ...supported, complicationSplitsGroup: false } : NOT_JUDGED;
}

/**
 * Whether the stay ended by 医嘱转院 on its admission day or the next: a condition found on arrival (the atrial
 * fibrillation on the ECG of a stroke thrombolysed and sent on for thrombectomy) is treated and followed at the
 * receiving hospital, so the sender's bill cannot show its course and its complications are not judged.
 */
function transferredOnArrival(f: GroupingFactsInput): boolean {
  return f.dischargeMode === 'transfer' && f.lengthOfStay <= 1;
}

function complicationFacts(f: GroupingFactsInput, norms: Norms | null, knowledge: Knowledge | null, elsewhere: readonly string[] = []) {
  const cx = judgedComplicationFacts(f, norms, knowledge, elsewhere);
  if (cx.complicationSupported === null || !transferredOnArrival(f)) return cx;
  // The complication stays named (the group it holds is still computed); only the judgment is withheld.
  return { ...cx, complicationSupported: null, complicationSupportExpected: null, complicationLineIds: null, complicationExplained: null };
}

function judgedComplicationFacts(f: GroupingFactsInput, norms: Norms | null, knowledge: Knowledge | null, elsewhere: readonly string[]) {
  const g = f.grouping;
  if (g && g.status === 'grouped' && /9$/.test(g.drg)) return unsplitComplicationFacts(f, norms, knowledge, elsewhere);
  // Only a complication that changed the DRG (a …1 or …3 group) matters for payment.
  const first = g && g.status === 'grouped' && g.complication && /[13]$/.test(g.drg) ? g.complication : null;
  if (!first) return NOT_JUDGED;
  // Every coded MCC/CC needs its supporting items (issue 19.2): the group stands when one counting complication is
  // supported; it falls when those judged are all unsupported. A first-listed complication with no support row (not
  // judged) no longer hides an unsupported one listed after it.
  const rowOf = (d: string) => norms?.complicationSupport(d);
  // A supported one names itself (the complication that holds the group); else the first unsupported one is named.
  let unsupported: ReturnType<typeof judgeOne> | null = null;
  for (const c of countingComplications(f, first, g!.drg, g?.excludedComplications ?? [])) {
    const row = rowOf(c.code);
    if (!row || !norms) continue;
    const j = judgeOne(f, c, row, norms, knowledge, elsewhere);
    if (j.complicationSupported) return { ...j, complicationSplitsGroup: true };
    unsupported ??= j;
  }
  if (unsupported) return { ...unsupported, complicationSplitsGroup: true };
  return { ...NOT_JUDGED, splitComplication: first.code, splitComplicationKind: first.kind, splitComplicationName: f.diagnosisName(first.code) ?? rowOf(first.code)?.name ?? null };
}

function judgeOne(
  f: GroupingFactsInput,
  c: { code: string; kind: 'mcc' | 'cc' },
  row: NonNullable<ReturnType<Norms['complicationSupport']>>,
  norms: Norms,
  knowledge: Knowledge | null,
  elsewhere: readonly string[],
) {
  const name = f.diagnosisName(c.code) ?? row.name ?? null;
  // Treated on another bill (the dialysis centre's sessions beside the stay): supported, and the loop goes on.
  if (startsWithAny([c.code], elsewhere)) {
    return { splitComplication: c.code, splitComplicationKind: c.kind, splitComplicationName: name, complicationSupported: true, complicationSupportExpected: supportExpected(row, f.itemName), complicationLineIds: [], complicationExplained: '无' };
  }
  const others = f.diagnosisCodes.filter((d) => d !== c.code);
  const rowOf = (d: string) => norms.complicationSupport(d);
  const judged = judgeSupport(
    row,
    supportLines(f.items),
    (l) => listedForOthers(row, others, rowOf, l) || knowledgeExplains(knowledge, others, l) || prophylaxisExplains(f, knowledge, l),
    (code) => daysExplainedByOthers(others, rowOf, code),
    { nights: f.nights ?? f.lengthOfStay, operated: surgicalGroupProcedure(f.grouping, f.procedureCodes) !== null },
  );
  const names = [...new Set(f.items.filter((it) => judged.explainedLineIds.includes(it.lineId)).map((it) => it.name))];
  return {
    splitComplication: c.code,
    splitComplicationKind: c.kind,
    splitComplicationName: name,
    complicationSupported: judged.supported,
    complicationSupportExpected: supportExpected(row, f.itemName),
    complicationLineIds: judged.explainedLineIds,
    complicationExplained: names.length ? names.join('、') : '无',
  };
}

function complicationAmount(
  region: string,
  complication: string | null,
  drg: string | null,
  weight: number | null,
  scheme: { scheme: string; baseRate: number } | null,
  norms: Norms | null,
): number | null {
  if (!complication || !drg || weight === null || !norms || scheme?.scheme !== 'DRG') return null;
  const without = norms.drgNorm(region, `${drg.slice(0, 3)}5`);
  return without ? r2(Math.max(0, weight - without.weight) * scheme.baseRate) : null;
}

export function groupingFacts(f: GroupingFactsInput, norms: Norms | null, knowledge: Knowledge | null = null): GroupingFacts {
  const totalCost = f.totalFen / 100;
  const scheme = f.inpatient ? norms?.schemeOf(f.region) ?? null : null;
  const g = f.grouping;
  const computedDrg = g ? g.drg : null;
  // Plain locals and one object literal at the end: spreading a 30-field object is a slow path in V8.
  const cx = complicationFacts(f, norms, knowledge);
  // Only an unsupported judgment with kidney failure coded can change when that failure is treated beside the stay.
  const kidney = f.kidneyFailure ?? [];
  const beside = cx.complicationSupported === false && kidney.length && startsWithAny(f.diagnosisCodes, kidney) ? complicationFacts(f, norms, knowledge, kidney) : null;
  let computedDip: string | null = null;
  let computedScore: number | null = null;
  let reportedScore: number | null = null;
  let groupComputed: string | null = null;
  let groupComputedName: string | null = null;
  let groupReported: string | null = null;
  let computedWeight: number | null = null;
  let reportedWeight: number | null = null;
  let normLos: number | null = null;
  let normCost: number | null = null;
  let groupable: boolean | null = f.inpatient && g ? g.status === 'grouped' : null;
  let why = ungroupableReason(f.inpatient ? g : null);

  if (scheme && norms && scheme.scheme === 'DRG') {
    groupReported = f.reportedDrg;
    if (g && g.status === 'grouped') {
      groupComputed = g.drg;
      groupComputedName = g.drgName;
      const n = norms.drgNorm(f.region, g.drg);
      if (n) ({ weight: computedWeight, normLos, normCost } = n);
    }
    if (f.reportedDrg) reportedWeight = norms.drgNorm(f.region, f.reportedDrg)?.weight ?? null;
  } else if (scheme && norms && scheme.scheme === 'DIP') {
    groupReported = f.reportedDip;
    const m = norms.dipOf(f.region, f.principalDiagnosis, f.procedureCodes);
    groupable = m !== undefined;
    why = { reason: m ? null : '本统筹区DIP病种目录没有该主要诊断与手术操作的组合', validParent: false };
    if (m) {
      groupComputed = computedDip = m.row.code;
      groupComputedName = m.row.name ?? null;
      computedScore = m.row.score;
      computedWeight = m.row.score / scheme.scorePerWeight;
      normLos = m.row.normLos ?? null;
      normCost = m.row.normCost ?? r2(m.row.score * (scheme.pointValue ?? scheme.baseRate / scheme.scorePerWeight));
    }
    const reported = f.reportedDip ? norms.dipByCode(f.region, f.reportedDip) : undefined;
    if (reported) {
      reportedScore = reported.score;
      reportedWeight = reported.score / scheme.scorePerWeight;
    }
  }

  const groupedThroughParent = !!g && g.status === 'grouped' && g.path[0]?.step === 'parent_code';
  const weightDifference = computedWeight !== null && reportedWeight !== null ? Math.round((reportedWeight - computedWeight) * 10_000) / 10_000 : null;
  return {
    paymentScheme: scheme?.scheme ?? null,
    computedDrg,
    computedDip,
    computedScore,
    reportedScore,
    totalCost,
    splitComplication: cx.splitComplication,
    splitComplicationKind: cx.splitComplicationKind,
    splitComplicationName: cx.splitComplicationName,
    complicationSupported: cx.complicationSupported,
    complicationSplitsGroup: cx.complicationSplitsGroup,
    complicationSupportExpected: cx.complicationSupportExpected,
    complicationLineIds: cx.complicationLineIds,
    complicationExplained: cx.complicationExplained,
    // A parent code the national grouper settled as 0000 was paid outside the DRG: the fallback's group (its least
    // severe DRG) is the review's reading, not the price the stay was paid at, so payment rules do not judge it.
    groupSettled: scheme !== null && (groupReported !== null || f.fundClaimedFen > 0) && !(groupedThroughParent && groupReported === '0000'),
    groupable,
    ungroupableReason: why.reason,
    ungroupableValidParent: why.validParent,
    groupedThroughParent,
    groupComputed,
    groupComputedName,
    groupReported,
    computedWeight,
    reportedWeight,
    weightDifference,
    baseRate: scheme?.baseRate ?? null,
    estimatedOverpayment: weightDifference !== null && scheme ? r2(Math.max(0, weightDifference) * scheme.baseRate) : null,
    normLos,
    normCost,
    costRatio: normCost ? r2(totalCost / normCost) : null,
    costAboveNorm: normCost ? r2(Math.max(0, totalCost - normCost)) : null,
    losRatio: normLos ? r2(f.lengthOfStay / normLos) : null,
    dailyCostRatio: normCost && normLos ? r2(totalCost / Math.max(1, f.lengthOfStay) / (normCost / normLos)) : null,
    complicationAmount: cx.complicationSplitsGroup === false ? null : complicationAmount(f.region, cx.splitComplication, groupComputed, computedWeight, scheme, norms),
    complicationBesideDialysis: beside,
    surgicalGroupProcedure: surgicalGroupProcedure(g, f.procedureCodes),
    daySurgeryProcedure: f.inpatient ? daySurgeryProcedure(f.procedureCodes, f.nights ?? f.lengthOfStay, knowledge?.daySurgery, f.diagnosisCodes[0]) : null,
  };
}
