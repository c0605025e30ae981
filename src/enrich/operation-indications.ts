import { z } from 'zod';
import { fenOf, toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';
import { operationClassOf, type OperationClasses } from '../benefits/operation-classes';

// An operation coded with none of the diagnoses that call for it (rules/knowledge/operation-indications.json): a
// cruciate-ligament reconstruction on a record that codes no cruciate injury, instability or graft failure reconstructed
// a ligament nothing says was torn — the arthroscopy billed up from a meniscectomy (手术升级, 国家医保局 骨科飞行检查).
// A primary lumbar fusion on a first, simple disc herniation bills a cage and screws the record gives no reason for: a
// herniation is treated by discectomy alone (中国腰椎间盘突出症诊疗指南 2020; AANS/CNS 2014), the fusion's row names
// its implants. The coding agrees with the bill, so the finding is the indication.

const row = z.strictObject({
  name: z.string().min(1),
  /** ICD-9-CM-3 prefixes of the operations judged. */
  procedures: z.array(z.string().min(1)).min(1),
  /** ICD-10 prefixes of the diagnoses that call for them (any diagnosis of the claim). */
  indications: z.array(z.string().min(1)).min(1),
  /** The operation's service and implants, named by the finding. */
  lines: itemSelector,
  /** The message's close: what the bill looks like (手术升级, 无指征手术) and what the investigator reads. */
  advice: z.string().min(1),
  /** What would show the indication, for messages. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const table = z.strictObject({ note: z.string(), rows: z.array(row).min(1) });

export type OperationIndications = z.infer<typeof table>;

/** Loads operation-indications.json; a missing file is no check (null). */
export function loadOperationIndications(path: string): OperationIndications | null {
  return readJsonTable(path, table);
}

export interface OperationWithoutIndication {
  /** The row's name (the operation as investigators call it). */
  operation: string;
  /** The coded operations, code and national name. */
  procedures: string;
  /** The named lines' names. */
  names: string;
  expected: string;
  advice: string;
  lineIds: string[];
  amount: number;
}

export interface OperationIndicationInput {
  inpatient: boolean;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  procedureName?: (code: string) => string | undefined;
}

/**
 * Every row whose operation the stay codes with none of its indications, as one finding naming all their lines (a stay
 * coding two such operations shows both, as procedureUnsupported lists each unsupported code); null when none.
 */
export function operationWithoutIndication(c: OperationIndicationInput, t: OperationIndications | null | undefined, classes?: OperationClasses | null): OperationWithoutIndication | null {
  if ((!t && !classes) || !c.inpatient) return null;
  type Found = { row: Pick<OperationIndications['rows'][number], 'name' | 'expected' | 'advice'>; coded: string[]; lines: ItemFacts[] };
  const found: Found[] = [];
  for (const r of t?.rows ?? []) {
    const coded = c.procedureCodes.filter((p) => startsWithAny([p], r.procedures));
    if (coded.length === 0 || startsWithAny(c.diagnosisCodes, r.indications)) continue;
    found.push({ row: r, coded, lines: c.items.filter((it) => lineMatches(r.lines, it)) });
  }
  // An operation no row lists is judged by its class's indication set, where the class has one (operation-classes.json).
  const byClass = new Map<string, Found>();
  for (const p of c.procedureCodes) {
    if (t?.rows.some((r) => startsWithAny([p], r.procedures))) continue;
    const cls = operationClassOf(p, classes);
    const ind = cls?.indication;
    if (!cls || !ind || startsWithAny(c.diagnosisCodes, ind.diagnoses)) continue;
    const f = byClass.get(cls.name) ?? byClass.set(cls.name, { row: { name: cls.name, expected: ind.expected, advice: ind.advice }, coded: [], lines: c.items.filter((it) => lineMatches(ind.lines, it)) }).get(cls.name)!;
    f.coded.push(p);
  }
  found.push(...byClass.values());
  if (!found.length) return null;
  // A line two rows name (a screw of a fusion and of another fixation) is named and counted once.
  const lines = [...new Map(found.flatMap((f) => f.lines).map((it) => [it.lineId, it])).values()];
  const one = found.length === 1;
  return {
    operation: found.map((f) => f.row.name).join('、'),
    procedures: [...new Set(found.flatMap((f) => f.coded))].map((p) => `${p} ${c.procedureName?.(p) ?? ''}`.trim()).join('、'),
    names: [...new Set(lines.map((it) => it.catalogue?.name ?? it.name))].join('、') || '无',
    expected: one ? found[0].row.expected : found.map((f) => `${f.row.name}：${f.row.expected}`).join('；'),
    advice: one ? found[0].row.advice : `：${found.map((f) => `${f.row.name}${f.row.advice}`).join('；')}`,
    lineIds: lines.map((it) => it.lineId),
    amount: toYuan(fenOf(lines)),
  };
}
