import type { ItemFacts } from './item-fact-types';
import { applyPaediatricDoses } from './paediatric-doses';
import { prefixList, startsWithAny } from './code-prefix';
import { atcOf, diagnosesIndicate, drugRowOf, isParenteral, rowCodeOf, type ConsistencyRow, type CriticalCareMonitoring, type DrugCompanion, type DrugIndication, type DrugSchedule, type Knowledge, type TestIndication } from './knowledge';

// Per-claim facts from the knowledge tables (rules/knowledge/), written into the item facts itemFacts()
// created with these fields null (same object shape, so the rules' property reads stay monomorphic).
// Each table row is judged once per claim and the result reused for every line it covers.

export interface KnowledgeClaimInput {
  diagnosisCodes: readonly string[];
  /** The principal diagnosis (consistency rows with `principal` judge only claims it falls under). */
  principalDiagnosis?: string | null;
  procedureCodes: readonly string[];
  /** Age in whole years on the service date. */
  ageYears: number;
  /** Age in days on the service date (admission day of a stay). */
  ageDays?: number;
  items: ItemFacts[];
  inpatient: boolean;
  /** A purchase at a 定点药店: drug lines are judged against the drug table. */
  pharmacy: boolean;
  /**
   * On a 门诊慢特病 visit, the member's approved diseases (enrollment.chronicDiseases) when the claim gives them:
   * drug lines are judged against these, not the claim's diagnoses (a drug for an unapproved condition is
   * outside the 慢特病 benefit whatever the claim codes). Null elsewhere.
   */
  chronicApproved?: readonly string[] | null;
  /** An inpatient stay admitted through the emergency department (入院途径 急诊). */
  emergency?: boolean;
  /** An inpatient stay not admitted by emergency or by transfer from another hospital (入院途径 门诊, 其他 or not given). */
  plannedAdmission?: boolean;
  /** Day of the stay of each coded procedure; null when the procedure carries no date. */
  procedureDays: readonly (number | null)[];
  /** Catalogue name of a code, for messages. */
  nameOf: (code: string) => string;
  /** Visit type (inpatient, outpatient, chronic, pharmacy): which consistency rows judge the claim. */
  visitType?: string;
  /** Day index of the discharge day (inpatient); undefined elsewhere. */
  dischargeDay?: number;
}


function testSupported(row: TestIndication, dx: readonly string[], surgical: boolean, invasive: boolean, ageYears: number): boolean {
  if (row.notCovered !== undefined) return false;
  return (
    (row.preoperative && surgical) ||
    (row.preoperativeFromAge !== undefined && surgical && ageYears >= row.preoperativeFromAge) ||
    (row.invasive && invasive) ||
    diagnosesIndicate(row, dx)
  );
}

function expectedText(row: TestIndication): string {
  if (row.notCovered !== undefined) return `${row.name}：${row.notCovered}`;
  const parts = [`${row.name}：诊断 ${prefixList(row.indications)}`];
  if (row.suspected.length) parts.push(`疑似 ${prefixList(row.suspected, 6)}`);
  if (row.screening.length) parts.push(`筛查/随访 ${prefixList(row.screening, 6)}`);
  if (row.differential.length) parts.push(`鉴别诊断 ${prefixList(row.differential, 6)}`);
  if (row.together.length) parts.push(`同时诊断 ${prefixList(row.together.map((all) => all.join('+')), 6)}`);
  if (row.preoperative) parts.push('或手术/操作前');
  else if (row.preoperativeFromAge !== undefined) parts.push(`或${row.preoperativeFromAge}岁及以上患者手术前`);
  else if (row.invasive) parts.push('或侵入性检查治疗前');
  if (row.emergency) parts.push('或急诊入院首2日');
  return parts.join('；');
}

