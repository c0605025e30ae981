import type { Claim } from '../contract/claim';
import { prorateFen, toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { fractureCap, mostUsed, placesRow } from './implant-facts';
import { rowOf } from './procedure-facts';
import type { ImplantRow, ProcedureBilling, ProcedureBillingRow } from './stay-knowledge';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { rowCodeOf } from '../contract/catalogue-row';
import { hoursOfService, type OperationHours } from './operation-hours';

// How many operations the record codes that a billed operation line stands for (rules/knowledge/procedure-billing.json):
// the rows of the coded procedures that list the service, each coded procedure one operation (81.54 ×2: both knees;
// two fractures fixed) except in a row whose codes describe one operation (`oneOperation`: cataract extraction 13.4
// and lens insertion 13.7 — there the same code coded twice is two eyes), and a
// bilateral code (`bilateralCodes`: 53.17 双侧腹股沟疝修补) two sides. A re-opening of a recent operation site
// (`reoperationCodes`: 06.02 甲状腺术后止血) is a second theatre session that day. With two or more operations or
// sessions on a day, the second line of the operation fee (the second side at its share of the price), of its
// implant, of the session's anaesthesia and of its drapes, sutures and drains is the record's, not a duplicate.
// The other way, an operation fee billed in more units over the stay than the record codes operations for it (a
// second fee days after the first with no second procedure coded) is 虚构手术 or 重复收取手术费.

/** A coded procedure and its date (null: the record gives none, so it may be any day's). */
export interface CodedProcedure {
  code: string;
  date: string | null;
  /** Both sides: a one-sided code of a repair the diagnoses say is bilateral (bilateralCodes.byDiagnosis). */
  bothSides?: boolean;
}

/** The operation's own consumables (drapes, sutures, diathermy pens, drains): one set per session or operated side. */
const SESSION_CONSUMABLES = new Set(['surgical', 'drainage']);

/** The claim's coded procedures with their dates (withSides). */
export function codedProcedures(claim: Claim, table: ProcedureBilling | null): CodedProcedure[] {
  const procs = (claim.procedures ?? []).map((p) => ({ code: p.code, date: p.date ?? null }));
  return withSides(procs, claim.diagnoses.map((d) => d.code), table);
}

/** Procedures the diagnoses call bilateral (a hernia, a pansinusitis) marked as both sides (bilateralCodes.byDiagnosis). */
export function withSides(procs: CodedProcedure[], diagnosisCodes: readonly string[], table: ProcedureBilling | null): CodedProcedure[] {
  const both = (table?.bilateralByDiagnosis ?? []).filter((by) => startsWithAny(diagnosisCodes, by.diagnoses));
  if (both.length === 0) return procs;
  return procs.map((p) => (both.some((by) => underAny(p.code, by.procedures)) ? { ...p, bothSides: true } : p));
}

const onDay = (p: CodedProcedure, date: string | null) => date === null || p.date === null || p.date === date;

/** Operations (sides) the record codes, on a date (null: the whole stay), that the billed service stands for. */
export function operationsBilledAs(service: string, procs: readonly CodedProcedure[], table: ProcedureBilling, date: string | null): number {
  const day = procs.filter((p) => onDay(p, date));
  const rows = new Set<ProcedureBillingRow>();
  for (const p of day) {
    const row = rowOf(table.rows, p.code);
    if (row && row.codes.includes(service)) rows.add(row);
  }
  let n = 0;
  for (const row of rows) n += codedOnRow(row, day, table);
  return n;
}

/** Operations (sides) the procedures code under one row: each code's sides summed, the largest in a `oneOperation` row. */
function codedOnRow(row: ProcedureBillingRow, procs: readonly CodedProcedure[], table: ProcedureBilling): number {
  const codes = new Map<string, number>();
  for (const p of procs) if (rowOf(table.rows, p.code) === row) codes.set(p.code, (codes.get(p.code) ?? 0) + sides(p, table));
  if (codes.size === 0) return 0;
  return row.oneOperation ? Math.max(...codes.values()) : [...codes.values()].reduce((a, b) => a + b, 0);
}

/**
 * Keeps the lines (in the order given, earliest first) up to the coded count; the rest are beyond it and pushed to
 * `excess`. Returns their fen, a line's units pro rata (prorateFen: never more than was billed).
 */
function takeBeyond(lines: readonly ItemFacts[], coded: number, excess: ItemFacts[]): number {
  let kept = 0;
  let fen = 0;
  for (const l of lines) {
    const over = Math.min(l.quantity, Math.max(0, kept + l.quantity - coded));
    kept += l.quantity;
    if (over === 0) continue;
    excess.push(l);
    fen += prorateFen(l.amountFen, over, l.quantity);
  }
  return fen;
}

/**
 * Implants the record's operations place on a date, counted the same way; a row with stent-count codes counts what
 * the count code coded that day states (00.47: three stents, each its own size on its own line), else null.
 */
function implantsPlaced(row: ImplantRow, procs: readonly CodedProcedure[], table: ProcedureBilling, date: string): number | null {
  if (row.countCodes) return countCoded(row.countCodes, procs, date) || null;
  const codes = new Map<string, number>();
  for (const p of procs) if (onDay(p, date) && placesRow(row, p.code)) codes.set(p.code, (codes.get(p.code) ?? 0) + sides(p, table));
  return codes.size ? Math.max(...codes.values()) : 0;
}

/** The largest count a count code coded on the date states (stents 00.45–00.47, vessels treated 00.40–00.43); 0 when none. */
function countCoded(codes: Readonly<Record<string, number>>, procs: readonly CodedProcedure[], date: string): number {
  let n = 0;
  for (const p of procs) if (onDay(p, date)) for (const [code, k] of Object.entries(codes)) if (p.code.startsWith(code)) n = Math.max(n, k);
  return n;
}

function sides(p: CodedProcedure, table: ProcedureBilling): number {
  return p.bothSides || underAny(p.code, table.bilateralCodes) ? 2 : 1;
}

/** An operation fee: a service of the procedure subcategories the table maps to procedures (not anaesthesia or drapes). */
export function isOperation(it: ItemFacts, table: ProcedureBilling): boolean {
  const code = rowCodeOf(it);
  return it.category === 'service' && table.standsFor.has(code) && !table.sharedCodes.has(code) && table.procedureSubcategories.has(it.catalogue?.subcategory as string);
}

/**
 * Marks `repeatExplained` on lines whose same-day repeat (units above the row's daily limit, a second line) the
 * coded operations of that day account for: two or more operations or sessions, and no more lines or units than
 * they need (the row's daily limit per operation).
 */
export function markRepeatsExplained(
  items: readonly ItemFacts[],
  procs: readonly CodedProcedure[],
  table: ProcedureBilling | null,
  implants: ReadonlyMap<string, ImplantRow>,
  diagnosisCodes: readonly string[] = [],
): void {
  if (!table || procs.length === 0) return;
  const linesOn = new Map<string, number>();
  const opsOn = new Map<string, number>();
  const seenOp = new Set<string>();
  for (const it of items) {
    const key = `${rowCodeOf(it)}|${it.date}`;
    linesOn.set(key, (linesOn.get(key) ?? 0) + 1);
    if (isOperation(it, table) && !seenOp.has(key)) {
      seenOp.add(key);
      opsOn.set(it.date, (opsOn.get(it.date) ?? 0) + operationsBilledAs(rowCodeOf(it), procs, table, it.date));
    }
  }
  const sessionsOn = (date: string) => 1 + procs.filter((p) => onDay(p, date) && underAny(p.code, table.reoperationCodes)).length;
  for (const it of items) {
    const code = rowCodeOf(it);
    // Pathology is billed per specimen: each excision coded that day sends its own (a lobe and its central nodes),
    // so the day may bill as many units, on as many lines, as it codes excisions — and no more.
    if (table.specimens?.codes.has(code)) {
      const sent = procs.filter((p) => onDay(p, it.date) && underAny(p.code, table.specimens!.prefixes)).length;
      if (sent >= 2 && it.quantityOnDay <= sent && linesOn.get(`${code}|${it.date}`)! <= sent) it.repeatExplained = true;
      continue;
    }
    let n = 0;
    if (it.category === 'service' && table.sharedCodes.has(code)) n = sessionsOn(it.date);
    else if (isOperation(it, table)) n = operationsBilledAs(code, procs, table, it.date);
    else if (it.category === 'consumable') {
      const row = implants.get(code);
      // Implants counted per operation (screws, plates, cages, viscoelastic): the day's coded operations may use
      // more than the catalogue's daily limit (a three-level fusion's cages, a bicondylar plateau's screws), on as
      // many lines as sizes were used. An operation the table gives no count for leaves the day to the rest below.
      if (row?.maxPerOperation) {
        const ops = procs.filter((p) => onDay(p, it.date) && placesRow(row, p.code)).map((p) => p.code);
        const byOperation = ops.length ? mostUsed(row, ops, procs.map((p) => p.code)) : row.countOnly ? null : 0;
        // The fracture's own count, where lower (two plates on a lateral malleolus are not two sizes of one).
        const byFracture = ops.length ? fractureCap(row, ops, diagnosisCodes)?.cap ?? null : null;
        const most = byOperation === null ? byFracture : byFracture === null ? byOperation : Math.min(byOperation, byFracture);
        if (most !== null) {
          if (it.quantityOnDay <= most) it.repeatExplained = true;
          continue;
        }
      }
      // A device used per treated vessel (a balloon sized to each) may stand on as many lines as vessels coded.
      if (row && !row.countOnly) n = Math.max(implantsPlaced(row, procs, table, it.date) ?? 0, countCoded(row.siteCountCodes ?? {}, procs, it.date));
      else if (SESSION_CONSUMABLES.has(it.catalogue?.subcategory as string) && opsOn.has(it.date)) n = Math.max(sessionsOn(it.date), opsOn.get(it.date)!);
    }
    if (n < 2) continue;
    const perDay = it.catalogue?.maxPerDay ?? 1;
    if (it.quantityOnDay <= perDay * n && linesOn.get(`${code}|${it.date}`)! <= n) it.repeatExplained = true;
  }
}

/**
 * Hours of anaesthesia the knowledge tables found beyond the operation (item-consistency.json: 5 h and more only for
 * long operations, below that the short operations' `operationHours`) are the session's when the day codes two or more
 * operations (both knees in one session) and the hours fit in the sum of each operation's `operationHours` hours (the
 * same table the single-day check reads, so it is not undone here). Run after applyKnowledge.
 */
export function anaesthesiaForSeveralOperations(items: readonly ItemFacts[], procs: readonly CodedProcedure[], table: ProcedureBilling | null, hours: OperationHours | null): void {
  if (!table || !hours || procs.length === 0) return;
  for (const it of items) {
    if (it.contextFinding !== 'quantity' || it.contextSupported !== false || !table.sharedCodes.has(rowCodeOf(it))) continue;
    const services = new Set(items.filter((x) => x.date === it.date && isOperation(x, table)).map(rowCodeOf));
    let ops = 0;
    let most = 0;
    for (const s of services) {
      const n = operationsBilledAs(s, procs, table, it.date);
      ops += n;
      most += n * hoursOfService(hours, s);
    }
    if (ops >= 2 && it.quantityOnDay <= most) {
      it.contextSupported = true;
      it.contextExpected = null;
    }
  }
}

export interface OperationExcessFacts {
  /** The operation lines beyond the coded operations, and the anaesthesia of days with no other operation. */
  lineIds: string[];
  /** In words: "人工全膝关节置换术 收费2次（2025-03-05、2025-03-07），病案编码1次（81.5400）". */
  detail: string;
  amount: number;
}

/**
 * Operation fees billed in more units over the stay than the record codes operations they stand for (at least one
 * coded: none is catalogue.operation-unsupported's). The lines beyond the count, latest first, are named, with the
 * anaesthesia billed on a day whose every operation line is beyond it (the invented session's).
 */
export function operationBeyondCoded(items: readonly ItemFacts[], procs: readonly CodedProcedure[], table: ProcedureBilling | null): OperationExcessFacts | null {
  if (!table || procs.length === 0) return null;
  const byService = new Map<string, ItemFacts[]>();
  for (const it of items) if (isOperation(it, table)) (byService.get(rowCodeOf(it)) ?? byService.set(rowCodeOf(it), []).get(rowCodeOf(it))!).push(it);
  const excess: ItemFacts[] = [];
  const detail: string[] = [];
  let fen = 0;
  for (const [service, lines] of byService) {
    const coded = operationsBilledAs(service, procs, table, null);
    const billed = lines.reduce((s, l) => s + l.quantity, 0);
    if (coded === 0 || billed <= coded) continue;
    // Keep the earliest lines up to the coded count; the rest are beyond it (a line's units pro rata).
    const sorted = [...lines].sort((a, b) => a.date.localeCompare(b.date));
    fen += takeBeyond(sorted, coded, excess);
    const codes = procs.filter((p) => { const r = rowOf(table.rows, p.code); return r !== null && r.codes.includes(service); }).map((p) => p.code);
    detail.push(`${lines[0].name}收费${billed}次（${[...new Set(sorted.map((l) => l.date))].join('、')}），病案手术操作（${codes.join('、')}）计${coded}次`);
  }
  fen += sharedBeyondCoded(byService, procs, table, excess, detail);
  if (excess.length === 0) return null;
  const extraDays = new Set(excess.map((l) => l.date));
  const excessIds = new Set(excess.map((l) => l.lineId));
  const keptDays = new Set(items.filter((it) => isOperation(it, table) && !excessIds.has(it.lineId)).map((it) => it.date));
  const anaesthesia = items.filter((it) => it.category === 'service' && table.sharedCodes.has(rowCodeOf(it)) && extraDays.has(it.date) && !keptDays.has(it.date));
  fen += anaesthesia.reduce((s, l) => s + l.amountFen, 0);
  return { lineIds: [...excess, ...anaesthesia].map((l) => l.lineId), detail: detail.join('；'), amount: toYuan(fen) };
}

/**
 * Fees of different services standing for the same coded operations (a parent row beside its 单腔/双腔 细分, one
 * pulmonary-vein isolation billed as radiofrequency and as cryoballoon ablation): each fee stands for a coded
 * operation, so the services linked by a coded operation that rows of both bill are counted together against the
 * operations any of them stands for. Lines already beyond their own service's count are left out; the latest lines
 * beyond the family's count are added to `excess`, and their fen returned.
 */
function sharedBeyondCoded(byService: ReadonlyMap<string, ItemFacts[]>, procs: readonly CodedProcedure[], table: ProcedureBilling, excess: ItemFacts[], detail: string[]): number {
  if (byService.size < 2) return 0;
  const rowsOf = new Map<string, Set<ProcedureBillingRow>>();
  for (const p of procs) {
    const row = rowOf(table.rows, p.code);
    if (!row) continue;
    for (const service of row.codes) if (byService.has(service)) (rowsOf.get(service) ?? rowsOf.set(service, new Set()).get(service)!).add(row);
  }
  // Families: services joined by a coded operation's row that lists both.
  const seen = new Set<string>();
  let fen = 0;
  for (const start of rowsOf.keys()) {
    if (seen.has(start)) continue;
    const family = new Set([start]);
    const rows = new Set<ProcedureBillingRow>();
    for (const service of family) {
      seen.add(service);
      for (const row of rowsOf.get(service) ?? []) {
        rows.add(row);
        for (const other of row.codes) if (rowsOf.has(other)) family.add(other);
      }
    }
    if (family.size < 2) continue;
    let coded = 0;
    for (const row of rows) coded += codedOnRow(row, procs, table) * (row.operations ?? 1);
    const lines = [...family].flatMap((s) => byService.get(s) ?? []).filter((l) => !excess.includes(l)).sort((a, b) => a.date.localeCompare(b.date) || Number(a.lineId) - Number(b.lineId));
    const billed = lines.reduce((s, l) => s + l.quantity, 0);
    if (billed <= coded) continue;
    fen += takeBeyond(lines, coded, excess);
    const codes = procs.filter((p) => { const r = rowOf(table.rows, p.code); return r !== null && rows.has(r); }).map((p) => p.code);
    detail.push(`${[...new Set(lines.map((l) => l.name))].join('与')}共收费${billed}次（${[...new Set(lines.map((l) => l.date))].join('、')}），病案手术操作（${codes.join('、')}）计${coded}次`);
  }
  return fen;
}
