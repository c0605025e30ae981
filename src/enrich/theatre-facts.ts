import { addDays } from '../contract/dates';
import { toFen, toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { isOperationCode, underAny } from '../contract/code-prefix';
import { theatreProcedure, type RequiredItemsRow, type TheatreItems } from './theatre-items';
import { rowCodeOf } from '../contract/catalogue-row';

// A stay's theatre items against its operations (rules/knowledge/theatre-items.json): anaesthesia on a day with
// no operation (虚计麻醉), a laparoscopic trocar on a day with no laparoscopic operation and a regional
// anaesthetic on a stay with no anaesthesia, operation or delivery (开腹手术收取腔镜耗材, 虚记耗材药品), what the
// operation's price already holds billed beside it (手术当日换药, 术前麻醉访视按会诊收费), and a coded operation
// with none of the items it cannot be done without (高套: 融合术无融合器/螺钉/植骨, 剖宫产编码而阴道分娩收费).
// The day sets are built in one pass over the lines; each check then reads them.

export interface TheatreLines {
  lineIds: string[];
  detail: string;
  amount: number;
}

export interface TheatreFacts {
  /** General or spinal anaesthesia on a day with no operation, endoscopy or coded operation (labour analgesia aside). */
  anaesthesiaWithoutOperation: TheatreLines | null;
  /** Regional anaesthetics on a stay with no anaesthesia, operation, delivery or block. */
  theatreItemWithoutOperation: TheatreLines | null;
  /** Trocars on the day of an open operation with no laparoscopic operation billed or coded that day. */
  trocarOnOpenOperation: TheatreLines | null;
  /** Items the operation's price includes: the dressing of the day of the first operation, the anaesthetist's visit as a consultation. */
  includedInOperation: TheatreLines | null;
  /** A second laparoscopic operation through the same ports billed above its share of the cap (同一切口第二项手术按比例计价). */
  secondOperationFullPrice: TheatreLines | null;
  /** Coded operations with none of the items they are done with: codes, what was expected, the operation lines. */
  procedureWithoutMaterial: { codes: string; expected: string; lineIds: string[] } | null;
}

export interface TheatreInput {
  inpatient: boolean;
  items: readonly ItemFacts[];
  procedureCodes: readonly string[];
  procedureDates?: readonly (string | null)[];
  /** The national name of a procedure code (CHS-DRG 1.1 list): the 临床版 codes its laparoscopic variants by name. */
  procedureName?: (code: string) => string | undefined;
}

const NONE: TheatreFacts = { anaesthesiaWithoutOperation: null, theatreItemWithoutOperation: null, trocarOnOpenOperation: null, includedInOperation: null, secondOperationFullPrice: null, procedureWithoutMaterial: null };

const sumFen = (lines: readonly ItemFacts[]) => lines.reduce((s, l) => s + l.amountFen, 0);
const datesOf = (lines: readonly ItemFacts[]) => [...new Set(lines.map((l) => l.date))].sort().join('、');

/**
 * `shared`: the anaesthesia services (procedure-billing.json sharedCodes) that are no operation themselves;
 * `packages`: package codes that bill a whole episode (no operation is then judged against its items).
 */
export function theatreFacts(c: TheatreInput, t: TheatreItems | null | undefined, shared: ReadonlySet<string>, packages: ReadonlySet<string>): TheatreFacts {
  if (!t || !c.inpatient) return NONE;
  const anaesthesia = new Set(t.operationDay.anaesthesia);
  const procedureServices = new Set(t.operationDay.procedureServices);
  // Days of an operation line (surgery subcategory, not an anaesthesia; a service the catalogue does not know may be
  // one under a local code), of a procedure that takes an anaesthesia, of a coded operation with its date.
  // Only the catalogue's own operation rows: what an operation's price includes needs an operation known to be one.
  const knownOperationDays = new Set<string>();
  const theatreDays = new Set<string>();
  const anaesthesiaLines: ItemFacts[] = [];
  let anySurgery = false;
  let packaged = false;
  for (const it of c.items) {
    const code = rowCodeOf(it);
    if (packages.has(code)) packaged = true;
    if (it.category !== 'service') continue;
    if (anaesthesia.has(code)) anaesthesiaLines.push(it);
    const surgery = it.catalogue === null || it.catalogue.subcategory === 'surgery';
    if (surgery) anySurgery = true;
    if (surgery && !anaesthesia.has(code) && !shared.has(code)) {
      if (it.catalogue !== null) knownOperationDays.add(it.date);
      theatreDays.add(it.date);
    } else if (procedureServices.has(code)) theatreDays.add(it.date);
  }
  const dates = c.procedureDates ?? [];
  // Procedures coded without a date may have been done on any day, each on one: they explain as many anaesthesia
  // days as they are coded (a course of MECT coded once per session).
  let undatedOperations = 0;
  c.procedureCodes.forEach((p, i) => {
    if (!theatreProcedure(p, t)) return;
    const d = dates[i];
    if (d) theatreDays.add(d);
    else undatedOperations++;
  });
  return {
    anaesthesiaWithoutOperation: anaesthesiaWithoutOperation(c, t, anaesthesiaLines, theatreDays, undatedOperations),
    theatreItemWithoutOperation: regionalAnaestheticUnsupported(c, t, anySurgery),
    trocarOnOpenOperation: trocarOnOpenOperation(c, t),
    includedInOperation: includedInOperation(c, t, knownOperationDays, anaesthesiaLines),
    secondOperationFullPrice: secondOperationFullPrice(c, t),
    procedureWithoutMaterial: packaged ? null : procedureWithoutMaterial(c, t, anaesthesia, shared),
  };
}

/**
 * Days billing two or more different laparoscopic operations: one pneumoperitoneum and one set of ports, so the
 * operation with the higher cap is the main one and each other is priced at `samePorts.share` of its own price. A
 * price is at most its cap, so a second operation's unit price above share × cap is above what it may be, whatever
 * the hospital's own price. Two lines of one operation (two sides) are not this check's; an open operation beside a
 * laparoscopic one (its own incision) is not judged.
 */
function secondOperationFullPrice(c: TheatreInput, t: TheatreItems): TheatreLines | null {
  const share = t.samePorts?.share;
  if (share === undefined) return null;
  const services = new Set(t.laparoscopic.services);
  const byDay = new Map<string, ItemFacts[]>();
  for (const it of c.items) {
    if (it.category !== 'service' || it.priceCap === null || !services.has(rowCodeOf(it))) continue;
    (byDay.get(it.date) ?? byDay.set(it.date, []).get(it.date)!).push(it);
  }
  const named: ItemFacts[] = [];
  const detail: string[] = [];
  let excessFen = 0;
  for (const [date, lines] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    if (new Set(lines.map(rowCodeOf)).size < 2) continue;
    const main = lines.reduce((m, l) => (l.priceCap! > m.priceCap! ? l : m));
    for (const l of lines) {
      if (rowCodeOf(l) === rowCodeOf(main)) continue;
      const allowedFen = Math.floor(toFen(l.priceCap!) * share);
      const unitFen = toFen(l.unitPrice);
      if (unitFen <= allowedFen) continue;
      named.push(l);
      excessFen += (unitFen - allowedFen) * l.quantity;
      detail.push(`${date}${main.name}（第${main.lineId}行）与${l.name}（第${l.lineId}行）同日经同一腹腔镜通道完成，第二项按${toYuan(unitFen)}元收费，高于其限价${toYuan(toFen(l.priceCap!))}元的${Math.round(share * 100)}%（${toYuan(allowedFen)}元）`);
    }
  }
  if (named.length === 0) return null;
  return { lineIds: named.map((l) => l.lineId), detail: detail.join('；'), amount: toYuan(excessFen) };
}

/** Delivery days (阴道分娩接生 billed, a delivery coded with its date) and the days before them labour may begin. */
function labourDays(c: TheatreInput, t: TheatreItems): Set<string> {
  const l = t.labourAnalgesia;
  const days = new Set<string>();
  const deliveries: string[] = [];
  for (const it of c.items) if (l.deliveryServices.includes(rowCodeOf(it))) deliveries.push(it.date);
  c.procedureCodes.forEach((p, i) => {
    const d = c.procedureDates?.[i];
    if (d && underAny(p, l.deliveryProcedures)) deliveries.push(d);
  });
  for (const d of deliveries) for (let n = 0; n <= l.daysBefore; n++) days.add(addDays(d, -n));
  return days;
}

function anaesthesiaWithoutOperation(c: TheatreInput, t: TheatreItems, lines: readonly ItemFacts[], theatreDays: ReadonlySet<string>, undated: number): TheatreLines | null {
  if (lines.length === 0) return null;
  // The earliest days off a dated operation are taken as the undated procedures' days; the lines of the days beyond are named.
  const offDays = [...new Set(lines.filter((l) => !theatreDays.has(l.date)).map((l) => l.date))].sort();
  const explained = new Set(offDays.slice(0, undated));
  const off = lines.filter((l) => !theatreDays.has(l.date) && !explained.has(l.date));
  if (off.length === 0) return null;
  const labourCodes = new Set(t.labourAnalgesia.anaesthesia);
  const labour = off.some((l) => labourCodes.has(rowCodeOf(l))) ? labourDays(c, t) : null;
  const named = labour ? off.filter((l) => !(labourCodes.has(rowCodeOf(l)) && labour.has(l.date))) : off;
  if (named.length === 0) return null;
  const days = [...theatreDays].sort();
  return {
    lineIds: named.map((l) => l.lineId),
    detail: `${[...new Set(named.map((l) => l.name))].join('、')}收费于${datesOf(named)}，当日无手术、内镜或病案手术操作（手术日：${days.length ? days.join('、') : '无'}）`,
    amount: toYuan(sumFen(named)),
  };
}

function regionalAnaestheticUnsupported(c: TheatreInput, t: TheatreItems, anySurgery: boolean): TheatreLines | null {
  const r = t.regionalAnaesthetics;
  const drugs = new Set(r.drugs);
  const lines = c.items.filter((it) => it.category === 'drug' && drugs.has(rowCodeOf(it)));
  if (lines.length === 0 || anySurgery || c.procedureCodes.some(isOperationCode)) return null;
  const supported = c.items.some((it) => r.needs.includes(rowCodeOf(it)) || (it.category !== 'drug' && lineMatches({ nameMarks: r.needsNameMarks }, it)));
  if (supported) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    detail: `${lines[0].name}收费于${datesOf(lines)}，本次住院无麻醉、手术、分娩或神经阻滞/镇痛项目`,
    amount: toYuan(sumFen(lines)),
  };
}

