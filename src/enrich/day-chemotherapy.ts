import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// 日间化疗 (rules/knowledge/day-chemotherapy.json): an intravenous chemotherapy cycle given in a day ward and discharged
// within 48 h is day care of its own (日间医疗, 国卫办医政发〔2022〕16号), paid by the region's day-ward policy, not a
// short ordinary stay measured against the inpatient group's length (the fact: day-chemotherapy-stay.ts).

const prefixes = z.array(z.string().min(1)).min(1);

const file = z.strictObject({
  note: z.string(),
  /** Nights (discharge date − admission date) within which a stay is a day-chemotherapy episode. */
  maxNights: z.number().int().min(0),
  maxNightsSource: z.string().min(1),
  /** ICD-10 prefixes of the principal diagnosis: a chemotherapy encounter. */
  principal: prefixes,
  principalSource: z.string().min(1),
  /** ATC prefixes of the anticancer drugs whose intravenous dose makes the day chemotherapy. */
  antineoplasticAtc: prefixes,
  sample: z.boolean().optional(),
});

export type DayChemotherapyTable = z.infer<typeof file>;

/** Loads day-chemotherapy.json; a missing file names no day chemotherapy (null). */
export function loadDayChemotherapy(path: string): DayChemotherapyTable | null {
  return readJsonTable(path, file);
}
