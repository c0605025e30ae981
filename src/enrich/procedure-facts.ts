import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import type { ProcedureBilling, ProcedureBillingRow } from './stay-knowledge';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { rowCodeOf } from '../contract/catalogue-row';
import { hoursBeyondDay } from './sequential-hours';

// Coded procedures against the services that bill them (rules/knowledge/procedure-billing.json): a stay whose
// record codes an operation or procedure (the one that puts it in a surgical or procedure ADRG) with nothing on
// the bill that performs it is 手术操作高编 — the record was coded up to a heavier group. Only procedures the table
// maps are judged; an operation line that no coded procedure explains (a service the table does not map, an
// unknown local code, anaesthesia with no operation the record supports) may be the coded one billed under
// another code, so the stay is then not judged; a package code (日间手术/按病种 包干) bills the whole episode.

export interface ProcedureFacts {
  /** The unsupported coded procedures with the table's names: "47.0100（阑尾切除术）". */
  codes: string;
  /** What would have billed them, in words. */
  expected: string;
  /** Bed, nursing and ward-round lines: the stay billed under the heavier group. */
  lineIds: string[];
}

const ROUTINE = new Set(['bed', 'nursing', 'consult']);

export function procedureUnsupported(items: readonly ItemFacts[], procedureCodes: readonly string[], table: ProcedureBilling | null): ProcedureFacts | null {
  if (!table || procedureCodes.length === 0 || table.rows.length === 0) return null;
  const judged = procedureCodes.flatMap((code) => {
    const row = rowOf(table.rows, code);
    return row ? [{ code, row }] : [];
  });
  if (judged.length === 0) return null;
  if (items.some((it) => table.packageCodes.has(rowCodeOf(it)))) return null;

  const explained = new Set<string>();
  const short: string[] = [];
  let missing: { code: string; row: ProcedureBillingRow; detail: string }[] = [];
  for (const { code, row } of judged) {
    // The birth an assisted delivery is part of: billed either way, so neither support nor an unmapped operation.
    for (const it of items) if (row.withinCodes?.includes(rowCodeOf(it))) explained.add(it.lineId);
    const lines = items.filter((it) => billsRow(it, row));
    const need = minQuantity(row, code);
    const billed = lines.reduce((s, l) => s + l.quantity, 0);
    const fit = need > 0 ? hoursThatFit(items, lines, row) : null;
    const counted = fit ? billed - fit.beyond : billed;
    if (lines.length > 0 && counted >= need) for (const l of lines) explained.add(l.lineId);
    else if (lines.length === 0) missing.push({ code, row, detail: '' });
    else {
      const beside = fit && fit.beyond > 0 ? `，其中${fit.beyond}小时与同日${fit.names}合计超过当日24小时，仅可计${counted}` : '';
      missing.push({ code, row, detail: `仅收费${billed}${beside}，该编码要求至少${need}` });
      // The hours the code rests on are the lines to check: the days billed beyond the day where there are such, else every one.
      for (const l of fit && fit.beyond > 0 ? fit.lines : lines) short.push(l.lineId);
    }
  }
  // A procedure with nothing billed for it may be billed under a code the table does not map: any operation line
  // the supported procedures do not explain keeps it from being judged.
  if (missing.some((m) => m.detail === '') && unexplainedOperation(items, table, explained, missing.length < judged.length)) {
    missing = missing.filter((m) => m.detail !== '');
  }
  if (missing.length === 0) return null;
  return {
    codes: missing.map((m) => `${m.code}（${m.row.name}${m.detail ? `，${m.detail}` : ''}）`).join('、'),
    expected: [...new Set(missing.map((m) => m.row.name))].map((n) => `${n}的手术或操作收费`).join('、'),
    lineIds: [...short, ...items.filter((it) => it.category === 'service' && ROUTINE.has(it.catalogue?.subcategory as string)).map((it) => it.lineId)],
  };
}

/**
 * A duration procedure's hours that do not fit in the day beside the services its catalogue row's `includesDuring`
 * marks `sequential` (invasive ventilation beside high-flow or NIV billed the same day: one airway at a time), with
 * that entry's `overlapHours` — the catalogue's codes and tolerance, so the bill is read with one (review35 item 15).
 * The row's lines of those days and the services' names; null where the row shares no hours.
 */
