import type { ItemFacts } from './item-fact-types';
import { isOperationCode, prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import { diagnosisIn } from '../contract/exact-diagnoses';
import { atcOf, codedTogether, type ConsistencyRow, type Knowledge } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { stayNeedsExpected, stayShows } from './stay-needs';
import { operationHoursOnDay } from './operation-hours';
import { rowCodeOf } from '../contract/catalogue-row';

// Items that only make sense beside others (rules/knowledge/item-consistency.json): each line of a row judged
// against the same day's other lines, the procedures and their anaesthesia, the diagnoses and the member.

/** `afterStepDown`: the line's day is past the row's `stepDown` window (the ICU's care ended before it): said only then. */
function consistencyExpected(row: ConsistencyRow, names: (code: string) => string, dayQuantity: number, majorOperations: readonly string[], afterStepDown: boolean): string {
  const parts: string[] = [];
  const near = row.nearDays > 0 ? `前后${row.nearDays}日内` : '同日';
  // Above `aboveQuantity` its own drugs and marks stand in for the row's.
  const above = row.aboveQuantity !== undefined && dayQuantity > row.aboveQuantity.quantity ? row.aboveQuantity : undefined;
  const atc = above?.atc ?? row.atc;
  const marks = above?.sameDayMarks ?? row.sameDayMarks;
  if (atc.length) parts.push(`${near}有注射输液用药 ${(above?.atc ? above.atcLabel : row.atcLabel) ?? prefixList(atc)}`);
  if (above?.atcInStay.length) parts.push(`住院期间用药 ${above.atcInStayLabel ?? prefixList(above.atcInStay)}`);
  if (above?.afterProcedure) parts.push(`诊断 ${prefixList(above.afterProcedure.diagnoses)} 且手术/操作当日或其后${above.afterProcedure.days}日内`);
  if (row.sameDay.length || marks.length) parts.push(`${near}有 ${[...row.sameDay.map(names), ...marks.map((m) => (m.includes('+') ? `同日名称含${m.split('+').map((x) => `“${x}”`).join('与')}的项目` : `名称含“${m}”的项目`))].join('、')}`);
  if (row.dayBefore.length) parts.push(`前一日有 ${row.dayBefore.map(names).join('、')}`);
  if (row.dayAfter.length) parts.push(`后一日有 ${row.dayAfter.map(names).join('、')}`);
  const local = row.afterLocalAnaesthesia ? '' : '（仅局部麻醉的手术不计）';
  const op = row.operationDaysOnly ? '手术（ICD-9-CM-3 00–86 或手术类项目）' : '手术/操作';
  if (row.anyProcedure && row.ordinaryOperations) parts.push((row.afterProcedureDays > 0 ? `${op}当日或其后${row.afterProcedureDays}日内` : `${op}当日`) + local);
  if (row.anyProcedure && row.afterMajorOperationDays !== undefined && majorOperations.length) parts.push(`大手术（${prefixList(majorOperations, 6)}）当日或其后${row.afterMajorOperationDays}日内`);
  if (row.anyProcedure) {
    for (const o of row.afterOperations) {
      parts.push(`${o.label}（全身或椎管内麻醉）当日或其后${o.days}日内${o.whileSameDay ? `，其后至出院同日有 ${o.whileSameDay.map(names).join('、')}（${o.whileLabel ?? o.label}）` : ''}`);
    }
  }
  if (row.procedures.length) parts.push(row.proceduresLabel ?? `手术操作 ${prefixList(row.procedures)}`);
  if (row.dyingStay) parts.push('本次住院以死亡离院');
  if (row.firstDays > 0) parts.push(row.firstDaysWhenPlanned ? `入院后前${row.firstDays}日内` : `非择期入院后前${row.firstDays}日内`);
  for (const a of row.acutePhase) parts.push(`诊断 ${prefixList(a.diagnoses)} 入院后前${a.days}日内`);
  if (row.maxAge !== undefined) parts.push(`${row.maxAge}岁及以下患儿`);
  if (row.maxAgeDays !== undefined) parts.push(`出生${row.maxAgeDays + 1}日内入院的新生儿`);
  if (row.minDaysAfter !== undefined) parts.push(`其后仍住院${row.minDaysAfter}日及以上，或距本次住院首次计收已${row.minDaysAfter}日及以上（长期留置或其更换）`);
  if (row.diagnoses.length || row.exactDiagnoses.length) parts.push(`诊断 ${prefixList([...row.diagnoses, ...row.exactDiagnoses])}${row.notDiagnoses.length ? `（不含 ${prefixList(row.notDiagnoses)}）` : ''}${row.aboveQuantity && dayQuantity > row.aboveQuantity.quantity ? `（单日超过${row.aboveQuantity.quantity}次仅限 ${prefixList(row.aboveQuantity.diagnoses)}）` : ''}${afterStepDown ? `（转出重症监护${row.nearDays}日后不再仅凭诊断）` : ''}`);
  if (row.together.length) parts.push(`同时诊断 ${prefixList(row.together.map((all) => all.join('+')), 6)}`);
  if (row.agedDiagnoses) {
    const a = row.agedDiagnoses;
    const when = a.days > 0 ? `，入院后前${a.days}日内或当日/前一日有急性治疗（注射用药${a.acuteServices.length ? `、${a.acuteServices.map(names).join('、')}` : ''}）` : '';
    parts.push(`${a.minAge}岁及以上患者因急性疾病住院（非病情稳定或门诊可治疗的主诊断）、合并诊断 ${prefixList(a.diagnoses)}${when}`);
  }
  if (row.dependence) {
    const d = row.dependence;
    parts.push(`${d.label}（同日收费所示失能按 Barthel 指数扣分后≤${d.maxScore}分：${d.abilities.map((a) => `${a.label}−${a.points}（${a.codes.map(names).join('、')}）`).join('，')}）`);
  }
  for (const r of row.correction ?? []) {
    const since = r.nearDays > 0 ? `入院后至其后${r.nearDays}日内已查` : '入院后至当日已查';
    const recheck = r.rechecked ? '（至少两日，含复查）' : '';
    const when = r.testsSinceAdmission ? since + recheck : `${r.nearDays > 0 ? `前后${r.nearDays}日内` : '同日'}复查`;
    parts.push(`${r.label}（诊断 ${prefixList(r.diagnoses)}，同日静脉用 ${prefixList(r.atc)}，${when} ${r.tests.map(names).join('、')}）`);
  }
  const head = row.minQuantity !== undefined ? `${row.name}（当日计${dayQuantity}，${row.minQuantity}及以上须有依据）` : row.name;
  const tail = row.ordinary ? `；否则应按 ${row.ordinary} 收费` : '';
  return `${head}：${parts.join('；或')}${tail}`;
}

// The first mark of a category a name carries, remembered per table (a Map per consistencyMarks array): most lines
// are outside the table, and each claim scanned each such line's names against every mark again. The names are the
// catalogue's and the bills' (a bounded vocabulary); the memo starts afresh should it ever grow large.
const firstMarkMemo = new WeakMap<Knowledge['consistencyMarks'], Map<string, Map<string, number>>>();
const FIRST_MARK_MEMO_MAX = 100_000;

/** Index in `marks` of the first mark of `category` that `name` carries; marks.length when none. */
function firstMark(marks: Knowledge['consistencyMarks'], category: string, name: string): number {
  let byCategory = firstMarkMemo.get(marks);
  if (byCategory === undefined) firstMarkMemo.set(marks, (byCategory = new Map()));
  let memo = byCategory.get(category);
  if (memo === undefined || memo.size >= FIRST_MARK_MEMO_MAX) byCategory.set(category, (memo = new Map()));
  let found = memo.get(name);
  if (found === undefined) {
    found = marks.findIndex(([mark, r]) => r.markCategory === category && name.includes(mark));
    if (found < 0) found = marks.length;
    memo.set(name, found);
  }
  return found;
}

/** The row a line is judged by: its code's, else (lines outside the table) the first row of the line's category one of whose name marks its name carries. */
function consistencyRowOf(it: ItemFacts, k: Knowledge): ConsistencyRow | undefined {
  const row = k.consistency.get(rowCodeOf(it));
  if (row !== undefined || (it.category !== 'consumable' && it.category !== 'service') || k.consistencyMarks.length === 0) return row;
  const name = it.catalogue?.name ?? it.name;
  // The first mark either name carries.
  const first = Math.min(firstMark(k.consistencyMarks, it.category, name), firstMark(k.consistencyMarks, it.category, it.name));
  return k.consistencyMarks[first]?.[1];
}

/** Each consistency-table line judged against the same day's other lines, the procedures, the diagnoses and the member. */
export function applyConsistency(c: KnowledgeClaimInput, k: Knowledge, visitType: string): void {
  const judged: [ItemFacts, ConsistencyRow][] = [];
  for (const it of c.items) {
    const row = consistencyRowOf(it, k);
    if (row === undefined || !(row.visitTypes as readonly string[]).includes(visitType)) continue;
    if (row.principal !== undefined && !startsWithAny(c.principalDiagnosis ? [c.principalDiagnosis] : [], row.principal)) continue;
    judged.push([it, row]);
  }
  if (judged.length === 0) return;
  const opDays: number[] = [];
  const operationOnlyDays: number[] = [];
  const majorOpDays: number[] = [];
  let undatedProcedure = false;
  let undatedMajor = false;
  for (const x of c.items) if (x.catalogue?.subcategory === 'surgery') opDays.push(x.dayIndex);
  operationOnlyDays.push(...opDays);
  c.procedureDays.forEach((d, i) => {
    // An operation coded without a date may have been on any day; a diagnostic or therapeutic procedure (ICD-9-CM-3
    // 87–99: imaging, ECT, an injection) without one says nothing about the care of any day.
    if (d === null) {
      undatedProcedure ||= isOperationCode(c.procedureCodes[i] ?? '');
      undatedMajor ||= k.majorOperations.length > 0 && startsWithAny([c.procedureCodes[i] ?? ''], k.majorOperations);
    } else {
      opDays.push(d);
      if (isOperationCode(c.procedureCodes[i] ?? '')) operationOnlyDays.push(d);
      if (k.majorOperations.length && startsWithAny([c.procedureCodes[i] ?? ''], k.majorOperations)) majorOpDays.push(d);
    }
  });
  const local = localAnaesthesiaDays(c.items, k);
  const ctx: ConsistencyContext = {
    c, undatedProcedure, undatedMajor, opDays: [...new Set(opDays)], operationOnlyDays: [...new Set(operationOnlyDays)], majorOpDays, byDx: new Map(), lastIcuDay: new Map(),
    stablePrincipals: [...(k.stayContent?.lowIntensity.stableCourse?.diagnoses ?? []), ...(k.stayContent?.outpatientTreatable?.diagnoses ?? [])],
    carrierFluids: k.stayContent?.bedBlocking.plainDrip?.fluids ?? [],
    localOnlyDays: local.days, localOnlyStay: local.stay,
    planned: c.plannedAdmission === true && startsWithAny(c.principalDiagnosis ? [c.principalDiagnosis] : [], k.plannedCare),
    firstDayOfRow: firstDays(judged),
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
  const above = new Map<ConsistencyRow, ConsistencyRow>();
  const needsMet = new Map<ConsistencyRow, boolean>();
  for (const [it, row] of judged) {
    // What the stay must show somewhere decides before the day's hours (ventilation without an airway at any hours).
    if (row.stayNeeds !== undefined) {
      let met = needsMet.get(row);
      if (met === undefined) needsMet.set(row, (met = stayShows(row.stayNeeds, c)));
      if (!met) {
        it.contextSupported = false;
        it.contextFinding = 'context';
        it.contextExpected = stayNeedsExpected(it.catalogue?.name ?? it.name, row.stayNeeds, c.nameOf);
        continue;
      }
    }
    let dayQuantity = it.quantity;
    if (row.minQuantity !== undefined) {
      quantities ??= new Map();
      let byDay = quantities.get(row);
      if (byDay === undefined) quantities.set(row, (byDay = quantitiesByDay(c.items, k, row)));
      dayQuantity = byDay.get(it.dayIndex) ?? 0;
      if (dayQuantity < row.minQuantity) {
        // Below the long-operation threshold, hours beyond what the day's short operations take.
        const short = row.operationHours && k.operationHours ? operationHoursOnDay(c, k.operationHours, it.dayIndex) : null;
        if (short === null || dayQuantity <= short.hours) continue;
        it.contextSupported = false;
        it.contextFinding = row.finding;
        const reasons = k.operationHours!.reasons;
        it.contextExpected = `当日手术仅有${short.names.join('、')}，其全身麻醉通常合计不超过${short.hours}小时${reasons.length ? `，且未编码使手术延长的诊断（${prefixList(reasons)}）` : ''}`;
        continue;
      }
    }
    let ok = !row.groundedSameDay || grounded === billed ? own.get(it)! : lineSupported(it, row, ctx, grounded!);
    // Above the row's `aboveQuantity`, only its listed diagnoses keep their support (the rest of the row's grounds stand).
    if (ok && row.aboveQuantity !== undefined && dayQuantity > row.aboveQuantity.quantity) {
      const a = row.aboveQuantity;
      const fasting = a.afterProcedure !== undefined && startsWithAny(c.diagnosisCodes, a.afterProcedure.diagnoses) &&
        ctx.opDays.some((d) => it.dayIndex >= d && it.dayIndex - d <= a.afterProcedure!.days);
      ok = drugInStay(c.items, a.atcInStay) || fasting || lineSupported(it, aboveRow(row, above), ctx, billed);
    }
    it.contextSupported = ok;
    it.contextFinding = row.finding;
    it.contextExpected = ok ? null : wardLevelDay(row, it.dayIndex, billed) ? wardDayExpected(row, c.nameOf) : consistencyExpected(row, c.nameOf, dayQuantity, k.majorOperations, row.stepDown !== undefined && steppedDown(row, row.stepDown.codes, it.dayIndex, ctx));
  }
}

interface ConsistencyContext {
  c: KnowledgeClaimInput;
  undatedProcedure: boolean;
  /** A major operation coded without a date (it may have been on any day). */
  undatedMajor: boolean;
  /** Days of a dated procedure or a surgery line; of a dated major operation. */
  opDays: readonly number[];
  /** Days of a dated operation (isOperationCode) or a surgery line: a row's `operationDaysOnly`. */
  operationOnlyDays: readonly number[];
  majorOpDays: readonly number[];
  /** Each row's claim-wide support (diagnosis, procedure code, age), judged once. */
  byDx: Map<ConsistencyRow, boolean>;
  /** Each `stepDown` row's last day of the ICU's care (-1: none), found once. */
  lastIcuDay: Map<ConsistencyRow, number>;
  /** Principals of a stable course or treated in the clinic (stay-content.json), and its plain carrier fluids. */
  stablePrincipals: readonly string[];
  carrierFluids: readonly string[];
  /** Days billing local anaesthesia and no other; whether the whole stay does (an undated operation was under local). */
  localOnlyDays: ReadonlySet<number>;
  localOnlyStay: boolean;
  /** A planned stay for low-risk care (item-consistency.json `plannedCare`, not admitted by emergency or transfer). */
  planned: boolean;
  /** The day each row was first billed in the stay (the first catheter of those `minDaysAfter` counts from). */
  firstDayOfRow: ReadonlyMap<ConsistencyRow, number>;
}

function firstDays(judged: readonly (readonly [ItemFacts, ConsistencyRow])[]): Map<ConsistencyRow, number> {
  const out = new Map<ConsistencyRow, number>();
  for (const [it, row] of judged) if (it.dayIndex < (out.get(row) ?? Infinity)) out.set(row, it.dayIndex);
  return out;
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
      c.diagnosisCodes.some((d) => diagnosisIn(d, row.diagnoses, row.exactDiagnoses) && !underAny(d, row.notDiagnoses)) ||
      codedTogether(row.together, c.diagnosisCodes) ||
      c.procedureCodes.some((p) => underAny(p, row.procedures) && !underAny(p, row.notProcedures)) ||
      (row.maxAge !== undefined && c.ageYears <= row.maxAge) ||
      (row.maxAgeDays !== undefined && c.ageDays !== undefined && c.ageDays <= row.maxAgeDays);
    ctx.byDx.set(row, dxOk);
  }
  const day = it.dayIndex;
  const after = (days: readonly number[], n: number) => days.some((d) => day >= d && day - d <= n);
  if (wardLevelDay(row, day, codes)) return false;
  if (dxOk && row.stepDown !== undefined) dxOk = !steppedDown(row, row.stepDown.codes, day, ctx);
  const underLocal = !row.afterLocalAnaesthesia;
  const rowOpDays = row.operationDaysOnly ? ctx.operationOnlyDays : ctx.opDays;
  const opDays = underLocal && ctx.localOnlyDays.size ? rowOpDays.filter((d) => !ctx.localOnlyDays.has(d)) : rowOpDays;
  return (
    dxOk ||
    (row.anyProcedure && row.ordinaryOperations && ((ctx.undatedProcedure && !(underLocal && ctx.localOnlyStay)) || after(opDays, row.afterProcedureDays))) ||
    (row.anyProcedure && row.afterMajorOperationDays !== undefined && (ctx.undatedMajor || after(ctx.majorOpDays, row.afterMajorOperationDays))) ||
    (row.anyProcedure && row.afterOperations.some((o) => afterOperationDay(o, day, operationDays(ctx, o), codes))) ||
    (day < row.firstDays && (row.firstDaysWhenPlanned || !ctx.planned)) ||
    (row.dyingStay && c.dischargeMode === 'death') ||
    row.acutePhase.some((a) => day < a.days && startsWithAny(c.diagnosisCodes, a.diagnoses)) ||
    sameDayKeys(row).some((code) => codes.get(day)?.has(code) === true) ||
    (row.nearDays > 0 && nearby(codes, day, row.nearDays, sameDayKeys(row))) ||
    row.dayBefore.some((code) => codes.get(day - 1)?.has(code) === true) ||
    row.dayAfter.some((code) => codes.get(day + 1)?.has(code) === true) ||
    (row.minDaysAfter !== undefined && c.dischargeDay !== undefined && c.dischargeDay - day >= row.minDaysAfter) ||
    // A change of one in place that long (a monthly catheter change) is long-term indwelling by definition.
    (row.minDaysAfter !== undefined && day - (ctx.firstDayOfRow.get(row) ?? day) >= row.minDaysAfter) ||
    (row.atc.length > 0 && parenteralDrugNear(c.items, day, row.atc, row.nearDays)) ||
    underCorrection(row, day, ctx, codes) ||
    agedAcuteDay(row, day, ctx, codes) ||
    dependentDay(row, day, codes)
  );
}

/** A day more than the row's `nearDays` after the stay's last day of the ICU's care (`stepDown`), none of it since. */
function steppedDown(row: ConsistencyRow, icu: readonly string[], day: number, ctx: ConsistencyContext): boolean {
  let last = ctx.lastIcuDay.get(row);
  if (last === undefined) {
    last = -1;
    for (const x of ctx.c.items) if (x.dayIndex > last && icu.includes(rowCodeOf(x))) last = x.dayIndex;
    ctx.lastIcuDay.set(row, last);
  }
  return last >= 0 && day > last + row.nearDays;
}

/**
 * The day's care shows the patient heavily dependent (`dependence`): the abilities whose care is billed that day taken
 * off the Barthel index's 100 leave `maxScore` or less (bedridden and tube-fed: the nurse does what the patient cannot).
 */
function dependentDay(row: ConsistencyRow, day: number, codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const d = row.dependence;
  const billed = codes.get(day);
  if (d === undefined || billed === undefined) return false;
  const lost = d.abilities.reduce((sum, a) => sum + (a.codes.some((code) => billed.has(code)) ? a.points : 0), 0);
  return 100 - lost <= d.maxScore;
}

/** Whether `day` is within an `afterOperations` entry's days of one of its operations, or later with its watch billed that day. */
function afterOperationDay(o: ConsistencyRow['afterOperations'][number], day: number, opDays: readonly number[], codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  return opDays.some((d) => day >= d && (day - d <= o.days || (o.whileSameDay?.some((code) => codes.get(day)?.has(code) === true) ?? false)));
}

/** Days of a dated operation of `procedures` billing one of `anaesthesia` that day (a row's `afterOperations`). */
function operationDays(ctx: ConsistencyContext, o: { procedures: readonly string[]; anaesthesia: readonly string[] }): number[] {
  const { c } = ctx;
  const days: number[] = [];
  c.procedureDays.forEach((d, i) => {
    if (d !== null && startsWithAny([c.procedureCodes[i] ?? ''], o.procedures) && c.items.some((x) => x.dayIndex === d && o.anaesthesia.includes(rowCodeOf(x)))) days.push(d);
  });
  return days;
}

/** The row as it reads above its `aboveQuantity`: its diagnoses narrowed to those listed there (one copy per row). */
function aboveRow(row: ConsistencyRow, copies: Map<ConsistencyRow, ConsistencyRow>): ConsistencyRow {
  let r = copies.get(row);
  const a = row.aboveQuantity!;
  if (r === undefined) copies.set(row, (r = { ...row, diagnoses: a.diagnoses, exactDiagnoses: [], together: [], agedDiagnoses: undefined, atc: a.atc ?? row.atc, sameDayMarks: a.sameDayMarks ?? row.sameDayMarks }));
  return r;
}

/**
 * A member of the row's `agedDiagnoses.minAge` or older coding one of its diagnoses beside an acute principal (not one
 * of them, not a stable or clinic-treated condition: dementia in a long stay for 脑供血不足 is 养转医, not acute
 * illness), on the first `days` days or a day of acute treatment (an injected drug other than a carrier fluid, or one
 * of `acuteServices`, that day or the day before): the very old patient's dependence is the acute illness's while it is treated.
 */
function agedAcuteDay(row: ConsistencyRow, day: number, ctx: ConsistencyContext, codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const a = row.agedDiagnoses;
  const { c } = ctx;
  const principal = c.principalDiagnosis ? [c.principalDiagnosis] : [];
  if (a === undefined || c.ageYears < a.minAge || principal.length === 0) return false;
  if (startsWithAny(principal, a.diagnoses) || startsWithAny(principal, ctx.stablePrincipals) || !startsWithAny(c.diagnosisCodes, a.diagnoses)) return false;
  if (day < a.days) return true;
  // The day's treatment or the day before's: the grade ordered for 24 hours is stepped down at the next day's round.
  const treated = (d: number) => d === day || d === day - 1;
  if (a.acuteServices.some((code) => codes.get(day)?.has(code) === true || codes.get(day - 1)?.has(code) === true)) return true;
  return c.items.some((x) => treated(x.dayIndex) && x.parenteral && !ctx.carrierFluids.includes(rowCodeOf(x)));
}

/**
 * The line's day is one of a coded condition under active intravenous treatment (`correction`): a disturbance corrected
 * by injection and checked by measurement, or a serious infection treated by injection after its culture.
 */
function underCorrection(row: ConsistencyRow, day: number, ctx: ConsistencyContext, codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  return (row.correction ?? []).some(
    (r) =>
      startsWithAny(ctx.c.diagnosisCodes, r.diagnoses) &&
      parenteralDrugNear(ctx.c.items, day, r.atc, 0) &&
      (r.testsSinceAdmission
        ? daysBilledBetween(codes, 0, day + r.nearDays, r.tests) >= (r.rechecked ? 2 : 1)
        : nearby(codes, day, r.nearDays, r.tests)),
  );
}

/** How many days from `from` to `to` bill one of `codes`. */
function daysBilledBetween(codesByDay: ReadonlyMap<number, ReadonlySet<string>>, from: number, to: number, codes: readonly string[]): number {
  let n = 0;
  for (const [d, set] of codesByDay) if (d >= from && d <= to && codes.some((code) => set.has(code))) n++;
  return n;
}

/**
 * A ward-level day (gym rehabilitation, acupuncture) with none of the ICU's care: no ICU day, whatever else is billed.
 * Not the day the patient leaves the ICU (its `dayBefore` bed billed the night before, none that day): the morning's
 * hours were in the ICU and the afternoon's therapy on the ward; nor, the other way round, the day they enter it (`dayAfter`).
 */
function wardLevelDay(row: ConsistencyRow, day: number, codes: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const w = row.wardDay;
  const set = codes.get(day);
  if (w === undefined || set === undefined) return false;
  const leavingDay = row.dayBefore.some((x) => codes.get(day - 1)?.has(x) === true && !set.has(x));
  const enteringDay = row.dayAfter.some((x) => codes.get(day + 1)?.has(x) === true && !set.has(x));
  return !leavingDay && !enteringDay && w.codes.some((x) => set.has(x)) && !w.unlessSameDay.some((x) => set.has(x));
}

/** What the investigator reads for a line on a ward-level day: why the rest of the day does not make it an ICU day. */
function wardDayExpected(row: ConsistencyRow, names: (code: string) => string): string {
  if (row.wardDay!.expected !== undefined) return `${row.name}：同日有${row.wardDay!.label}，${row.wardDay!.expected}`;
  return `${row.name}：同日有${row.wardDay!.label}，而无 ${row.wardDay!.unlessSameDay.map(names).join('、')} 等重症治疗，属普通病房日，不应按监护病房/重症监护计费`;
}

/** The codes billed on each day by the lines `keep` accepts; a line known by name (a bilirubin test under a local code) stands as its mark too. */
function codesByDay(items: readonly ItemFacts[], k: Knowledge, keep: (x: ItemFacts) => boolean): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const x of items) {
    if (!keep(x)) continue;
    let set = out.get(x.dayIndex);
    if (!set) out.set(x.dayIndex, (set = new Set()));
    set.add(rowCodeOf(x));
    for (const m of k.consistencySameDayMarks) if (!m.includes('+') && carries(x, m)) set.add(markKey(m));
  }
  // A mark of parts joined by + (氨基酸注射液+葡萄糖: amino acids infused with glucose, parenteral nutrition) stands on a
  // day whose lines carry every part.
  const combined = k.consistencySameDayMarks.filter((m) => m.includes('+'));
  if (combined.length)
    for (const [day, set] of out) {
      const lines = items.filter((x) => x.dayIndex === day && keep(x));
      for (const m of combined) if (m.split('+').every((part) => lines.some((x) => carries(x, part)))) set.add(markKey(m));
    }
  return out;
}

const markKey = (m: string) => `名称含:${m}`;
const carries = (x: ItemFacts, m: string) => x.name.includes(m) || x.catalogue?.name?.includes(m) === true;

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

/** Whether a drug of the ATC prefixes is billed on any day of the stay, by any route. */
function drugInStay(items: readonly ItemFacts[], prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return false;
  return items.some((x) => {
    if (x.category !== 'drug') return false;
    const atc = atcOf(rowCodeOf(x), x.catalogue);
    return atc !== null && underAny(atc, prefixes);
  });
}

/** Whether an injected or infused drug of the ATC prefixes is billed within nearDays of `day`. */
function parenteralDrugNear(items: readonly ItemFacts[], day: number, prefixes: readonly string[], nearDays: number): boolean {
  for (const x of items) {
    if (x.category !== 'drug' || Math.abs(x.dayIndex - day) > nearDays) continue;
    const atc = atcOf(rowCodeOf(x), x.catalogue);
    if (atc !== null && underAny(atc, prefixes) && x.parenteral) return true;
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
