import { ledgerEntry } from '../../src/benefits/ledger-entry';
import { enrichClaim } from '../../src/enrich/enrich';
import { validateClaim } from '../../src/validate/validate-claim';
import type { Claim } from '../../src/contract/claim';
import { arrive, buildClaim as build, hitOf, shippedRules } from '../helpers/shipped-rules';

// The member's regimen over time (rules/history/regimens.json): an oral antineoplastic bought while an intravenous
// regimen that does not include it replaced it (history.oral-regimen-replaced), and oxaliplatin given after an
// earlier claim coded 药物性多神经病 (history.regimen-stopped-drug-given).

const REPLACED = 'history.oral-regimen-replaced';
const STOPPED = 'history.regimen-stopped-drug-given';
const OXALIPLATIN = 'XL01XAA523B002010142122';
const FOLINATE = 'XV03AFY510B002010146373';
const CAPECITABINE = 'XL01BCK502A001010173671';
type Line = { code: string; day: number; quantity?: number };
const stay = (id: string, shift: number, items: Line[], diagnoses = [{ code: 'Z51.103', principal: true }, { code: 'C18.900' }]) =>
  build({ shiftDays: shift, set: { diagnoses, claimId: id }, addItems: items });
// A 双通道 pharmacy purchase of the stay's member, `shift` days after the base stay's admission (2025-03-04).
const purchase = (id: string, shift: number) =>
  build({
    base: 'outpatient',
    shiftDays: shift - 11,
    set: { visitType: 'pharmacy', items: [], diagnoses: [{ code: 'C18.900', principal: true }], 'provider.hospitalId': 'P51010001', 'provider.level': 1, 'patient.insuredId': 'EX-P-0001', 'patient.gender': 'M', 'patient.birthDate': '1962-05-10', claimId: id },
    addItems: [{ code: CAPECITABINE, day: 0, quantity: 112 }],
  });
const folfox: Line[] = [{ code: OXALIPLATIN, day: 0, quantity: 3 }, { code: FOLINATE, day: 0, quantity: 4 }];

describe('oral regimen replaced', () => {
  it('capecitabine bought 11 days after a FOLFOX stay: names the stay and the purchase line', async () => {
    const p = purchase('PH-1', 11);
    const [, v] = await arrive(stay('FOLFOX-1', 0, folfox), p);
    const h = hitOf(v, REPLACED)!;
    expect(h.message).toContain('FOLFOX-1');
    expect(h.message).toContain('奥沙利铂＋亚叶酸钙');
    expect(h.lineIds).toEqual(p.items.filter((i: any) => i.code === CAPECITABINE).map((i: any) => i.lineId));
  });

  it('capecitabine beside oxaliplatin alone (XELOX through the pharmacy): quiet', async () => {
    const [, v] = await arrive(stay('XELOX-1', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]), purchase('PH-1', 11));
    expect(hitOf(v, REPLACED)).toBeUndefined();
  });

  it('capecitabine 14 days or more after the last FOLFOX day (the regimen stopped, a switch back): quiet', async () => {
    const [, v] = await arrive(stay('FOLFOX-1', 0, folfox), purchase('PH-1', 14));
    expect(hitOf(v, REPLACED)).toBeUndefined();
  });

  it('capecitabine bought before the FOLFOX course began: quiet', async () => {
    const [, v] = await arrive(purchase('PH-1', -3), stay('FOLFOX-1', 0, folfox));
    expect(hitOf(v, REPLACED)).toBeUndefined();
  });
});

describe('drug given after the adverse effect that stops it', () => {
  const neuropathy = [{ code: 'Z51.103', principal: true }, { code: 'C18.900' }, { code: 'G62.001' }];

  it('oxaliplatin 21 days after a stay that gave it and coded G62.001: names that stay and the oxaliplatin line', async () => {
    const later = stay('XELOX-5', 21, [{ code: OXALIPLATIN, day: 0, quantity: 3 }], neuropathy);
    const [, v] = await arrive(stay('XELOX-4', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }], neuropathy), later);
    const h = hitOf(v, STOPPED)!;
    expect(h.message).toContain('XELOX-4');
    expect(h.message).toContain('G62.001');
    expect(h.lineIds).toEqual(later.items.filter((i: any) => i.code === OXALIPLATIN).map((i: any) => i.lineId));
  });

  it('neuropathy coded before any oxaliplatin in the record (another cause): quiet', async () => {
    const [, v] = await arrive(stay('TP-1', 0, [], neuropathy), stay('FOLFOX-1', 21, folfox));
    expect(hitOf(v, STOPPED)).toBeUndefined();
  });

  it('the stay that first codes the neuropathy, giving oxaliplatin: quiet', async () => {
    const [, v] = await arrive(stay('XELOX-3', 0, [{ code: OXALIPLATIN, day: 0, quantity: 3 }]), stay('XELOX-4', 21, [{ code: OXALIPLATIN, day: 0, quantity: 3 }], neuropathy));
    expect(hitOf(v, STOPPED)).toBeUndefined();
  });
});

it("a stay's ledger entry keeps every day of a regimen drug (calcium folinate mid-stay)", () => {
  const refs = shippedRules.current().refs;
  const c = stay('FOLFOX-1', 0, [{ code: FOLINATE, day: 3, quantity: 4 }]);
  const checked = validateClaim(c);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const facts = enrichClaim(checked.claim as Claim, refs).facts;
  const lines = ledgerEntry(facts, refs.history?.stayLedgerCodes, refs.history?.schedules).lines ?? [];
  expect(lines.some((l) => l.code === FOLINATE && !l.courseStart && !l.courseEnd)).toBe(true);
});
