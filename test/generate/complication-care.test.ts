import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClaims } from '../../src/generate';
import { RULES } from './helpers';

// The care the generator adds for a coded complication (rules/grouping/norms/complication-support.json) honours
// the item-consistency table's same-day requirements (rules/knowledge/item-consistency.json) as it honours the
// catalogue's restrictions: a support item whose row asks for same-day items (invasive ventilation: 重症监护 or
// 特级护理 that day) is billed only beside them, or where the row's diagnoses are coded. Read from the files here,
// not from the generator.

interface ConsistencyRow { codes: string[]; sameDay?: string[]; nearDays?: number; diagnoses?: string[]; minQuantity?: number }
const table = JSON.parse(readFileSync(join(RULES, 'knowledge/item-consistency.json'), 'utf8')) as { rows: ConsistencyRow[] };
const support = JSON.parse(readFileSync(join(RULES, 'grouping/norms/complication-support.json'), 'utf8')) as { rows: { codes: string[] }[] };
const supportCodes = new Set(support.rows.flatMap((r) => r.codes));
const needs = new Map<string, ConsistencyRow>();
for (const row of table.rows) if (row.sameDay?.length) for (const code of row.codes) if (supportCodes.has(code)) needs.set(code, row);

describe('complication care and the item-consistency table', () => {
  it('the table asks same-day items of some complication-support items (the check below has something to check)', () => {
    expect(needs.has('001214000010001')).toBe(true);
  });

  it('clean stays bill such an item only beside its same-day items or with the row\'s diagnoses coded', () => {
    const unmet: string[] = [];
    for (const claim of generateClaims({ count: 20000, seed: 'complication-care', fraudRate: 0, rulesDir: RULES })) {
      if (claim.visitType !== 'inpatient') continue;
      const dx = claim.diagnoses.map((d) => d.code);
      for (const it of claim.items) {
        const row = needs.get(it.code);
        if (!row || (row.diagnoses ?? []).some((p) => dx.some((d) => d.startsWith(p)))) continue;
        // A row with minQuantity asks its same-day items only of a day billing that many (雾化吸入 4 a day and more).
        const dayQuantity = claim.items.filter((x) => x.code === it.code && x.date === it.date).reduce((n, x) => n + x.quantity, 0);
        if (row.minQuantity !== undefined && dayQuantity < row.minQuantity) continue;
        const near = (date: string) => Math.abs(Date.parse(date) - Date.parse(it.date)) <= (row.nearDays ?? 0) * 86_400_000;
        if (!claim.items.some((x) => row.sameDay!.includes(x.code) && near(x.date))) unmet.push(`${claim.claimId} ${it.code} ${it.date}`);
      }
    }
    expect(unmet).toEqual([]);
  });
});