/** Test indications, and on inpatient claims item consistency. */
export function applyKnowledge(c: KnowledgeClaimInput, k: Knowledge): void {
  applyTestIndications(c, k);
  const injectionMarks = k.stayContent?.parenteralDrugNameMarks ?? [];
  if (c.pharmacy && k.drugs.size > 0) applyDrugIndications(c, k.drugs, injectionMarks);
  else if (c.chronicApproved && c.chronicApproved.length > 0) applyChronicScope(c, k.drugs, c.chronicApproved, injectionMarks);
  if (k.drugCompanions.length > 0 && (c.pharmacy || (c.chronicApproved?.length ?? 0) > 0)) applyCompanions(c, k.drugCompanions);
  const visitType = c.visitType ?? (c.inpatient ? 'inpatient' : 'outpatient');
  if (k.consistency.size > 0 && k.consistencyVisitTypes.has(visitType)) applyConsistency(c, k, visitType);
  if (k.schedules.size > 0 && !c.pharmacy) applySchedules(c, k.schedules);
  if (k.paediatricDoses) applyPaediatricDoses(c, k.paediatricDoses);
}

/**
 * Drugs given once per cycle (or weekly) billed again within the label's interval, or more units within a cycle
 * than its highest dose allows: the later administration days are 虚记 or outside every labelled schedule. Only
 * where the drug is given (stays and clinic visits), not a pharmacy purchase. Each later day's lines name the
 * administration day before them; a cycle's lines beyond its units name the cycle's first day.
 */
function applySchedules(c: KnowledgeClaimInput, schedules: ReadonlyMap<string, DrugSchedule>): void {
  let byRow: Map<DrugSchedule, ItemFacts[]> | null = null;
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const row = schedules.get(rowCodeOf(it));
    if (row === undefined) continue;
    byRow ??= new Map();
    (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(it);
  }
  if (byRow === null) return;
  for (const [row, lines] of byRow) {
    const findings = new Map<ItemFacts, string>();
    const dateOf = new Map(lines.map((l) => [l.dayIndex, l.date]));
    const days = [...dateOf.keys()].sort((a, b) => a - b);
    if (row.minIntervalDays !== undefined) {
      const interval = row.minIntervalDays;
      for (let i = 1; i < days.length; i++) {
        if (days[i] - days[i - 1] >= interval) continue;
        const text = `${row.name}给药间隔至少${interval}日，前次给药${dateOf.get(days[i - 1])}，相隔${days[i] - days[i - 1]}日`;
        for (const l of lines) if (l.dayIndex === days[i]) findings.set(l, text);
      }
    }
    if (row.cycle !== undefined) {
      // Lines in date order; a cycle opens on an administration day and spans cycle.days days.
      const { days: span, maxUnits } = row.cycle;
      const ordered = [...lines].sort((a, b) => a.dayIndex - b.dayIndex);
      let first = -Infinity;
      let units = 0;
      for (const l of ordered) {
        if (l.dayIndex - first >= span) (first = l.dayIndex), (units = 0);
        units += l.quantity;
        if (units > maxUnits && !findings.has(l)) {
          const unit = l.catalogue?.unit ?? '支';
          findings.set(l, `${row.name}每${span}日周期至多${maxUnits}${unit}，自${dateOf.get(first)}起累计${units}${unit}`);
        }
      }
    }
    if (days.length < 2 && findings.size === 0) continue;
    for (const l of lines) {
      // A consistency row's own finding on the line is not overwritten.
      if (l.contextSupported === false) continue;
      const text = findings.get(l);
      l.contextSupported = text === undefined;
      l.contextFinding = 'schedule';
      l.contextExpected = text ?? null;
    }
  }
}

const DEFAULT_PARENTERAL_MARKS = ['注射', '输液'];

