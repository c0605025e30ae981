import type { Hit } from '../../src/contract/verdict';
import { amountAtStakeFen } from '../../src/decide/amount-at-stake';
import { decide } from '../../src/decide/decide';
import type { ClaimFacts } from '../../src/enrich/facts';

const hit = (severity: Hit['severity'], lineIds: string[] = [], amount: number | null = null): Hit => ({
  ruleId: `catalogue.t-${severity}`,
  family: 'catalogue',
  severity,
  message: 'm',
  lineIds,
  amount,
});

describe('decide (CONTRACTS.md)', () => {
  it('any block rejects, whatever else', () => {
    expect(decide([hit('info'), hit('warn'), hit('block')], 0, 0.9)).toBe('reject');
  });
  it('a warn, or a score over the threshold, sends to review', () => {
    expect(decide([hit('warn')], 0, 0.9)).toBe('review');
    expect(decide([], 0.95, 0.9)).toBe('review');
    expect(decide([hit('info')], 0.9, 0.9)).toBe('pass'); // at the threshold is not above it
  });
  it('info hits alone pass', () => {
    expect(decide([hit('info')], 0, 0.9)).toBe('pass');
    expect(decide([], 0, Number.POSITIVE_INFINITY)).toBe('pass');
  });
});

describe('amount at stake', () => {
  const facts = {
    totalFen: 10000,
    items: [
      { lineId: '1', amountFen: 6000 },
      { lineId: '2', amountFen: 4000 },
    ],
  } as unknown as ClaimFacts;

  it('does not count a line twice when two rules name it', () => {
    expect(amountAtStakeFen([hit('block', ['1'], 60), hit('warn', ['1'], 60)], facts)).toBe(6000);
  });
  it('adds distinct lines and spreads a multi-line hit by line value', () => {
    expect(amountAtStakeFen([hit('warn', ['1', '2'], 50)], facts)).toBe(5000);
    expect(amountAtStakeFen([hit('warn', ['1'], 60), hit('warn', ['2'], 40)], facts)).toBe(10000);
  });
  it('takes the largest claim-level amount and caps at the total', () => {
    expect(amountAtStakeFen([hit('warn', [], 30), hit('warn', [], 20)], facts)).toBe(3000);
    expect(amountAtStakeFen([hit('warn', [], 300)], facts)).toBe(10000);
    expect(amountAtStakeFen([hit('warn')], facts)).toBe(0);
  });
});