function hoursThatFit(items: readonly ItemFacts[], lines: readonly ItemFacts[], row: ProcedureBillingRow): { beyond: number; lines: ItemFacts[]; names: string } | null {
  if (!row.sharedHours) return null;
  const shared = sequentialEntries(lines);
  if (!shared.length) return null;
  let beyond = 0;
  const over: ItemFacts[] = [];
  const names = new Set<string>();
  for (const date of new Set(lines.map((l) => l.date))) {
    const own = lines.filter((l) => l.date === date);
    const hours = own.reduce((s, l) => s + l.quantity, 0);
    let dayBeyond = 0;
    let dayOthers: ItemFacts[] = [];
    for (const entry of shared) {
      const others = items.filter((it) => it.date === date && it.category === 'service' && entry.codes.includes(rowCodeOf(it)));
      // A day with no shared service has nothing to cut: a total above 24 h (one line for the whole run) is the
      // catalogue's quantity-per-day finding, not hours spent on another airway.
      if (!others.length) continue;
      const over = hoursBeyondDay(hours, others.reduce((s, l) => s + l.quantity, 0), entry.overlapHours ?? 0);
      if (over > dayBeyond) [dayBeyond, dayOthers] = [over, others];
    }
    if (dayBeyond <= 0) continue;
    beyond += dayBeyond;
    over.push(...own);
    for (const o of dayOthers) names.add(o.name);
  }
  return { beyond, lines: over, names: [...names].join('、') };
}

/** The `sequential` includesDuring entries of the catalogue rows the lines bill (one row in practice), each once. */
function sequentialEntries(lines: readonly ItemFacts[]): { codes: readonly string[]; overlapHours?: number }[] {
  const out = new Set<{ codes: readonly string[]; overlapHours?: number }>();
  for (const l of lines) for (const e of l.catalogue?.includesDuring ?? []) if (e.sequential && e.hours) out.add(e);
  return [...out];
}

/** A service line of an operation subcategory (or unknown to the catalogue) that no supported procedure explains. */
function unexplainedOperation(items: readonly ItemFacts[], table: ProcedureBilling, explained: ReadonlySet<string>, anySupported: boolean): boolean {
  return items.some((it) => {
    if (it.category !== 'service' || explained.has(it.lineId)) return false;
    if (it.catalogue === null) return true;
    if (!table.procedureSubcategories.has(it.catalogue.subcategory as string)) return false;
    // Anaesthesia belongs to whichever operation was done: explained when one is supported, else it may be the coded one's.
    return !(anySupported && table.sharedCodes.has(rowCodeOf(it)));
  });
}

/** The row with the longest procedure prefix the code starts with. */
export function rowOf(rows: readonly ProcedureBillingRow[], code: string): ProcedureBillingRow | null {
  let best: ProcedureBillingRow | null = null;
  let len = 0;
  for (const row of rows) {
    if (underAny(code, row.notProcedures ?? [])) continue;
    for (const p of row.procedures) if (p.length > len && code.startsWith(p)) [best, len] = [row, p.length];
  }
  return best;
}

/**
 * Whether the coded procedure is one a row listing the service stands for (its `notProcedures` are not: 24.3200x001
 * 牙龈缝合术 is no 清创术), on a claim coding one of the row's `withDiagnoses` where it names them — or two or more
 * different sites of its `severalOf` (J32.0 and J32.2: the disease of several sinuses, J32.8, coded sinus by sinus).
 */
function codedFor(rows: readonly ProcedureBillingRow[], service: string, procedure: string, diagnosisCodes: readonly string[]): boolean {
  return rows.some(
    (r) =>
      r.codes.includes(service) &&
      underAny(procedure, r.procedures) &&
      !underAny(procedure, r.notProcedures ?? []) &&
      (!r.withDiagnoses || startsWithAny(diagnosisCodes, r.withDiagnoses) || severalSites(diagnosisCodes, r.severalOf)),
  );
}

/** Whether the claim's diagnoses fall under two or more different entries of `sites` (each entry one site's prefix). */
function severalSites(diagnosisCodes: readonly string[], sites: readonly string[] | undefined): boolean {
  return !!sites && sites.filter((site) => startsWithAny(diagnosisCodes, [site])).length >= 2;
}

