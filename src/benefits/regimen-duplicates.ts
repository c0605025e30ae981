import { z } from 'zod';
import { parseTable } from '../contract/json-table';

// rules/history/regimen-duplicates.json: drug classes a long regimen already holds one of, which another institution
// must not add a second of while the regimen's supply lasts (a fluoroquinolone beside an MDR-TB regimen's levofloxacin),
// read by cross-claim/regimen-duplicate.ts. Checked at load so a typo fails loudly.

const codes = z.array(z.string().min(1));

const tableSchema = z.strictObject({
  note: z.string(),
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** The regimen's condition: ICD-10 prefixes the claim that dispensed the regimen's supply codes. */
        regimen: codes.min(1),
        regimenName: z.string().min(1),
        /** The class: drug code prefixes (医保药品代码 X + ATC group). A purchase of any of them beside the regimen's is the finding. */
        drugs: codes.min(1),
        className: z.string().min(1),
        source: z.string().min(1),
        sample: z.boolean().optional(),
      }),
    )
    .min(1),
});

export type RegimenDuplicates = z.infer<typeof tableSchema>;

export function parseRegimenDuplicates(json: unknown, file: string): RegimenDuplicates {
  const parsed = parseTable(tableSchema, json, file);
  return parsed;
}