function consistencyExpected(row: ConsistencyRow, names: (code: string) => string, dayQuantity: number, majorOperations: readonly string[]): string {
  const parts: string[] = [];
  const near = row.nearDays > 0 ? `前后${row.nearDays}日内` : '同日';
  if (row.atc.length) parts.push(`${near}有注射输液用药 ${row.atcLabel ?? prefixList(row.atc)}`);
  if (row.sameDay.length || row.sameDayMarks.length) parts.push(`${near}有 ${[...row.sameDay.map(names), ...row.sameDayMarks.map((m) => `名称含“${m}”的项目`)].join('、')}`);
  const local = row.afterLocalAnaesthesia ? '' : '（仅局部麻醉的手术不计）';
  if (row.anyProcedure) parts.push((row.afterProcedureDays > 0 ? `手术/操作当日或其后${row.afterProcedureDays}日内` : '手术/操作当日') + local);
  if (row.anyProcedure && row.afterMajorOperationDays !== undefined && majorOperations.length) parts.push(`大手术（${prefixList(majorOperations, 6)}）当日或其后${row.afterMajorOperationDays}日内`);
  if (row.procedures.length) parts.push(`手术操作 ${prefixList(row.procedures)}`);
  if (row.firstDays > 0) parts.push(row.firstDaysWhenPlanned ? `入院后前${row.firstDays}日内` : `非择期入院后前${row.firstDays}日内`);
  if (row.acutePhase) parts.push(`诊断 ${prefixList(row.acutePhase.diagnoses)} 入院后前${row.acutePhase.days}日内`);
  if (row.maxAge !== undefined) parts.push(`${row.maxAge}岁及以下患儿`);
  if (row.maxAgeDays !== undefined) parts.push(`出生${row.maxAgeDays + 1}日内入院的新生儿`);
  if (row.minDaysAfter !== undefined) parts.push(`其后仍住院${row.minDaysAfter}日及以上（长期留置）`);
  if (row.diagnoses.length) parts.push(`诊断 ${prefixList(row.diagnoses)}`);
  const head = row.minQuantity !== undefined ? `${row.name}（当日计${dayQuantity}，${row.minQuantity}及以上须有依据）` : row.name;
  const tail = row.ordinary ? `；否则应按 ${row.ordinary} 收费` : '';
  return `${head}：${parts.join('；或')}${tail}`;
}

/** The row a line is judged by: its code's, else (lines outside the table) the first row of the line's category one of whose name marks its name carries. */
function consistencyRowOf(it: ItemFacts, k: Knowledge): ConsistencyRow | undefined {
  const row = k.consistency.get(rowCodeOf(it));
  if (row !== undefined || (it.category !== 'consumable' && it.category !== 'service') || k.consistencyMarks.length === 0) return row;
  const name = it.catalogue?.name ?? it.name;
  for (const [mark, r] of k.consistencyMarks) if (r.markCategory === it.category && (name.includes(mark) || it.name.includes(mark))) return r;
  return undefined;
}

/** Each consistency-table line judged against the same day's other lines, the procedures, the diagnoses and the member. */
function applyConsistency(c: KnowledgeClaimInput, k: Knowledge, visitType: string): void {
  const judged: [ItemFacts, ConsistencyRow][] = [];
  for (const it of c.items) {
    const row = consistencyRowOf(it, k);
    if (row === undefined || !(row.visitTypes as readonly string[]).includes(visitType)) continue;
    if (row.principal !== undefined && !startsWithAny(c.principalDiagnosis ? [c.principalDiagnosis] : [], row.principal)) continue;
    judged.push([it, row]);
  }
  if (judged.length === 0) return;
  const opDays: number[] = [];
  const majorOpDays: number[] = [];
  let undatedProcedure = false;
  for (const x of c.items) if (x.catalogue?.subcategory === 'surgery') opDays.push(x.dayIndex);
  // The chapters below this are operations (theatre-items.json operationDay); without the table any procedure may be one.
  const operationsBelow = k.theatre?.operationDay.codedOperationsBelow;
  c.procedureDays.forEach((d, i) => {
    // An operation coded without a date may have been on any day; a diagnostic or therapeutic procedure (ICD-9-CM-3
    // 87–99: imaging, ECT, an injection) without one says nothing about the care of any day.
    if (d === null) undatedProcedure ||= operationsBelow === undefined || (c.procedureCodes[i] ?? '').slice(0, 2) < operationsBelow;
    else {
      opDays.push(d);
      if (k.majorOperations.length && startsWithAny([c.procedureCodes[i] ?? ''], k.majorOperations)) majorOpDays.push(d);
    }
  });
  const local = localAnaesthesiaDays(c.items, k);
  const ctx: ConsistencyContext = {
    c, undatedProcedure, opDays: [...new Set(opDays)], majorOpDays, byDx: new Map(), marks: k.stayContent?.parenteralDrugNameMarks ?? DEFAULT_PARENTERAL_MARKS,
    localOnlyDays: local.days, localOnlyStay: local.stay,
    planned: c.plannedAdmission === true && startsWithAny(c.principalDiagnosis ? [c.principalDiagnosis] : [], k.plannedCare),
  };
  const billed = codesByDay(c.items, k, () => true);
  // A line's own support, the day's other lines taken as billed.
  const own = new Map<ItemFacts, boolean>();
  for (const [it, row] of judged) own.set(it, lineSupported(it, row, ctx, billed));
  // For rows with `groundedSameDay`, a same-day line of a care row (bed, monitoring) counts only when it has support
  // of its own: Ⅰ级护理 is not carried by monitoring nothing on the claim calls for. Hours rows (oxygen,
  // ventilation) judge the hours, not that the care was given, and still count.
  let grounded: Map<number, Set<string>> | null = null;
  if (judged.some(([, row]) => row.groundedSameDay)) {
    const unfounded = new Set(judged.filter(([it, row]) => row.finding === 'context' && !own.get(it)).map(([it]) => it));
    grounded = unfounded.size === 0 ? billed : codesByDay(c.items, k, (x) => !unfounded.has(x));
  }
  let quantities: Map<ConsistencyRow, Map<number, number>> | null = null;
  for (const [it, row] of judged) {
    let dayQuantity = it.quantity;
    if (row.minQuantity !== undefined) {
      quantities ??= new Map();
      let byDay = quantities.get(row);
      if (byDay === undefined) quantities.set(row, (byDay = quantitiesByDay(c.items, k, row)));
      dayQuantity = byDay.get(it.dayIndex) ?? 0;
      if (dayQuantity < row.minQuantity) continue;
    }
    const ok = !row.groundedSameDay || grounded === billed ? own.get(it)! : lineSupported(it, row, ctx, grounded!);
    it.contextSupported = ok;
    it.contextFinding = row.finding;
    it.contextExpected = ok ? null : consistencyExpected(row, c.nameOf, dayQuantity, k.majorOperations);
  }
}