function trocarOnOpenOperation(c: TheatreInput, t: TheatreItems): TheatreLines | null {
  const lap = t.laparoscopic;
  const trocars = new Set(lap.consumables);
  const trocarLines = c.items.filter((it) => it.category === 'consumable' && trocars.has(rowCodeOf(it)));
  if (trocarLines.length === 0) return null;
  const lapServices = new Set(lap.services);
  const lapDays = new Set<string>();
  let undatedLap = false;
  // A laparoscopic service: the table's, or an operation line whose own name (the hospital's item name, billed
  // under an open operation's code where the catalogue has no laparoscopic item) says so.
  const lapNamed = (text: string) => lap.procedureNameMarks.some((m) => text.includes(m)) && !lap.procedureNameExcept.some((m) => text.includes(m));
  for (const it of c.items) if (lapServices.has(rowCodeOf(it)) || (it.category === 'service' && lapNamed(it.name))) lapDays.add(it.date);
  // A laparoscopic or thoracoscopic operation by its ICD-9-CM-3 code, or by the national name of its 临床版 code
  // (腹腔镜下…, 胸腔镜下…: extensions under an open operation's base code).
  const scoped = (p: string) => {
    if (underAny(p, lap.procedures)) return true;
    const name = c.procedureName?.(p);
    return name !== undefined && lapNamed(name);
  };
  c.procedureCodes.forEach((p, i) => {
    if (!scoped(p)) return;
    const d = c.procedureDates?.[i];
    if (d) lapDays.add(d);
    else undatedLap = true;
  });
  // Judged on the days of an open operation that has a laparoscopic form (billed, or coded that day or undated):
  // the trocar of another kind of procedure is not this table's to judge.
  const openDays = new Set<string>();
  let undatedOpen = false;
  for (const it of c.items) if (lap.openServices.includes(rowCodeOf(it))) openDays.add(it.date);
  c.procedureCodes.forEach((p, i) => {
    if (!underAny(p, lap.openProcedures) || scoped(p)) return;
    const d = c.procedureDates?.[i];
    if (d) openDays.add(d);
    else undatedOpen = true;
  });
  const off = undatedLap ? [] : trocarLines.filter((l) => !lapDays.has(l.date) && (undatedOpen || openDays.has(l.date)));
  if (off.length === 0) return null;
  return {
    lineIds: off.map((l) => l.lineId),
    detail: `${off[0].name}收费于${datesOf(off)}，当日为开放手术，无腹腔镜手术收费或腹腔镜手术操作编码（病案：${c.procedureCodes.join('、') || '无'}）`,
    amount: toYuan(sumFen(off)),
  };
}

