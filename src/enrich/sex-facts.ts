import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';
import { underAny } from '../contract/code-prefix';
import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';

// Diagnoses only the other sex can have (rules/knowledge/sex-specific-diagnoses.json): a wife's vaginitis or a
// pregnancy on a man's card, a prostate on a woman's — a sign someone else used the card (冒名就医), as
// age-facts.ts reads age. The catalogue's own sex limits of items are catalogue.gender-restricted's; this reads what
// the record codes, which no line carries.

const row = z.strictObject({
  /** The only sex that can have these diagnoses. */
  sex: z.enum(['M', 'F']),
  name: z.string().min(1),
  /** ICD-10 医保版 prefixes (three-character categories, or a chapter letter). */
  diagnoses: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
});

const file = z.strictObject({ note: z.string(), notWithDiagnoses: z.array(z.string().min(1)), rows: z.array(row).min(1) });

export type SexSpecificDiagnoses = z.infer<typeof file>;

/** The table; null (no check) when the file is absent. */
export function loadSexSpecificDiagnoses(path: string): SexSpecificDiagnoses | null {
  return readJsonTable(path, file);
}

export interface SexImplausibleFacts {
  /** The diagnoses and the rows they fall under: "N76.000（女性生殖器官疾病，限女性）". */
  care: string;
  /** The sex the diagnoses belong to, and the member's, in words: 女性, 男性. */
  sexOfCare: string;
  memberSex: string;
  /** The whole visit: whose care it was is what is questioned. */
  lineIds: string[];
  amount: number;
}

const SEX_NAME = { M: '男性', F: '女性' } as const;

/** The coded diagnoses of the other sex's rows, or null (none, no sex given, or a disorder of sex development coded). */
export function sexImplausible(
  gender: 'M' | 'F' | undefined,
  diagnosisCodes: readonly string[],
  items: readonly ItemFacts[],
  totalFen: number,
  table: SexSpecificDiagnoses | null | undefined,
): SexImplausibleFacts | null {
  if (!table || !gender) return null;
  if (diagnosisCodes.some((d) => underAny(d, table.notWithDiagnoses))) return null;
  const found: string[] = [];
  let sex: 'M' | 'F' | null = null;
  for (const d of diagnosisCodes) {
    const r = table.rows.find((x) => x.sex !== gender && underAny(d, x.diagnoses));
    if (!r) continue;
    sex = r.sex;
    found.push(`诊断${d}（${r.name}，限${SEX_NAME[r.sex]}）`);
  }
  if (!sex) return null;
  return { care: found.join('、'), sexOfCare: SEX_NAME[sex], memberSex: SEX_NAME[gender], lineIds: items.map((i) => i.lineId), amount: toYuan(totalFen) };
}