interface ConsistencyContext {
  c: KnowledgeClaimInput;
  undatedProcedure: boolean;
  /** Days of a dated procedure or a surgery line; of a dated major operation. */
  opDays: readonly number[];
  majorOpDays: readonly number[];
  /** Each row's claim-wide support (diagnosis, procedure code, age), judged once. */
  byDx: Map<ConsistencyRow, boolean>;
  marks: readonly string[];
  /** Days billing local anaesthesia and no other; whether the whole stay does (an undated operation was under local). */
  localOnlyDays: ReadonlySet<number>;
  localOnlyStay: boolean;
  /** A planned stay for low-risk care (item-consistency.json `plannedCare`, not admitted by emergency or transfer). */
  planned: boolean;
}

/**
 * Days of the stay whose only anaesthesia is local (item-consistency.json `localAnaesthesia`): an operation under local
 * infiltration alone leaves no anaesthesia to recover from, so it calls for no monitoring after it. A stay billing no
 * anaesthesia at all says nothing about how it was given: no day is counted.
 */
function localAnaesthesiaDays(items: readonly ItemFacts[], k: Knowledge): { days: Set<number>; stay: boolean } {
  const codes = k.localAnaesthesia;
  const days = new Set<number>();
  if (!codes) return { days, stay: false };
  const other = new Set<number>();
  for (const x of items) {
    const code = rowCodeOf(x);
    if (codes.local.has(code)) days.add(x.dayIndex);
    else if (codes.other.has(code)) other.add(x.dayIndex);
  }
  for (const d of other) days.delete(d);
  return { days, stay: days.size > 0 && other.size === 0 };
}

/** Whether a line of a consistency row is supported, the day's items read from `codes`. */
function lineSupported(it: ItemFacts, row: ConsistencyRow, ctx: ConsistencyContext, codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const { c } = ctx;
  let dxOk = ctx.byDx.get(row);
  if (dxOk === undefined) {
    dxOk =
      startsWithAny(c.diagnosisCodes, row.diagnoses) ||
      startsWithAny(c.procedureCodes, row.procedures) ||
      (row.maxAge !== undefined && c.ageYears <= row.maxAge) ||
      (row.maxAgeDays !== undefined && c.ageDays !== undefined && c.ageDays <= row.maxAgeDays);
    ctx.byDx.set(row, dxOk);
  }
  const day = it.dayIndex;
  const after = (days: readonly number[], n: number) => days.some((d) => day >= d && day - d <= n);
  const underLocal = !row.afterLocalAnaesthesia;
  const opDays = underLocal && ctx.localOnlyDays.size ? ctx.opDays.filter((d) => !ctx.localOnlyDays.has(d)) : ctx.opDays;
  return (
    dxOk ||
    (row.anyProcedure && ((ctx.undatedProcedure && !(underLocal && ctx.localOnlyStay)) || after(opDays, row.afterProcedureDays))) ||
    (row.anyProcedure && row.afterMajorOperationDays !== undefined && after(ctx.majorOpDays, row.afterMajorOperationDays)) ||
    (day < row.firstDays && (row.firstDaysWhenPlanned || !ctx.planned)) ||
    (row.acutePhase !== undefined && day < row.acutePhase.days && startsWithAny(c.diagnosisCodes, row.acutePhase.diagnoses)) ||
    sameDayKeys(row).some((code) => codes.get(day)?.has(code) === true) ||
    (row.nearDays > 0 && nearby(codes, day, row.nearDays, sameDayKeys(row))) ||
    (row.minDaysAfter !== undefined && c.dischargeDay !== undefined && c.dischargeDay - day >= row.minDaysAfter) ||
    (row.atc.length > 0 && parenteralDrugNear(c.items, day, row, ctx.marks))
  );
}

