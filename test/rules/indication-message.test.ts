import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleExample } from '../../src/rules/examples';
import { clauseShown, indicationsShown } from '../../src/enrich/indication-clauses';
import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// catalogue.indication-unsupported's message names the whole restriction: the flat indications and each clause with
// the circumstance it needs, so the investigator sees how the drug would have qualified.

const RULE = 'catalogue.indication-unsupported';
const rules = JSON.parse(readFileSync(join(__dirname, '../../rules/catalogue/catalogue.rules.json'), 'utf8')).rules;
const fires = rules.find((r: { id: string }) => r.id === RULE).examples.fires as RuleExample[];
// The rule's albumin example, found by its code: other examples come and go before it.
const albumin = fires.find((e) => JSON.stringify(e).includes('XB05AAR504B002010170824'))!;

describe('the indication-unsupported message', () => {
  it('names 人血白蛋白\'s cirrhosis clause with the effusion it needs, beside the flat indications', async () => {
    const v = await judge(buildClaim(albumin));
    const msg = hitOf(v, RULE)!.message;
    expect(msg).toContain('人血白蛋白');
    expect(msg).toContain('诊断 R57、K72');
    expect(msg).toContain('「肝硬化引起的胸腹水」：诊断 K74，且有 诊断 R18、K65');
    expect(msg).toContain('手术操作 54.91、34.91');
    expect(msg).toContain('同单药品 C03DA、C03CA');
    expect(msg).not.toContain('—');
  });

  it('a row with flat indications only reads as before, without a clause', async () => {
    const metformin = fires.find((e) => e.note === 'metformin without a diabetes diagnosis')!;
    const msg = hitOf(await judge(buildClaim(metformin)), RULE)!.message;
    expect(msg).toMatch(/限适应症 诊断 E1[0-4]/);
    expect(msg).not.toContain('「');
  });

  it('joins the operations and every clause as alternatives, each with all of its groups', () => {
    const clause = { name: '化疗引起的贫血', diagnoses: ['C1'], with: [{ diagnoses: ['D64'] }, { diagnoses: ['Z51.1'], drugAtc: ['L01'], approved: ['C1'] }], source: 's' };
    expect(clauseShown(clause)).toBe('「化疗引起的贫血」：诊断 C1，且有 诊断 D64，且有 诊断 Z51.1 或 同单药品 L01 或 已认定门诊慢特病 C1');
    expect(indicationsShown(['N18'], ['99.25'], [clause])).toBe(`诊断 N18；或 手术操作 99.25；或 ${clauseShown(clause)}`);
    expect(indicationsShown([], [], [clause])).toBe(clauseShown(clause));
  });
});
