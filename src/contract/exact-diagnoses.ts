import { z } from 'zod';
import { underAny } from './code-prefix';

// Diagnoses matched whole beside a table's prefixes (`exactDiagnoses`): a parent code whose own extension codes mean
// otherwise (Z51.500 姑息性医疗 counts, Z51.500x002 恶性肿瘤支持治疗 does not). One field for every table that needs it
// (item-consistency.json, history/billing-frequency.json), in the bottom layer so enrich and benefits share it.

/** A table row's `exactDiagnoses`: whole ICD-10 codes (国家临床版 extensions included); absent: none. */
export const exactDiagnoses = z
  .array(z.string().regex(/^[A-Z][0-9]{2}\.[0-9A-Za-z]{1,3}(x[0-9]{3})?$/, 'is not a whole ICD-10 code'))
  .default([]);

/** Whether the diagnosis starts with one of the prefixes or is one of the whole codes. */
export function diagnosisIn(code: string, prefixes: readonly string[], exact: readonly string[]): boolean {
  return underAny(code, prefixes) || exact.includes(code);
}
