import { enrichClaim } from '../../src/enrich/enrich';
import { FEATURES } from '../../src/model/features';
import { comparablePeers, fraudSignals, SIGNAL_Z } from '../../src/model/fraud-signal';
import { makeClaim, makeItem, makeOutpatientClaim } from '../helpers/fixtures';
import { refs } from './helpers';

// The gate between "unusual" and "suspect": which deviations may send a claim to review on the model's word alone.
const col = (name: string) => FEATURES.findIndex((f) => f.name === name);
const visit = enrichClaim(makeOutpatientClaim(), refs).facts;
const stay = enrichClaim(makeClaim(), refs).facts;

/** Stored values x, z-scores and peer medians where only the given features deviate (value = median × ratio, log1p scale for money). */
function vectors(dev: Record<string, { z: number; ratio?: number; delta?: number }>) {
  const d = FEATURES.length;
  const median = new Array<number>(d).fill(Math.log1p(100));
  const x = Float64Array.from(median);
  const z = new Float64Array(d);
  for (const [name, v] of Object.entries(dev)) {
    const j = col(name);
    z[j] = v.z;
    if (v.ratio !== undefined) x[j] = Math.log1p(100 * v.ratio);
    if (v.delta !== undefined) {
      median[j] = 0.3;
      x[j] = 0.3 + v.delta;
    }
  }
  return { x, z, median };
}

describe('fraud signals', () => {
  it('never lets a neutral trait alone back an alert, however far it lies', () => {
    const { x, z, median } = vectors({ weekend_admission: { z: 8 }, class_yi_bing_share: { z: 8, delta: 0.7 }, drug_share: { z: -8, delta: -0.3 }, distinct_items: { z: 8, ratio: 3 }, age: { z: 8 } });
    expect(fraudSignals(visit, 'dx:outpatient|Z34', FEATURES, x, z, median)).toEqual([]);
  });

  it('backs an alert on a cost far above comparable peers, not on one that is merely a few SDs or 2.5 × above (the material line is 3 ×)', () => {
    const far = vectors({ total_cost: { z: 6, ratio: 4 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, far.x, far.z, far.median)).toEqual(['total_cost']);
    const near = vectors({ total_cost: { z: SIGNAL_Z + 1, ratio: 2.5 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, near.x, near.z, near.median)).toEqual([]);
    const below = vectors({ total_cost: { z: -6, ratio: 0.2 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, below.x, below.z, below.median)).toEqual([]);
  });

  it('does not judge cost against a coarse group that mixes purposes (out of the model\'s distribution)', () => {
    const far = vectors({ total_cost: { z: 8, ratio: 5 } });
    expect(comparablePeers('visit:outpatient|L2')).toBe(false);
    expect(comparablePeers('mdc:MDCI')).toBe(false);
    expect(comparablePeers('mdc:MDCI|medical')).toBe(true);
    expect(fraudSignals(visit, 'visit:outpatient|L2', FEATURES, far.x, far.z, far.median)).toEqual([]);
    // A quantity read against the claim's own usual use needs no such peers.
    const qty = vectors({ max_quantity_ratio: { z: 8, delta: 3 } });
    expect(fraudSignals(visit, 'visit:outpatient|L2', FEATURES, qty.x, qty.z, qty.median)).toEqual(['max_quantity_ratio']);
  });

  it('takes a costly drug out of the cost when the claim\'s diagnoses meet its catalogue indication restriction, not otherwise', () => {
    // 400 yuan against peers of 100: 350 of it a teriparatide pen (限 M80/M81), the rest a consultation.
    const teriparatide = (dx: string) =>
      enrichClaim(
        makeOutpatientClaim({
          patient: { insuredId: 'INS-5101-000002', gender: 'F', birthDate: '1951-06-01' },
          diagnoses: [{ code: dx, principal: true }],
          items: [
            makeItem({ lineId: '1', code: '001101000020000', name: '门诊诊查费', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 50 }),
            makeItem({ lineId: '2', code: 'XH05AAT511B002010193506', name: '特立帕肽注射液', category: 'drug', date: '2025-03-15', quantity: 1, unitPrice: 350 }),
          ],
        }),
        refs,
      ).facts;
    const far = vectors({ total_cost: { z: 6, ratio: 4 } });
    expect(fraudSignals(teriparatide('M81.000'), 'dx:outpatient|M81', FEATURES, far.x, far.z, far.median)).toEqual([]);
    expect(fraudSignals(teriparatide('M54.500'), 'dx:outpatient|M54', FEATURES, far.x, far.z, far.median)).toEqual(['total_cost']);
  });

  it('does not read a stay with more coded procedures than its peers as costing too much, but still reads it as too little care', () => {
    const far = vectors({ total_cost: { z: 8, ratio: 4 }, cost_vs_norm: { z: 8, ratio: 4 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, far.x, far.z, far.median)).toEqual(['total_cost', 'cost_vs_norm']);
    const pci = vectors({ total_cost: { z: 8, ratio: 4 }, cost_vs_norm: { z: 8, ratio: 4 }, procedure_count: { z: 4, ratio: 2 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, pci.x, pci.z, pci.median)).toEqual([]);
    const low = vectors({ total_cost: { z: -6, ratio: 0.3 }, procedure_count: { z: 4, ratio: 2 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, low.x, low.z, low.median)).toEqual(['total_cost']);
  });

  it('reads a whole stay far below its DRG as too little care, but not a stay ended by a transfer', () => {
    const low = vectors({ total_cost: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, low.x, low.z, low.median)).toEqual(['total_cost']);
    // Fewer lines a day is how a hospital itemises its bill, not less care: alone it backs nothing.
    const plain = vectors({ items_per_day: { z: -8, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, plain.x, plain.z, plain.median)).toEqual([]);
    const transferred = { ...stay, dischargeMode: 'transfer' };
    expect(fraudSignals(transferred, 'drg:ES35|adult', FEATURES, low.x, low.z, low.median)).toEqual([]);
    // Palliative care is long and cheap per day by nature: neither its days nor its cost per day back an alert.
    const longCheap = vectors({ los_vs_norm: { z: 6, ratio: 3 }, cost_per_day: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:RU13|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median)).toEqual(['cost_per_day', 'los_vs_norm']);
    const palliative = { ...stay, principalDiagnosis: 'Z51.500x002' };
    expect(fraudSignals(palliative, 'drg:RU13|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median)).toEqual([]);
  });
});
