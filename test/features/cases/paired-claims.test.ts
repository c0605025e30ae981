import type { CaseRecord } from '../../../src/contract/records';
import { loadRuleSource } from '../../../src/rules/load-ruleset';
import { RULES_DIR } from '../../helpers/rules-dir';
import { isPairField, pairedClaimIds } from '../../../src/features/cases/related-cases';

// The cross-claim rules name the other claims as one string joined for reading ("a、b等5件"): every id in it
// pairs, not the joined string.
const caseWith = (evidence: Record<string, unknown>) =>
  ({ claimId: 'ME', verdict: { hits: [{ ruleId: 'history.visit-during-stay', family: 'history', lineIds: [], evidence }] } }) as unknown as CaseRecord;

describe('pairedClaimIds', () => {
  it('splits a joined list of claims and drops its count tail', () => {
    expect([...pairedClaimIds(caseWith({ claims: 'A-1、B-2、C-3等5件' })).keys()]).toEqual(['A-1', 'B-2', 'C-3']);
  });

  it('keeps a single id, an array and an object naming a claim; never the case itself', () => {
    const ids = pairedClaimIds(caseWith({ otherClaim: 'X-9', earlierClaims: ['Y-1', 'ME'], previousClaim: { claimId: 'Z-2' }, dates: '2025-03-01、2025-03-02' }));
    expect([...ids.keys()].sort()).toEqual(['X-9', 'Y-1', 'Z-2']);
    expect(ids.get('X-9')).toBe('history.visit-during-stay');
  });

  it('pairs the claims named under a Chinese evidence field ending in 单据', () => {
    const ids = pairedClaimIds(caseWith({ 门诊单据: 'OP-1、OP-2', 住院单据: 'IP-7', 门诊日期: '2025-03-01' }));
    expect([...ids.keys()].sort()).toEqual(['IP-7', 'OP-1', 'OP-2']);
  });

  it('every shipped rule names other claims under a field the workbench pairs', () => {
    const naming = /^member\.[A-Za-z]+\.(claimId|claims|visits|stayClaimId|visitClaimId)$/;
    const unpaired: string[] = [];
    let seen = 0;
    for (const { def } of loadRuleSource(RULES_DIR).rules) {
      for (const [field, path] of Object.entries(def.evidence ?? {})) {
        if (!naming.test(String(path))) continue;
        seen += 1;
        if (!isPairField(field)) unpaired.push(`${def.id}: ${field} (${path})`);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(unpaired).toEqual([]);
  });
});