/** The line bills the row's procedure: one of its services or an operation including it, a service whose price item includes one (支架置入 含 造影), or its drug. */
function billsRow(it: ItemFacts, row: ProcedureBillingRow): boolean {
  if (row.codes.includes(rowCodeOf(it)) || row.includedIn?.includes(rowCodeOf(it))) return true;
  const includes = it.catalogue?.includes;
  if (Array.isArray(includes) && includes.some((c) => row.codes.includes(c as string))) return true;
  if (it.category !== 'drug' || row.atc.length === 0) return false;
  const atc = atcOf(rowCodeOf(it), it.catalogue);
  return atc !== null && underAny(atc, row.atc);
}

/** Units the code needs billed: the row's minQuantity for the longest key the code starts with, else one line. */
function minQuantity(row: ProcedureBillingRow, code: string): number {
  let need = 0;
  let len = -1;
  for (const [key, n] of Object.entries(row.minQuantity ?? {})) if (key.length > len && code.startsWith(key)) [need, len] = [n, key.length];
  return need;
}

export interface OperationFacts {
  /** The billed operation lines no coded procedure supports. */
  lineIds: string[];
  /** Those lines in words: "腹腔镜下阑尾切除术（2025-08-15）". */
  billed: string;
  /** The stay's coded procedures, or 无 when it codes none. */
  coded: string;
  /** The procedure codes each billed operation stands for: "腹腔镜下阑尾切除术：47.01". */
  expected: string;
  amount: number;
}

/**
 * The other direction of the same table: a billed operation service stands for the procedures of the rows that
 * list it (腹腔镜下阑尾切除术 for 47.01; 阑尾切除术 for 47.01 and 47.09, a laparoscopic operation may be billed as
 * the cheaper open one). An operation line none of whose procedures the record codes was billed dearer than the
 * operation done (串换: the laparoscopic service for an open appendectomy) or not done at all. Only services of
 * `procedureSubcategories` the table lists are judged (anaesthesia and unmapped operations are not), on stays
 * (the procedure record, 病案首页, is a stay's) and on visits that code their procedures (a band ligation coded,
 * a haemorrhoidectomy billed); a package code exempts the claim. The table's `recordedServices`
 * (endoscopies) are judged on stays and visits alike, only when the record codes a procedure one of them stands for;
 * `scopedServices` (ESWL) on stays whose record codes a treatment of the same kind (a ureteroscopic lithotripsy).
 * A record coding a laparoscopy (`conversionCodes`, 54.21) beside an open operation converted it (中转开腹): the
 * laparoscopic service is supported by a coded procedure of the same ICD-9-CM-3 subcategory (68.49 beside 68.41).
 */
export function operationUnsupported(
  items: readonly ItemFacts[],
  procedureCodes: readonly string[],
  table: ProcedureBilling | null,
  inpatient = true,
  diagnosisCodes: readonly string[] = [],
): OperationFacts | null {
  if (!table || table.rows.length === 0) return null;
  if (items.some((it) => table.packageCodes.has(rowCodeOf(it)))) return null;
  // Endoscopies are judged only when the record codes one: a diagnostic scope is often left uncoded, but a record
  // that codes the gastroscopy and not the colonoscopy billed beside it says which scope was passed.
  const converted = startsWithAny(procedureCodes, table.conversionCodes);
  const scoped = [...table.recordedServices].some((c) => startsWithAny(procedureCodes, table.standsFor.get(c) ?? []));
  const lines = items.filter((it) => {
    if (it.category !== 'service') return false;
    const code = rowCodeOf(it);
    const scope = table.scopedServices.get(code);
    const judged = table.recordedServices.has(code)
      ? scoped
      : scope !== undefined
        ? inpatient && startsWithAny(procedureCodes, scope)
        : (inpatient || procedureCodes.length > 0) && table.procedureSubcategories.has(it.catalogue?.subcategory as string);
    if (!judged || table.sharedCodes.has(code)) return false;
    const standsFor = table.standsFor.get(code);
    if (standsFor === undefined || procedureCodes.some((p) => codedFor(table.rows, code, p, diagnosisCodes))) return false;
    return !(converted && procedureCodes.some((p) => standsFor.some((pre) => p.slice(0, 4) === pre.slice(0, 4))));
  });
  if (lines.length === 0) return null;
  const codes = [...new Set(lines.map(rowCodeOf))];
  return {
    lineIds: lines.map((l) => l.lineId),
    billed: lines.map((l) => `${l.name}（${l.date}）`).join('、'),
    coded: procedureCodes.length ? procedureCodes.join('、') : '无',
    expected: codes.map((c) => `${lines.find((l) => rowCodeOf(l) === c)!.name}：${table.standsFor.get(c)!.join('、')}`).join('；'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

