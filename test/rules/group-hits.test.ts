import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleExample } from '../../src/rules/examples';
import { mergedItem } from '../../src/rules/group-hits';
import { buildClaim, judge } from '../helpers/shipped-rules';

// groupBy "code": an item rule's hits on the daily lines of one drug are one finding naming every line.

const RULE = 'catalogue.indication-unevidenced';
const rules = JSON.parse(readFileSync(join(__dirname, '../../rules/catalogue/catalogue.rules.json'), 'utf8')).rules;
// The rule's albumin example (found by its code: other examples come and go before it).
const albumin = rules.find((r: { id: string }) => r.id === RULE).examples.fires.find((e: RuleExample) => JSON.stringify(e).includes('XB05AAR504B002010170824')) as RuleExample;

describe('item hits grouped by item code', () => {
  it('three days of albumin on an unevidenced restriction: one finding, its three lines and their money', async () => {
    const claim = buildClaim(albumin);
    const lines = claim.items.filter((i: any) => i.code === 'XB05AAR504B002010170824');
    expect(lines).toHaveLength(3);
    const v = await judge(claim);
    const hits = v.hits.filter((h) => h.ruleId === RULE);
    expect(hits).toHaveLength(1);
    expect(hits[0].lineIds).toEqual(lines.map((l: any) => l.lineId));
    expect(hits[0].message).toContain(`第${lines.map((l: any) => l.lineId).join('、')}行`);
    expect(hits[0].amount).toBeCloseTo(lines.reduce((s: number, l: any) => s + l.amount, 0), 2);
  });

  it('a single line is read as itself', () => {
    const one = { lineId: '7', code: 'X', amount: 1.5, amountFen: 150, quantity: 1 } as any;
    expect(mergedItem([one])).toBe(one);
    const two = mergedItem([one, { ...one, lineId: '9', amountFen: 250, amount: 2.5, quantity: 2 }]);
    expect(two).toMatchObject({ lineId: '7、9', amountFen: 400, amount: 4, quantity: 3 });
  });
});
