import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/antithrombotic-combinations.json: antithrombotics not taken together (two P2Y12 inhibitors, an
// anticoagulant on dual antiplatelet therapy with no indication), read by cross-claim/antithrombotic-overlap.ts.
// Checked at load.

export const ANTITHROMBOTIC_COMBINATIONS_FILE = 'antithrombotic-combinations.json';

const prefixes = z.array(z.string().min(1));

const rowSchema = z.strictObject({
  name: z.string().min(1),
  /** Drug code prefixes (医保药品代码 分类码+通用名码, or an ATC group) of the drug bought. */
  drugs: prefixes.min(1),
  /** Groups of drug code prefixes: a supply of one of each group still on hand from other institutions. */
  onHand: z.array(prefixes.min(1)).min(1),
  /** ICD-10 prefixes on the claim or the member's record that indicate the combination. */
  unless: prefixes.default([]),
  source: z.string().min(1),
});

const fileSchema = z.strictObject({
  note: z.string().min(1),
  /** The generic names of the drug code prefixes, for messages. */
  names: z.record(z.string(), z.string().min(1)),
  rows: z.array(rowSchema).min(1),
});

export type AntithromboticCombinations = z.infer<typeof fileSchema>;

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadAntithromboticCombinations(historyDir: string): AntithromboticCombinations | undefined {
  return readJsonTable(join(historyDir, ANTITHROMBOTIC_COMBINATIONS_FILE), fileSchema) ?? undefined;
}