function includedInOperation(c: TheatreInput, t: TheatreItems, operationLineDays: ReadonlySet<string>, anaesthesiaLines: readonly ItemFacts[]): TheatreLines | null {
  const inc = t.includedInOperation;
  const named: ItemFacts[] = [];
  const detail: string[] = [];
  if (operationLineDays.size) {
    // The first operation's day, and no dressing before it (a wound already under care may be dressed that day).
    // One re-dressing that day (a soaked or bleeding wound) is allowed; more is the closing dressing charged again.
    const first = [...operationLineDays].sort()[0];
    const dressings = c.items.filter((it) => inc.dressings.includes(rowCodeOf(it)));
    if (!dressings.some((d) => d.date < first)) {
      const same = dressings.filter((d) => d.date === first);
      const units = same.reduce((s, l) => s + l.quantity, 0);
      if (units > inc.dressingsOnOperationDay) {
        named.push(...same);
        detail.push(`${[...new Set(same.map((l) => l.name))].join('、')}于手术当日${first}收费${units}次（术毕切口包扎含在手术项目内，当日至多再换药${inc.dressingsOnOperationDay}次，此前无换药）`);
      }
    }
  }
  if (anaesthesiaLines.length) {
    const near = new Set<string>();
    for (const a of anaesthesiaLines) for (let n = 0; n <= inc.consultDaysBefore; n++) near.add(addDays(a.date, -n));
    const consults = c.items.filter((it) => inc.consultations.includes(rowCodeOf(it)) && near.has(it.date) && inc.anaesthesiaConsultMarks.some((m) => it.name.includes(m)));
    if (consults.length) {
      named.push(...consults);
      detail.push(`${[...new Set(consults.map((l) => l.name))].join('、')}收费于${datesOf(consults)}（麻醉${datesOf(anaesthesiaLines)}，麻醉前访视评估含在麻醉项目内）`);
    }
  }
  const pack = inc.deliveryPack;
  if (pack) {
    // The caesarean's price covers its drapes and dressings; the delivery pack is the vaginal birth's, and a caesarean
    // stay that delivered no baby vaginally (no 阴道分娩接生 billed) had no use for one.
    const billed = new Set(c.items.map(rowCodeOf));
    const packs = c.items.filter((it) => pack.packs.includes(rowCodeOf(it)));
    if (packs.length && pack.caesareans.some((x) => billed.has(x)) && !pack.vaginalDeliveries.some((x) => billed.has(x))) {
      named.push(...packs);
      detail.push(`${[...new Set(packs.map((l) => l.name))].join('、')}收费于${datesOf(packs)}，本次为剖宫产（剖宫产术含手术铺巾敷料），无阴道分娩接生`);
    }
  }
  return named.length ? { lineIds: named.map((l) => l.lineId), detail: detail.join('；'), amount: toYuan(sumFen(named)) } : null;
}