/** The codes billed on each day by the lines `keep` accepts; a line known by name (a bilirubin test under a local code) stands as its mark too. */
function codesByDay(items: readonly ItemFacts[], k: Knowledge, keep: (x: ItemFacts) => boolean): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const x of items) {
    if (!keep(x)) continue;
    let set = out.get(x.dayIndex);
    if (!set) out.set(x.dayIndex, (set = new Set()));
    set.add(rowCodeOf(x));
    for (const m of k.consistencySameDayMarks) if (x.name.includes(m) || x.catalogue?.name?.includes(m)) set.add(markKey(m));
  }
  return out;
}

const markKey = (m: string) => `名称含:${m}`;

/** A row's same-day supports: its codes and its name marks. */
function sameDayKeys(row: ConsistencyRow): readonly string[] {
  return row.sameDayMarks.length ? [...row.sameDay, ...row.sameDayMarks.map(markKey)] : row.sameDay;
}

/** Quantity of a row's lines per day (hours of oxygen split over several lines count together). */
function quantitiesByDay(items: readonly ItemFacts[], k: Knowledge, row: ConsistencyRow): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const x of items) if (consistencyRowOf(x, k) === row) byDay.set(x.dayIndex, (byDay.get(x.dayIndex) ?? 0) + x.quantity);
  return byDay;
}

/** Whether an injected or infused drug of the row's ATC prefixes is billed within nearDays of `day`. */
function parenteralDrugNear(items: readonly ItemFacts[], day: number, row: ConsistencyRow, marks: readonly string[]): boolean {
  for (const x of items) {
    if (x.category !== 'drug' || Math.abs(x.dayIndex - day) > row.nearDays) continue;
    const atc = atcOf(rowCodeOf(x), x.catalogue);
    if (atc !== null && startsWithAny([atc], row.atc) && isParenteral(x, marks)) return true;
  }
  return false;
}

/** Whether one of `codes` is billed within `n` days of `day` (either side). */
function nearby(codesByDay: ReadonlyMap<number, ReadonlySet<string>>, day: number, n: number, codes: readonly string[]): boolean {
  for (let d = day - n; d <= day + n; d++) {
    const set = codesByDay.get(d);
    if (set && codes.some((code) => set.has(code))) return true;
  }
  return false;
}

/** The drug table's row for a line (longest ATC prefix); none for an injection its row leaves to the hospital (`excludesInjections`). */
function drugRowFor(drugs: ReadonlyMap<string, DrugIndication>, it: ItemFacts, atc: string | null, injectionMarks: readonly string[]): DrugIndication | undefined {
  const row = atc === null ? undefined : drugRowOf(drugs, atc);
  return row?.excludesInjections === true && isParenteral(it, injectionMarks) ? undefined : row;
}

/**
 * Pharmacy drugs against the diagnoses on the claim. The member ledger keeps no diagnoses, so the claim's own
 * are what a purchase is judged by. Drugs with a catalogue indication restriction are the catalogue rule's.
 */
