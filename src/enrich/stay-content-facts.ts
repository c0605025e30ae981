import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { prefixList, type Knowledge } from './knowledge';
import type { TherapyIndication } from './stay-knowledge';

// What a stay's days contain, against what a stay is for (tables: rules/knowledge/stay-content.json,
// therapy-indications.json): days with a bed but no care (挂床住院), a short stay with nothing that needs a bed
// (低标准入院), rehabilitation and physiotherapy no diagnosis on the claim calls for (虚构治疗项目).

export interface StayContentFacts {
  /** 挂床: days between admission and discharge billed bed or nursing and nothing else but the ward round. */
  idleDays: { days: number; inner: number; share: number; dates: string; lineIds: string[]; amount: number } | null;
  /** 低标准入院: a short stay with no procedure, no injection or infusion, no treatment service, no consumable. */
  lowIntensity: { nights: number; content: string; lineIds: string[] } | null;
  /** Therapy lines (康复/理疗/针灸/推拿) with none of their indicating diagnoses on the claim. */
  therapyUnsupported: { lineIds: string[]; groups: string; sessions: number; expected: string; amount: number } | null;
}

export interface StayContentInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  endDate: string;
  lengthOfStay: number;
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  dischargeMode: string | null;
  knowledge: Knowledge | null | undefined;
}

const NONE: StayContentFacts = { idleDays: null, lowIntensity: null, therapyUnsupported: null };

/** Bed, nursing and the ward round (住院诊查费): what a day costs when nothing is done. */
const ROUTINE = new Set(['bed', 'nursing', 'consult']);
/** A consultation billed per visit (院内会诊) is care; the per-day ward round is not. */
const isRoutine = (it: ItemFacts) => {
  const sub = it.catalogue?.subcategory as string | undefined;
  return it.category === 'service' && sub !== undefined && ROUTINE.has(sub) && (sub !== 'consult' || it.catalogue?.unit === '日');
};
/** Content that needs a bed: treatment and surgery services (lines the catalogue does not know count as content). */
const BED_SERVICES = new Set(['treatment', 'surgery']);

export function stayContentFacts(c: StayContentInput): StayContentFacts {
  if (!c.inpatient || !c.knowledge) return NONE;
  return {
    idleDays: idleDays(c),
    lowIntensity: lowIntensity(c),
    therapyUnsupported: therapyUnsupported(c),
  };
}

/**
 * The days strictly between the admission day and the discharge day are where a stay's care happens. A day of
 * them billed bed or nursing with no drug, test, treatment or consumable beside it is idle; many idle days in
 * a long stay, or a run of them (days held after the care ended), is 挂床 (a bed held without treatment in it).
 */
function idleDays(c: StayContentInput): StayContentFacts['idleDays'] {
  const limits = c.knowledge!.stayContent?.bedBlocking;
  if (!limits || c.lengthOfStay < limits.minNights) return null;
  const inner = c.lengthOfStay - 1;
  const byDay = new Map<number, { routine: ItemFacts[]; care: boolean; bed: boolean }>();
  for (const it of c.items) {
    if (it.dayIndex < 1 || it.date >= c.endDate) continue;
    let d = byDay.get(it.dayIndex);
    if (!d) byDay.set(it.dayIndex, (d = { routine: [], care: false, bed: false }));
    if (isRoutine(it)) {
      d.routine.push(it);
      if (it.catalogue?.subcategory !== 'consult') d.bed = true;
    } else d.care = true;
  }
  const idle = [...byDay.entries()].filter(([, d]) => d.bed && !d.care).sort((a, b) => a[0] - b[0]);
  const share = Math.round((idle.length / inner) * 100) / 100;
  if (idle.length < limits.minIdleDays || (share < limits.minIdleShare && longestRun(idle.map(([day]) => day)) < limits.minIdleRun)) return null;
  const lines = idle.flatMap(([, d]) => d.routine);
  return {
    days: idle.length, inner, share,
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/** The longest run of consecutive days in an ascending list of day indexes. */
function longestRun(days: readonly number[]): number {
  let best = 0;
  let run = 0;
  days.forEach((d, i) => {
    run = i > 0 && d === days[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

/**
 * A short stay whose bill holds nothing that needs a bed: no coded procedure, no injection or infusion, no
 * treatment or surgery service, no consumable; only oral drugs, tests, bed, nursing and the ward round. A
 * stay that ended in death or a transfer is not judged (the patient was ill enough to need one).
 */
function lowIntensity(c: StayContentInput): StayContentFacts['lowIntensity'] {
  const content = c.knowledge!.stayContent;
  if (!content || c.lengthOfStay > content.lowIntensity.maxNights || c.procedureCodes.length > 0) return null;
  if (c.dischargeMode === 'death' || c.dischargeMode === 'transfer') return null;
  const marks = content.parenteralDrugNameMarks;
  let drugs = 0;
  let tests = 0;
  const routine: string[] = [];
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    if (it.category === 'consumable') return null;
    if (it.category === 'drug') {
      const name = (entry.name as string | undefined) ?? it.name;
      if (marks.some((m) => name.includes(m) || it.name.includes(m))) return null;
      drugs++;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === undefined || BED_SERVICES.has(sub)) return null;
    if (ROUTINE.has(sub)) routine.push(it.lineId);
    else tests++;
  }
  return { nights: c.lengthOfStay, content: `口服等非注射药品${drugs}行、检查检验${tests}行、床位护理诊查${routine.length}行；无手术操作、注射输液、治疗项目或耗材`, lineIds: routine };
}

const startsWithAny = (codes: readonly string[], ps: readonly string[]) => codes.some((c) => ps.some((p) => c.startsWith(p)));

/** Rehabilitation and physiotherapy lines with none of the diagnoses their table row names. */
function therapyUnsupported(c: StayContentInput): StayContentFacts['therapyUnsupported'] {
  const table = c.knowledge!.therapy;
  if (table.size === 0) return null;
  const judged = new Map<TherapyIndication, boolean>();
  const lines: ItemFacts[] = [];
  const rows = new Set<TherapyIndication>();
  for (const it of c.items) {
    const row = table.get(it.code);
    if (row === undefined) continue;
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = startsWithAny(c.diagnosisCodes, row.indications)));
    if (ok) continue;
    lines.push(it);
    rows.add(row);
  }
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    groups: [...rows].map((r) => r.name).join('、'),
    sessions: lines.reduce((s, l) => s + l.quantity, 0),
    expected: [...rows].map((r) => `${r.name}：诊断 ${prefixList(r.indications)}`).join('；'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}
