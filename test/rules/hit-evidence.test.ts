import { hitMaker } from '../../src/rules/hit';
import type { LoadedRule } from '../../src/rules/load-ruleset';

// A hit's evidence as the investigator reads it (hit.ts): a field the finding has no text for is left out, not shown blank.

const rule = { def: { id: 't', family: 'history', severity: 'warn', message: 'm', evidence: { 依据: 'member.record', 此前单据: 'member.claims', 缺失: 'member.none' } } } as unknown as LoadedRule;

describe('hit evidence', () => {
  it('leaves out a field whose text is empty (the stay itself the basis, no earlier claim to name); keeps a missing one as null', () => {
    expect(hitMaker(rule)({ member: { record: '本次住院自身已编码', claims: '' } }, null).evidence).toEqual({ 依据: '本次住院自身已编码', 缺失: null });
    expect(hitMaker(rule)({ member: { record: 'r', claims: 'S0' } }, null).evidence).toEqual({ 依据: 'r', 此前单据: 'S0', 缺失: null });
  });
});
