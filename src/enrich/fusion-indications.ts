import { z } from 'zod';
import { fenOf, toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// A primary lumbar fusion coded with none of the conditions that call for it (rules/knowledge/fusion-indications.json).
// A first, simple disc herniation is treated by discectomy alone (中国腰椎间盘突出症诊疗指南 2020; AANS/CNS 2014):
// fusing it bills a cage and screws the record gives no reason for. The coding is honest, so the finding is the
// indication, not the code: the implants are the lines named.

const table = z.strictObject({
  note: z.string(),
  /** ICD-9-CM-3 prefixes of the primary lumbar fusions judged. */
  procedures: z.array(z.string().min(1)).min(1),
  /** ICD-10 prefixes of the conditions that call for a fusion (any diagnosis of the claim). */
  indications: z.array(z.string().min(1)).min(1),
  /** The fusion's implants, named by the finding. */
  implants: itemSelector,
  /** What would show the indication, for messages. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type FusionIndications = z.infer<typeof table>;

/** Loads fusion-indications.json; a missing file is no check (null). */
export function loadFusionIndications(path: string): FusionIndications | null {
  return readJsonTable(path, table);
}

export interface FusionWithoutIndication {
  /** The coded fusions, code and national name. */
  procedures: string;
  /** The implant lines' names. */
  implants: string;
  expected: string;
  lineIds: string[];
  amount: number;
}

export interface FusionInput {
  inpatient: boolean;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  procedureName?: (code: string) => string | undefined;
}

/** A stay coding a primary lumbar fusion with no diagnosis that indicates one; else null. */
export function fusionWithoutIndication(c: FusionInput, t: FusionIndications | null | undefined): FusionWithoutIndication | null {
  if (!t || !c.inpatient) return null;
  const fusions = c.procedureCodes.filter((p) => startsWithAny([p], t.procedures));
  if (fusions.length === 0 || startsWithAny(c.diagnosisCodes, t.indications)) return null;
  const implants = c.items.filter((it) => lineMatches(t.implants, it));
  return {
    procedures: [...new Set(fusions)].map((p) => `${p} ${c.procedureName?.(p) ?? ''}`.trim()).join('、'),
    implants: [...new Set(implants.map((it) => it.catalogue?.name ?? it.name))].join('、') || '无',
    expected: t.expected,
    lineIds: implants.map((it) => it.lineId),
    amount: toYuan(fenOf(implants)),
  };
}
