import { toYuan } from '../money/fen';
import { startsWithAny, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import type { ImplantRow } from './stay-knowledge';
import { rowCodeOf } from '../contract/catalogue-row';
import { classesNeverUsing, type OperationClasses } from '../benefits/operation-classes';

// Implants against the coded operations that place them (rules/knowledge/implant-procedures.json): a
// prosthesis, pacemaker, lens, stent, plate or mesh billed with no such operation on the record, or in more
// units than the operations coded account for (a second knee prosthesis on one knee replacement, stents beyond
// the stent-count code), is 虚记/多记高值医用耗材 or a 串换 — the record does not explain it. So is an implant dated
// on a day with no operation at all (neither a placing operation coded on that date nor a surgery charge): an
// implant is placed in the operating room, not the day after. On a visit (no procedure record) an implant billed on
// a day with no operation charge is the same finding (a lens at an eye clinic visit). Each implant line's contextSupported says which
// (contextFinding stays null: this table's finding is the claim-level rule's).

export interface ImplantFacts {
  lineIds: string[];
  /** Per implant, what was billed against what the record places: for the message. */
  detail: string;
  /** Units beyond what the record explains, priced at their lines' average. */
  units: number;
  amount: number;
}

export function implantUnsupported(
  items: readonly ItemFacts[],
  procedureCodes: readonly string[],
  rows: ReadonlyMap<string, ImplantRow>,
  procedureDates: readonly (string | null)[] = [],
  inpatient = true,
  diagnosisCodes: readonly string[] = [],
  classes: OperationClasses | null = null,
): ImplantFacts | null {
  if (rows.size === 0) return null;
  const byRow = new Map<ImplantRow, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'consumable') continue;
    const row = rows.get(rowCodeOf(it));
    if (row) (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(it);
  }
  if (byRow.size === 0) return null;
  const surgeryDates = new Set<string>();
  for (const it of items) if (it.catalogue?.subcategory === 'surgery') surgeryDates.add(it.date);
  const lineIds: string[] = [];
  const detail: string[] = [];
  let units = 0;
  let fen = 0;
  for (const [row, lines] of byRow) {
    const billed = lines.reduce((s, l) => s + l.quantity, 0);
    const opIndex = procedureCodes.flatMap((p, i) => (placesRow(row, p, diagnosisCodes) ? [i] : []));
    const ops = opIndex.map((i) => procedureCodes[i]);
    // No coded operation the row lists: the operations' classes (operation-classes.json) may say none of them ever
    // uses the family (a trocar set on an open varicose-vein stripping), judged then even for a count-only row.
    const never = ops.length === 0 ? classesNeverUsing(row.name, procedureCodes, classes) : null;
    // A count-only row (operation consumables) is judged only where the coded operations say how many they use.
    const opDates = opIndex.map((i) => procedureDates[i] ?? null);
    if (row.countOnly && !never && (ops.length === 0 || (mostUsed(row, ops, procedureCodes, opDates) ?? Infinity) === Infinity)) continue;
    const byFracture = ops.length ? fractureCap(row, ops, diagnosisCodes) : null;
    const cap = Math.min(placed(row, ops, procedureCodes, opDates), byFracture?.cap ?? Infinity);
    // Operation days: the placing operations' dates and every surgery charge's. Judged when every placing operation
    // carries its date, or the bill has surgery charges (below).
    const opDays = new Set(surgeryDates);
    let dated = ops.length > 0;
    for (const d of opDates) {
      if (d) opDays.add(d);
      else dated = false;
    }
    // A visit keeps no procedure record: there an implant is explained by an operation billed the same day, and
    // one billed with no operation that day (a lens and viscoelastic at an eye clinic visit) is not.
    const visitNoOp = !inpatient && ops.length === 0 && !row.countOnly;
    // An undated placing operation was on a day with a surgery charge (the implant is placed in theatre, where the
    // operation and its anaesthesia are billed): with such charges on the bill, their days are the operation days.
    const offDay = row.countOnly
      ? []
      : visitNoOp
        ? lines.filter((l) => !surgeryDates.has(l.date))
        : dated || (ops.length > 0 && surgeryDates.size > 0)
          ? lines.filter((l) => !opDays.has(l.date))
          : [];
    // The record explains the implant (the model leaves such lines out of its cost features) or does not.
    const tooMany = !visitNoOp && billed > cap;
    // A count-only row leaves the lines within the count as they were (ordinary session consumables to the model).
    const beyond = tooMany ? linesBeyond(lines, cap) : [];
    for (const l of lines) if (!row.countOnly || beyond.includes(l)) l.contextSupported = !beyond.includes(l) && !offDay.includes(l);
    if (!tooMany && offDay.length === 0) continue;
    const named = tooMany ? [...new Set([...beyond, ...offDay])] : offDay;
    const offUnits = offDay.reduce((s, l) => s + l.quantity, 0);
    const excess = Math.max(tooMany ? billed - cap : 0, offUnits);
    const lineFen = named.reduce((s, l) => s + l.amountFen, 0);
    const namedUnits = named.reduce((s, l) => s + l.quantity, 0);
    lineIds.push(...named.map((l) => l.lineId));
    units += excess;
    fen += Math.round((lineFen * Math.min(excess, namedUnits)) / namedUnits);
    if (tooMany) {
      // Coded operations of the row's families that name another fixation (a K-wire fixation billed a plate): say so.
      const other = procedureCodes.filter((p) => underAny(p, row.procedures) && !placesRow(row, p, diagnosisCodes));
      // Coded operations that place it only with a diagnosis the claim does not code (a stapler on a simple appendicitis).
      const unmet = (row.placesWith ?? []).filter((e) => procedureCodes.some((p) => underAny(p, e.procedures)));
      detail.push(
        ops.length === 0 && unmet.length
          ? `${row.name}收费数量${billed}，病案手术操作${unmet.flatMap((e) => procedureCodes.filter((p) => underAny(p, e.procedures))).join('、')}仅在诊断为${unmet.flatMap((e) => e.diagnoses).join('、')}时使用${row.name}，本次诊断均不符`
          : ops.length === 0 && other.length
          ? `${row.name}收费数量${billed}，病案手术操作${other.join('、')}所编码的术式不放置${row.name}，病案也无放置它的其他手术操作`
          : never
          ? `${row.name}收费数量${billed}，病案手术操作${never.map((n) => `${n.code}（${n.cls.name}）`).join('、')}所属术式类别均不使用${row.name}`
          : ops.length === 0
          ? `${row.name}收费数量${billed}，病案无放置它的手术操作（${row.procedures.join('、')}）`
          : byFracture && byFracture.cap === cap && cap === 0
          ? `${row.name}收费数量${billed}，病案诊断${byFracture.fractures.join('、')}（${byFracture.site}骨折）的内固定（${ops.join('、')}）不使用${row.name}`
          : byFracture && byFracture.cap === cap
          ? `${row.name}收费数量${billed}，病案诊断${byFracture.fractures.join('、')}（${byFracture.site}骨折）的内固定（${ops.join('、')}）至多放置${cap}`
          : `${row.name}收费数量${billed}，病案手术操作${ops.join('、')}至多${row.countOnly ? '使用' : '放置'}${cap}`,
      );
    }
    if (offDay.length && visitNoOp) {
      const when = [...new Set(offDay.map((l) => l.date))].sort().join('、');
      detail.push(`${row.name}${offUnits}件收费于${when}（门诊/非住院就诊），当日无手术收费，也无放置它的手术操作编码（${row.procedures.join('、')}）`);
    } else if (offDay.length) {
      const when = [...new Set(offDay.map((l) => l.date))].sort().join('、');
      const opWhen = [...opDays].sort().join('、');
      detail.push(`${row.name}${offUnits}件收费于${when}，当日无手术（放置它的手术操作${ops.join('、')}及手术收费在${opWhen}）`);
    }
  }
  return lineIds.length ? { lineIds, detail: detail.join('；'), units, amount: toYuan(fen) } : null;
}

