import { toYuan } from '../money/fen';
import type { AgePlausibility, AgePlausibilityRow } from './age-plausibility';
import type { ItemFacts } from './item-fact-types';
import { atcOf, rowCodeOf } from './knowledge';

// A child's outpatient or pharmacy claim for an adult's chronic medicines or diagnoses (冒名就医 signal), against
// rules/knowledge/age-plausibility.json (loaded by age-plausibility.ts).

export interface AgeImplausibleFacts {
  /** What is implausible at this age, with each row's floor: "氯吡格雷（14岁以上）、原发性高血压 I10.x00（6岁以上）". */
  care: string;
  /** The lowest floor among them. */
  minAge: number;
  lineIds: string[];
  amount: number;
}

export interface AgeInput {
  visitType: string;
  ageYears: number;
  diagnosisCodes: readonly string[];
  items: readonly ItemFacts[];
}

function drugRow(table: AgePlausibility, it: ItemFacts): AgePlausibilityRow | undefined {
  const code = rowCodeOf(it);
  const atc = atcOf(code, it.catalogue);
  return table.rows.find((r) => r.codes.includes(code) || (atc !== null && r.atc.some((a) => atc.startsWith(a))));
}

/**
 * The drug lines and diagnoses of an outpatient or pharmacy claim whose row's minAge is above the member's age.
 * A line the catalogue itself restricts by age (ageMin) is catalogue.age-restricted-item's, not repeated here.
 */
export function ageImplausible(c: AgeInput, table: AgePlausibility | null | undefined): AgeImplausibleFacts | null {
  if (!table || !table.visitTypes.includes(c.visitType)) return null;
  const found: string[] = [];
  const lines: ItemFacts[] = [];
  let floor = Infinity;
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    if (typeof it.catalogue?.ageMin === 'number' && c.ageYears < (it.catalogue.ageMin as number)) continue;
    const r = drugRow(table, it);
    if (!r || c.ageYears >= r.minAge) continue;
    lines.push(it);
    found.push(`${it.name}（${r.name}，${r.minAge}岁以上）`);
    floor = Math.min(floor, r.minAge);
  }
  for (const code of c.diagnosisCodes) {
    const r = table.rows.find((x) => x.diagnoses.some((p) => code.startsWith(p)));
    if (!r || c.ageYears >= r.minAge) continue;
    found.push(`诊断${code}（${r.name}，${r.minAge}岁以上）`);
    floor = Math.min(floor, r.minAge);
  }
  if (!found.length) return null;
  // A diagnosis alone: the care bought under it is the claim's drug lines (else every line).
  const named = lines.length ? lines : c.items.some((i) => i.category === 'drug') ? c.items.filter((i) => i.category === 'drug') : c.items;
  return {
    care: [...new Set(found)].join('、'), minAge: floor,
    lineIds: named.map((l) => l.lineId), amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}