function requiredRowOf(rows: readonly RequiredItemsRow[], code: string): RequiredItemsRow | null {
  for (const r of rows) if (underAny(code, r.procedures) && !underAny(code, r.notProcedures)) return r;
  return null;
}

/** Lines of the open-wound aftercare codes on at least minDays distinct days. */
function openSignsShown(items: readonly ItemFacts[], signs: NonNullable<RequiredItemsRow['openSigns']>): boolean {
  const days = new Set(items.filter((it) => signs.codes.includes(rowCodeOf(it))).map((it) => it.date));
  return days.size >= signs.minDays;
}

function procedureWithoutMaterial(c: TheatreInput, t: TheatreItems, anaesthesia: ReadonlySet<string>, shared: ReadonlySet<string>): TheatreFacts['procedureWithoutMaterial'] {
  const rows = t.requiredItems.rows;
  if (rows.length === 0 || c.procedureCodes.length === 0) return null;
  const missing: [string, RequiredItemsRow][] = [];
  let billed: Set<string> | null = null;
  for (const code of c.procedureCodes) {
    const row = requiredRowOf(rows, code);
    if (!row || missing.some(([, r]) => r === row)) continue;
    if (row.openSigns && !openSignsShown(c.items, row.openSigns)) continue;
    billed ??= new Set(c.items.map(rowCodeOf));
    const has = row.items.some((i) => billed!.has(i))
      || c.items.some((it) => it.category !== 'service' && lineMatches({ nameMarks: row.itemNameMarks }, it))
      || c.procedureCodes.some((p) => underAny(p, row.orProcedures));
    if (!has) missing.push([code, row]);
  }
  if (missing.length === 0) return null;
  const ops = c.items.filter((it) => it.category === 'service' && it.catalogue?.subcategory === 'surgery' && !anaesthesia.has(rowCodeOf(it)) && !shared.has(rowCodeOf(it)));
  return {
    codes: missing.map(([code, r]) => `${code}（${r.name}）`).join('、'),
    expected: missing.map(([, r]) => r.expected).join('；'),
    lineIds: ops.map((l) => l.lineId),
  };
}