function applyDrugIndications(c: KnowledgeClaimInput, drugs: ReadonlyMap<string, DrugIndication>, injectionMarks: readonly string[]): void {
  let judged: Map<DrugIndication, boolean> | null = null;
  for (const it of c.items) {
    if (it.category !== 'drug' || it.catalogue?.indications) continue;
    const row = drugRowFor(drugs, it, atcOf(it.code, it.catalogue), injectionMarks);
    if (row === undefined) continue;
    judged ??= new Map();
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = startsWithAny(c.diagnosisCodes, row.indications)));
    it.indicationGroup = row.name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : `${row.name}：诊断 ${prefixList(row.indications)}`;
  }
}

/**
 * 门诊慢特病 drugs against the member's approved diseases, not the claim's diagnoses (a code added to the claim
 * does not widen the benefit): the catalogue's own indication restriction when the drug has one, else the drug
 * table's class. An approved category broader than a drug's codes (E1 for E11) covers them.
 */
function applyChronicScope(c: KnowledgeClaimInput, drugs: ReadonlyMap<string, DrugIndication>, approved: readonly string[], injectionMarks: readonly string[]): void {
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const restricted = it.catalogue?.indications as readonly string[] | undefined;
    const row = restricted ? undefined : drugRowFor(drugs, it, atcOf(it.code, it.catalogue), injectionMarks);
    const indications = restricted ?? row?.indications;
    if (indications === undefined) continue;
    const name = row?.name ?? `${(it.catalogue?.name as string | undefined) ?? it.name}限定适应证`;
    const ok = startsWithAny(approved, indications) || startsWithAny(indications, approved);
    it.indicationGroup = name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : `${name}：诊断 ${prefixList(indications)}`;
  }
}

/**
 * A drug unsupported by its own class that protects against another drug on the claim (a PPI beside aspirin) is
 * part of that drug's treatment: supported when one of those drugs is itself indicated here (this table or its
 * catalogue restriction: a companion follows the drug it protects, in scope or out) and the risk calls for it.
 */
function applyCompanions(c: KnowledgeClaimInput, companions: readonly DrugCompanion[]): void {
  for (const it of c.items) {
    if (it.category !== 'drug' || it.indicationSupported !== false) continue;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    const row = atc === null ? undefined : companions.find((r) => startsWithAny([atc], r.atc));
    if (row === undefined) continue;
    const protectedDrugs = new Set<string>(); // catalogue rows: aspirin and clopidogrel share their ATC level 4
    for (const x of c.items) {
      if (x === it || x.category !== 'drug') continue;
      const xAtc = atcOf(rowCodeOf(x), x.catalogue);
      if (xAtc !== null && startsWithAny([xAtc], row.with) && drugIndicated(x)) protectedDrugs.add(rowCodeOf(x));
    }
    const atRisk = row.riskFromAge === undefined || c.ageYears >= row.riskFromAge || protectedDrugs.size >= 2;
    if (protectedDrugs.size === 0 || !atRisk) continue;
    it.indicationSupported = true;
    it.indicationExpected = null;
  }
}

/** A drug line's own judgement; a pharmacy line the table leaves to its catalogue restriction, by the claim's diagnoses. */
function drugIndicated(x: ItemFacts): boolean {
  return x.indicationSupported ?? x.catalogueIndicationMet ?? true;
}

/** Test indications: every service line whose code the test table lists. */
function applyTestIndications(c: KnowledgeClaimInput, k: Knowledge): void {
  const tests = k.tests.byCode;
  if (tests.size === 0) return;
  let judged: Map<TestIndication, boolean> | null = null;
  let surgical: boolean | null = null;
  let invasive = false;
  for (const it of c.items) {
    if (it.category !== 'service') continue;
    const row = tests.get(it.code);
    if (row === undefined) continue;
    if (surgical === null) {
      // Claim context, built once and only for claims that bill a listed test.
      surgical =
        c.procedureCodes.length > 0 ||
        c.items.some((x) => x.catalogue?.subcategory === 'surgery') ||
        // The pre-admission work-up at the visit that books a planned operation (入院前检查).
        (!c.inpatient && startsWithAny(c.diagnosisCodes, k.tests.electiveSurgeryDiagnoses));
      invasive = surgical || c.items.some((x) => k.tests.invasiveCodes.has(x.code));
    }
    judged ??= new Map();
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = testSupported(row, c.diagnosisCodes, surgical, invasive, c.ageYears)));
    // The acute assessment of an emergency admission (its first two days) is a line's own allowance.
    if (!ok && row.emergency && c.emergency === true && it.dayIndex <= 1) ok = true;
    it.indicationGroup = row.name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : expectedText(row);
    it.indicatedBy = c.diagnosisCodes.filter((d) => diagnosesIndicate(row, [d]));
  }
}

