import { toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { theatreProcedure, type TheatreItems } from './theatre-items';
import { rowCodeOf } from '../contract/catalogue-row';

// General or neuraxial anaesthesia (theatre-items.json operationDay.anaesthesia) billed for a procedure done under
// less (anaesthesiaCeiling): ESWL, band ligation, stent removal, a diagnostic endoscopy; general anaesthesia alone
// (a row's `beyond`) for one done under spinal or local as a rule (an open hernia repair, a haemorrhoidectomy). The day's procedures are
// read from the codes (dated that day, or undated: any day) and the lines billed that day; another operation that
// day explains the anaesthesia.

export interface AnaesthesiaCeilingInput {
  items: readonly ItemFacts[];
  ageYears: number;
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  procedureDates?: readonly (string | null)[];
}

/** The anaesthesia lines beyond the day's procedures: lines, what was done and under what at most, money. */
export interface AnaesthesiaBeyond {
  lineIds: string[];
  detail: string;
  amount: number;
}

type Ceiling = NonNullable<TheatreItems['anaesthesiaCeiling']>;
type Row = Ceiling['rows'][number];

/** `shared`: the anaesthesia services (procedure-billing.json sharedCodes), which are no operation themselves. */
export function anaesthesiaBeyondProcedure(c: AnaesthesiaCeilingInput, t: TheatreItems | null | undefined, shared: ReadonlySet<string>): AnaesthesiaBeyond | null {
  const ceiling = t?.anaesthesiaCeiling;
  if (!ceiling || c.ageYears < ceiling.minAge || startsWithAny(c.diagnosisCodes, ceiling.reasons)) return null;
  const deep = new Set(t!.operationDay.anaesthesia);
  const lines = c.items.filter((it) => it.category === 'service' && deep.has(rowCodeOf(it)));
  if (!lines.length) return null;
  const named: ItemFacts[] = [];
  const done = new Map<string, Row>();
  for (const day of new Set(lines.map((l) => l.date))) {
    const rows = dayRows(c, ceiling, shared, t!, day);
    if (!rows) continue;
    // Beyond the day only what is beyond every row done that day (spinal anaesthesia for a hernia repair beside a band ligation is the hernia's).
    const beyond = lines.filter((l) => l.date === day && rows.every((r) => (r.beyond ?? [...deep]).includes(rowCodeOf(l))));
    if (!beyond.length) continue;
    named.push(...beyond);
    for (const r of rows) done.set(r.name, r);
  }
  if (!named.length) return null;
  const dates = [...new Set(named.map((l) => l.date))].sort().join('、');
  const what = [...done.values()].map((r) => `${r.name}（${r.atMost}）`).join('、');
  const everyDeep = [...done.values()].every((r) => !r.beyond);
  const names = [...new Set(named.map((l) => l.name))].join('、');
  return {
    lineIds: named.map((l) => l.lineId),
    detail: `${names}收费于${dates}，当日仅有${what}，无需${everyDeep ? '椎管内或全身麻醉' : names}的手术`,
    amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * The ceiling rows done that day, or null when the day has none or has an operation beside them (a coded
 * operation of that day or undated, a surgery line, a line the catalogue does not know) that may need the anaesthesia.
 */
function dayRows(c: AnaesthesiaCeilingInput, ceiling: Ceiling, shared: ReadonlySet<string>, t: TheatreItems, day: string): Row[] | null {
  const rows = new Set<Row>();
  for (let i = 0; i < c.procedureCodes.length; i++) {
    const d = c.procedureDates?.[i] ?? null;
    if (d !== null && d !== day) continue;
    const p = c.procedureCodes[i];
    const row = ceiling.rows.find((r) => underAny(p, r.procedures));
    if (row) rows.add(row);
    else if (theatreProcedure(p, t)) return null;
  }
  for (const it of c.items) {
    if (it.date !== day || it.category !== 'service') continue;
    const code = rowCodeOf(it);
    if (shared.has(code) || t.operationDay.anaesthesia.includes(code)) continue;
    const row = ceiling.rows.find((r) => lineMatches({ codes: r.services, nameMarks: r.nameMarks }, it));
    if (row) rows.add(row);
    else if (it.catalogue === null || it.catalogue.subcategory === 'surgery') return null;
  }
  return rows.size ? [...rows] : null;
}

/**
 * Operations billed with no general or neuraxial anaesthesia that day or a day either side (theatre-items.json
 * anaesthesiaFloor): a laparoscopy, a TURP or a joint replacement is not done under local infiltration. A row with
 * `generalWithout` (a laparoscopy) billed with none of its ports near it needs general anaesthesia: a neuraxial block
 * alone does not bear a pneumoperitoneum, so the bill shows neither a laparoscopy's ports nor its anaesthesia. The
 * operation lines and that day's other anaesthesia lines are named.
 */
export function anaesthesiaBelowOperation(items: readonly ItemFacts[], t: TheatreItems | null | undefined): AnaesthesiaBeyond | null {
  const floor = t?.anaesthesiaFloor;
  if (!floor) return null;
  const deep = new Set(t!.operationDay.anaesthesia);
  const daysOf = (keep: (it: ItemFacts) => boolean) => new Set(items.filter(keep).map((it) => it.dayIndex));
  const near = (days: Set<number>, d: number) => days.has(d) || days.has(d - 1) || days.has(d + 1);
  const deepDays = daysOf((it) => it.category === 'service' && deep.has(rowCodeOf(it)));
  const generalDays = daysOf((it) => it.category === 'service' && rowCodeOf(it) === floor.general);
  const named: ItemFacts[] = [];
  const what: string[] = [];
  for (const it of items) {
    if (it.category !== 'service') continue;
    const row = floor.rows.find((r) => r.services.includes(rowCodeOf(it)));
    if (!row) continue;
    const ports = row.generalWithout;
    const generalOnly = !!ports && !!floor.general && !near(daysOf((o) => lineMatches(ports, o)), it.dayIndex);
    if (near(generalOnly ? generalDays : deepDays, it.dayIndex)) continue;
    named.push(it);
    what.push(`${it.name}（${it.date}，须${generalOnly ? ports!.atLeast : row.atLeast}）`);
  }
  if (!named.length) return null;
  const days = new Set(named.map((l) => l.date));
  const lighter = items.filter((it) => it.category === 'service' && days.has(it.date) && (floor.lighter.includes(rowCodeOf(it)) || deep.has(rowCodeOf(it))));
  const all = [...named, ...lighter];
  const under = lighter.length ? `仅收${[...new Set(lighter.map((l) => l.name))].join('、')}` : '未收任何麻醉';
  return {
    lineIds: all.map((l) => l.lineId),
    detail: `${what.join('、')}：当日及前后一日无所须麻醉收费，${under}`,
    amount: toYuan(all.reduce((s, l) => s + l.amountFen, 0)),
  };
}