/** The lines beyond what the operations use: the earliest lines are kept up to the count, the later ones named. */
function linesBeyond(lines: readonly ItemFacts[], cap: number): ItemFacts[] {
  const sorted = [...lines].sort((a, b) => a.date.localeCompare(b.date) || Number(a.lineId) - Number(b.lineId) || a.lineId.localeCompare(b.lineId));
  let kept = 0;
  const out: ItemFacts[] = [];
  for (const l of sorted) {
    kept += l.quantity;
    if (kept > cap) out.push(l);
  }
  return out;
}

/**
 * The coded procedure places the row's implant: under one of its prefixes and none of its exceptions, or under a
 * `placesWith` entry whose diagnoses the claim codes (without the diagnoses given, those entries place nothing).
 */
export function placesRow(row: ImplantRow, code: string, diagnosisCodes: readonly string[] = []): boolean {
  if (underAny(code, row.procedures) && !underAny(code, row.notProcedures ?? [])) return true;
  return (row.placesWith ?? []).some((e) => underAny(code, e.procedures) && startsWithAny(diagnosisCodes, e.diagnoses));
}

/** Units the coded operations place: none without one; the stent-count code when there is one; else per operation. */
function placed(row: ImplantRow, ops: readonly string[], procedureCodes: readonly string[], opDates: readonly (string | null)[]): number {
  if (ops.length === 0) return 0;
  for (const [code, n] of Object.entries(row.countCodes ?? {})) if (procedureCodes.some((p) => p.startsWith(code))) return n;
  if (row.maxPerOperation) return mostUsed(row, ops, procedureCodes, opDates) ?? Infinity;
  return row.perProcedure === undefined || row.countCodes ? Infinity : row.perProcedure * ops.length;
}

