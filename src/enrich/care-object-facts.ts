import { toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { isCareOf, type CareObjectRow, type CareObjects } from './care-objects';
import { rowCodeOf } from '../contract/catalogue-row';

// Care that has an object (rules/knowledge/care-objects.json): a dressing change needs a wound, fetal monitoring
// needs a fetus. A stay billing such care with no object anywhere on the claim (换药 on a pneumonia stay with no
// operation, wound, ulcer, injury or drain), or after the event that ended its object (胎心监护 after the
// delivery), bills a service that cannot have been given: 虚记 / 虚构医疗服务.

export interface CareObjectInput {
  inpatient: boolean;
  /** The claim's visit type (inpatient, outpatient, chronic, pharmacy); absent: inpatient or not by `inpatient`. */
  visitType?: string;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** Date of each coded procedure (same order as procedureCodes); null when the record gives none. */
  procedureDates?: readonly (string | null)[];
}

/** Care billed with no object on the claim: the lines, the care, what would show the object. */
export interface CareWithoutObject {
  lineIds: string[];
  names: string;
  sessions: number;
  /** Consumable units (件) among the lines. */
  units: number;
  /** The sessions and units for messages: 换药3次、耗材8件. */
  count: string;
  expected: string;
  amount: number;
}

/** Care billed after the event that ended its object: the lines, their dates, the event and its date. */
export interface CareAfterObjectEnded {
  lineIds: string[];
  names: string;
  event: string;
  eventDate: string;
  dates: string;
  amount: number;
}

export interface CareObjectFacts {
  careWithoutObject: CareWithoutObject | null;
  careAfterObjectEnded: CareAfterObjectEnded | null;
}

const NONE: CareObjectFacts = { careWithoutObject: null, careAfterObjectEnded: null };

function present(p: NonNullable<CareObjectRow['presentWith']>, c: CareObjectInput, own: ReadonlySet<ItemFacts>): boolean {
  if (startsWithAny(c.diagnosisCodes, p.diagnoses)) return true;
  if (p.anyOperation && c.procedureCodes.length > 0) return true;
  if (c.procedureCodes.some((code) => underAny(code, p.procedures) && !underAny(code, p.notProcedures))) return true;
  for (const it of c.items) {
    if (own.has(it)) continue; // 穿刺细胞学 is not its own puncture
    if (p.anyOperation && it.catalogue?.subcategory === 'surgery') return true;
    if (lineMatches({ codes: p.items }, it)) return true;
    // A procedure is known by a service's name: a drainage bag (引流袋) or a puncture kit (穿刺包) is no drainage or puncture.
    if (it.category === 'service' && lineMatches({ nameMarks: p.nameMarks }, it) && !p.nameExcept.some((m) => it.name.includes(m))) return true;
  }
  return false;
}

/** The names a service line goes by (the catalogue row's and the claim's own); drugs and consumables are known by code only (a 病理标本袋 is no examination). */
function nameOf(it: ItemFacts): string {
  if (it.category !== 'service') return '';
  const cat = it.catalogue?.name;
  return typeof cat === 'string' && cat !== it.name ? `${cat} ${it.name}` : it.name;
}

/** The day the object ended: the earliest dated procedure or billed line of the event; null when the claim shows none. */
function endedOn(e: NonNullable<CareObjectRow['endedBy']>, c: CareObjectInput): string | null {
  let day: string | null = null;
  const earlier = (d: string) => (day === null || d < day ? d : day);
  c.procedureCodes.forEach((code, i) => {
    const d = c.procedureDates?.[i];
    if (d && underAny(code, e.procedures)) day = earlier(d);
  });
  const items = new Set(e.items);
  for (const it of c.items) if (items.has(rowCodeOf(it))) day = earlier(it.date);
  return day;
}

/**
 * Stays, and clinic visits for rows that say so: a clinic's dressing change follows an operation or an injury the
 * visit need not code, while a specimen is examined where it is taken.
 */
export function careObjectFacts(c: CareObjectInput, table: CareObjects | null | undefined): CareObjectFacts {
  const visitType = c.visitType ?? (c.inpatient ? 'inpatient' : 'outpatient');
  if (!table || !table.visitTypes.has(visitType)) return NONE;
  const known = (it: ItemFacts) => table.byCode.has(rowCodeOf(it)) || table.named.some((r) => isCareOf(r, rowCodeOf(it), nameOf(it)));
  if (!c.items.some(known)) return NONE;
  const missing = new Set<ItemFacts>();
  const missingRows = new Set<CareObjectRow>();
  const after: ItemFacts[] = [];
  const events: { event: string; day: string }[] = [];
  for (const r of table.rows) {
    if (!(r.visitTypes as readonly string[]).includes(visitType)) continue;
    const lines = judgedLines(r, c, c.items.filter((it) => isCareOf(r, rowCodeOf(it), nameOf(it))));
    if (!lines.length) continue;
    if (r.presentWith && !present(r.presentWith, c, new Set(lines))) {
      for (const l of lines) missing.add(l); // a line two rows judge (免疫组化 with no specimen at all) is named once
      missingRows.add(r);
      continue;
    }
    if (r.endedBy) {
      const day = endedOn(r.endedBy, c);
      if (day === null) continue;
      const late = lines.filter((l) => l.date > day);
      if (!late.length) continue;
      after.push(...late);
      events.push({ event: r.endedBy.event, day });
    }
  }
  const fen = (ls: readonly ItemFacts[]) => toYuan(ls.reduce((s, l) => s + l.amountFen, 0));
  const names = (ls: readonly ItemFacts[]) => [...new Set(ls.map((l) => l.name))].join('、');
  const lacking = [...missing];
  return {
    careWithoutObject: lacking.length
      ? {
          lineIds: lacking.map((l) => l.lineId), names: names(lacking),
          ...counted(lacking),
          expected: [...missingRows].map((r) => `${r.name}须有${r.object}：${r.presentWith!.expected ?? expectedText(r.presentWith!)}`).join('；'),
          amount: fen(lacking),
        }
      : null,
    careAfterObjectEnded: after.length
      ? {
          lineIds: after.map((l) => l.lineId), names: names(after),
          event: [...new Set(events.map((e) => e.event))].join('、'), eventDate: events.map((e) => e.day).sort()[0],
          dates: [...new Set(after.map((l) => l.date))].sort().join('、'), amount: fen(after),
        }
      : null,
  };
}

/** A row's lines that are judged: those its acceptedWith does not accept, and its consumables only on consumableMinDays days or more. */
function judgedLines(r: CareObjectRow, c: CareObjectInput, lines: readonly ItemFacts[]): ItemFacts[] {
  const accepted = new Set(
    r.acceptedWith
      .filter((a) => startsWithAny(c.diagnosisCodes, a.diagnoses) || c.items.some((it) => lineMatches({ codes: a.items }, it)))
      .flatMap((a) => a.codes),
  );
  const kept = lines.filter((l) => !accepted.has(rowCodeOf(l)));
  if (!r.consumableMinDays) return kept;
  const days = new Set(kept.filter((l) => l.category === 'consumable').map((l) => l.date)).size;
  return days >= r.consumableMinDays ? kept : kept.filter((l) => l.category !== 'consumable');
}

/** Sessions of the services and units of the consumables, and the two for messages. */
function counted(lines: readonly ItemFacts[]): Pick<CareWithoutObject, 'sessions' | 'units' | 'count'> {
  const sum = (ls: readonly ItemFacts[]) => ls.reduce((s, l) => s + l.quantity, 0);
  const sessions = sum(lines.filter((l) => l.category === 'service'));
  const units = sum(lines.filter((l) => l.category === 'consumable'));
  const count = [sessions ? `${sessions}次` : '', units ? `耗材${units}件` : ''].filter(Boolean).join('、') || `${lines.length}项`;
  return { sessions, units, count };
}

function expectedText(p: NonNullable<CareObjectRow['presentWith']>): string {
  const parts: string[] = [];
  if (p.diagnoses.length) parts.push(`诊断 ${p.diagnoses.length > 12 ? `${p.diagnoses.slice(0, 12).join('、')}等` : p.diagnoses.join('、')}`);
  if (p.anyOperation) parts.push('手术/操作');
  if (p.procedures.length) parts.push(`手术操作 ${p.procedures.length > 12 ? `${p.procedures.slice(0, 12).join('、')}等` : p.procedures.join('、')}`);
  if (p.items.length || p.nameMarks.length) parts.push(`置管、引流或血液净化${p.nameMarks.length ? `（${p.nameMarks.join('、')}）` : ''}`);
  return parts.join('；或');
}
