import { z } from 'zod';
import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// 特殊使用级抗菌药物 (rules/knowledge/special-use-antibacterials.json). The national rules let a special-use
// antibacterial be prescribed only after a consultation approves it, with a specimen sent for pathogen testing before
// the first dose; an empirical start without either is for a patient in danger (越级 in an emergency, the paperwork
// made up within 24 h): sepsis or shock, critical care, neutropenic fever. A stay starting one with none of these on
// the bill shows special-use drugs for an infection the record does not show to be severe.

const table = z.strictObject({
  note: z.string(),
  /** The special-use antibacterials (carbapenems, linezolid, tigecycline, glycopeptides …). */
  drugs: itemSelector,
  /** Pathogen work-up (culture, susceptibility, procalcitonin) that counts when billed on or before the first day. */
  workUp: itemSelector,
  /** Consultation billed on or before the first day + `consultGraceDays`. */
  consult: itemSelector,
  consultGraceDays: z.number().int().min(0),
  /** ICD-10 prefixes of severe infection or impaired defence: the stay is not judged. */
  severeDiagnoses: z.array(z.string().min(1)),
  /** Critical care (ICU bed, 特级护理/重症监护, ventilation, CRRT) or vasopressors billed: the stay is not judged. */
  criticalCare: itemSelector,
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type SpecialUseAntibacterials = z.infer<typeof table>;

export function loadSpecialUseAntibacterials(path: string): SpecialUseAntibacterials | null {
  return readJsonTable(path, table);
}

export interface SpecialUseUnsupported {
  drugs: string;
  firstDate: string;
  lineIds: string[];
  amount: number;
  expected: string;
}

/** On a stay, special-use antibacterials with no work-up before, no consultation, no severe infection or critical care; else null. */
export function specialUseUnsupported(
  c: { inpatient: boolean; items: readonly ItemFacts[]; diagnosisCodes: readonly string[] },
  t: SpecialUseAntibacterials | null | undefined,
): SpecialUseUnsupported | null {
  if (!t || !c.inpatient) return null;
  const lines = c.items.filter((it) => it.category === 'drug' && lineMatches(t.drugs, it));
  if (!lines.length) return null;
  if (startsWithAny(c.diagnosisCodes, t.severeDiagnoses)) return null;
  if (c.items.some((it) => lineMatches(t.criticalCare, it))) return null;
  const firstDay = Math.min(...lines.map((l) => l.dayIndex));
  if (c.items.some((it) => it.dayIndex <= firstDay && lineMatches(t.workUp, it))) return null;
  if (c.items.some((it) => it.dayIndex <= firstDay + t.consultGraceDays && lineMatches(t.consult, it))) return null;
  return {
    drugs: [...new Set(lines.map((l) => l.name))].join('、'),
    firstDate: lines.find((l) => l.dayIndex === firstDay)!.date,
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
    expected: t.expected,
  };
}