/**
 * Most units the fixation of the coded fractures uses (the row's `maxPerFracture`): a plate per malleolus fixed, so a
 * lateral malleolus alone takes one, a trimalleolar fracture three. Judged only when every placing operation is one
 * site's fixation, each fracture of the site's region the claim codes has an entry, and the operations are no more
 * than those fractures (a second fixation coded, both sides: the table does not know which): else null.
 */
export function fractureCap(row: ImplantRow, ops: readonly string[], diagnosisCodes: readonly string[]): { cap: number; site: string; fractures: string[] } | null {
  for (const site of row.maxPerFracture ?? []) {
    if (!ops.every((op) => underAny(op, site.procedures))) continue;
    const fractures = diagnosisCodes.filter((d) => underAny(d, site.region));
    if (fractures.length === 0 || ops.length > fractures.length) return null;
    let cap = 0;
    for (const d of fractures) {
      let max: number | null = null;
      let len = 0;
      for (const f of site.fractures) for (const pre of f.diagnoses) if (pre.length > len && d.startsWith(pre)) [max, len] = [f.max, pre.length];
      if (max === null) return null;
      cap += max;
    }
    return { cap, site: site.site, fractures };
  }
  return null;
}

/**
 * Most units the coded operations that place the row use (its `maxPerOperation`: each operation's entry by the
 * longest prefix; entries of one `group` count their largest total, the rest add up; a `perSession` entry counts its
 * max once for all its codes of one session). With the operations' dates given, a group's or a perSession entry's
 * codes on different dates are separate sessions (a diagnostic angiography on day 1 and the PCI on day 3 each have
 * their own sheath), each counted. Infinity when a `notJudgedWith` code is coded;
 * null when an operation has no entry (the table does not know what it uses).
 */
export function mostUsed(row: ImplantRow, ops: readonly string[], procedureCodes: readonly string[], opDates: readonly (string | null)[] = []): number | null {
  if (startsWithAny(procedureCodes, row.notJudgedWith ?? [])) return Infinity;
  const perEntry = new Map<string, { entry: NonNullable<ImplantRow['maxPerOperation']>[number]; date: string; n: number }>();
  for (const [i, op] of ops.entries()) {
    let entry: NonNullable<ImplantRow['maxPerOperation']>[number] | null = null;
    let at = -1;
    let len = 0;
    for (const [k, e] of (row.maxPerOperation ?? []).entries()) for (const pre of e.procedures) if (pre.length > len && op.startsWith(pre)) [entry, at, len] = [e, k, pre.length];
    if (!entry) return null;
    const date = opDates[i] ?? '';
    const key = entry.group === undefined && !entry.perSession ? `${at}` : `${at}|${date}`;
    const cur = perEntry.get(key);
    perEntry.set(key, { entry, date, n: entry.perSession ? entry.max : (cur?.n ?? 0) + entry.max });
  }
  if (perEntry.size === 0) return null;
  const groups = new Map<string, number>();
  let sum = 0;
  for (const { entry, date, n } of perEntry.values()) {
    if (entry.group === undefined) sum += n;
    else groups.set(`${entry.group}|${date}`, Math.max(groups.get(`${entry.group}|${date}`) ?? 0, n));
  }
  for (const n of groups.values()) sum += n;
  return sum;
}
