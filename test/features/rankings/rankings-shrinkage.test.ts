import { rankProviders } from '../../../src/features/rankings/rankings';
import type { ProviderFact } from '../../../src/features/rankings/ranking-store';

// Rankings after shrinkage (issue 19 point 3, issue 20): a doctor with one flagged claim is not first.

const doctor = (doctorId: string, claims: number, flagged: number, hospitalId = 'H1'): ProviderFact => ({
  hospitalId, doctorId, region: '510100', hospitalLevel: 3, claims, flagged, flaggedAmountFen: flagged * 10_000, riskSum: 0, confirmed: 0, dismissed: 0,
});

// 20 ordinary doctors flagged on 2 of 40 claims each (5%); D-HEAVY on 20 of 50 (40%); D-ONE on its one claim.
const ordinary = Array.from({ length: 20 }, (_, i) => doctor(`D${String(i).padStart(2, '0')}`, 40, 2, `H${i % 5}`));
const facts = [...ordinary, doctor('D-HEAVY', 50, 20), doctor('D-ONE', 1, 1, 'H9')];

describe('rankings with small-volume shrinkage', () => {
  it('ranks the doctor flagged on 20 of 50 claims above the one flagged on its only claim, by peer ratio and by flag rate', () => {
    for (const sort of ['peerRatio', 'flagRate'] as const) {
      const ranks = rankProviders(facts, [], { by: 'doctor', sort, limit: 30 });
      expect(ranks[0].doctorId).toBe('D-HEAVY');
      const one = ranks.find((r) => r.doctorId === 'D-ONE')!;
      // Unshrunk the one-claim doctor is 100%, about 14× its peers, and would lead both orders.
      expect(one.flagRate).toBe(1);
      expect(one.rawPeerRatio).toBeGreaterThan(10);
      expect(one.peerRatio).toBeLessThan(ranks[0].peerRatio!);
      expect(one.shrunkFlagRate).toBeLessThan(ranks[0].shrunkFlagRate);
    }
  });

  it('pulls a one-claim rate most of the way to the pool and a 50-claim rate only part of the way', () => {
    const ranks = rankProviders(facts, [], { by: 'doctor', sort: 'flagRate', limit: 30 });
    const one = ranks.find((r) => r.doctorId === 'D-ONE')!;
    const heavy = ranks.find((r) => r.doctorId === 'D-HEAVY')!;
    // Pool: 61 of 851 claims (p = 0.0717). The rates spread by 0.00779 where binomial noise alone gives
    // 0.00172: a prior worth 0.0666 / 0.00607 − 1 = 9.97 claims, held at the floor of 10.
    // One claim: (1 + 10 × 0.0717) / 11 = 0.1561; D-HEAVY: (20 + 0.717) / 60 = 0.3453.
    expect(one.shrunkFlagRate).toBeCloseTo(0.1561, 4);
    expect(heavy.shrunkFlagRate).toBeCloseTo(0.3453, 4);
  });
});
