import type { CaseRecord } from '../../../src/contract/records';
import { pairedClaimIds } from '../../../src/features/cases/related-cases';

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
});