/** Tests (lab and exam service lines) of a stay against the peers of its DRG. */
export interface TestLoadFacts {
  /** Lab and exam service lines on the claim. */
  testCount: number;
  /** Their amount, yuan. */
  testCost: number;
  testLineIds: string[];
  /** The peer group the norm came from (DRG, else its ADRG); null: no norm (visits, ungrouped stays, unknown groups). */
  testNormGroup: string | null;
  /** 95th percentile of the peers' test lines and test cost (yuan) per stay, grown with a stay beyond the norm length of stay. */
  testNormCount: number | null;
  testNormCost: number | null;
  /** testCost − testNormCost, yuan (0 when within it; null without a norm). */
  testCostAboveNorm: number | null;
  /** testCost ÷ testNormCost (2 decimals); testCount − testNormCount. Null without a norm. */
  testCostRatio: number | null;
  testCountAboveNorm: number | null;
}

const TEST_SUBCATEGORIES = new Set(['lab', 'exam']);

/**
 * A diagnostic test or examination line. Bedside monitoring (a lab item the catalogue expects several times a day,
 * such as rapid glucose) follows the days of the stay, not the work-up, so it is not counted.
 */
export function isTestLine(it: Pick<ItemFacts, 'category' | 'catalogue'>): boolean {
  const cat = it.catalogue;
  const sub = cat?.subcategory;
  return it.category === 'service' && sub !== undefined && TEST_SUBCATEGORIES.has(sub) && !((cat?.usualPerDay ?? 1) > 1);
}

/** Days of the stay billing critical care (ICU bed or care, 特级护理, ventilation, CRRT), with the tests exempt on them; null when none. */
function criticalCareDays(
  items: readonly ItemFacts[],
  cc: CriticalCareMonitoring | null,
): { days: ReadonlySet<number>; tests: ReadonlySet<string> } | null {
  if (cc === null) return null;
  let days: Set<number> | null = null;
  for (const it of items) if (cc.dayCodes.has(rowCodeOf(it))) (days ??= new Set()).add(it.dayIndex);
  return days === null ? null : { days, tests: cc.tests };
}

/**
 * `stayDays` and `normLos`: a stay longer than its group's norm has more days of care to test, so the norm
 * grows in proportion beyond the norm length of stay (a stay that is itself too long is grouping.los-far-off's).
 */
export function testLoadFacts(
  items: readonly ItemFacts[],
  drg: string | null,
  k: Knowledge | null | undefined,
  stayDays = 0,
  normLos: number | null = null,
): TestLoadFacts {
  let count = 0;
  let fen = 0;
  const lineIds: string[] = [];
  const critical = criticalCareDays(items, k?.criticalCareMonitoring ?? null);
  for (const it of items) {
    if (!isTestLine(it)) continue;
    // A critical-care day's own monitoring is that care's standard, not work-up to compare with ward peers.
    if (critical !== null && critical.days.has(it.dayIndex) && critical.tests.has(rowCodeOf(it))) continue;
    count++;
    fen += it.amountFen;
    lineIds.push(it.lineId);
  }
  const testCost = fen / 100;
  const norm = drg && k ? (k.testNorms.get(drg) ?? k.testNorms.get(drg.slice(0, 3))) : undefined;
  if (!norm) {
    return { testCount: count, testCost, testLineIds: lineIds, testNormGroup: null, testNormCount: null, testNormCost: null,
      testCostAboveNorm: null, testCostRatio: null, testCountAboveNorm: null };
  }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const scale = normLos !== null && normLos > 0 && stayDays > normLos ? stayDays / normLos : 1;
  const normCount = r2(norm.countP95 * scale);
  const normCost = r2(norm.costP95 * scale);
  return {
    testCount: count,
    testCost,
    testLineIds: lineIds,
    testNormGroup: norm.group,
    testNormCount: normCount,
    testNormCost: normCost,
    testCostAboveNorm: r2(Math.max(0, testCost - normCost)),
    testCostRatio: r2(testCost / Math.max(normCost, 1)),
    testCountAboveNorm: r2(count - normCount),
  };
}
