import { arrive, buildClaim as build, hitOf } from '../helpers/shipped-rules';

// A fluoroquinolone bought at another institution while the member's TB regimen, dispensed elsewhere, still supplies
// levofloxacin (history.regimen-class-duplicate, regimen-duplicates.json; 耐药结核共识2019: Lfx or Mfx, never both).

const RULE = 'history.regimen-class-duplicate';
const LEVO = 'XJ01MAZ501A001010178798';
const MOXI = 'XJ01MAM502A001010160776';
const tbRefill = (id: string, shift: number, hospitalId = 'H51010013') =>
  build({
    base: 'outpatient', shiftDays: shift,
    set: { claimId: id, visitType: 'chronic', items: [], 'provider.hospitalId': hospitalId, 'provider.department': 'tuberculosis', diagnoses: [{ code: 'A15.000x016', principal: true }], 'enrollment.chronicDiseases': ['A15'] },
    addItems: [{ code: '001102000010001' }, { code: LEVO, quantity: 56 }],
  });
const course = (id: string, shift: number, drug: string, quantity: number, dx = 'J20.900', hospitalId = 'H51010022') =>
  build({
    base: 'outpatient', shiftDays: shift,
    set: { claimId: id, visitType: 'outpatient', items: [], 'provider.hospitalId': hospitalId, diagnoses: [{ code: dx, principal: true }] },
    addItems: [{ code: '001102000010001' }, { code: drug, quantity }],
  });

describe('a second fluoroquinolone beside a TB regimen', () => {
  it('moxifloxacin for bronchitis 23 days into a 28-day TB supply (5 days left, no oversupply): names the refill and the line', async () => {
    const c = course('BR-1', 23, MOXI, 8);
    const [, v] = await arrive(tbRefill('TB-1', 0), c);
    const h = hitOf(v, RULE)!;
    expect(h.message).toContain('TB-1');
    expect(h.message).toContain('尚余约5天');
    expect(h.message).toContain('氟喹诺酮类');
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === MOXI).map((i: any) => i.lineId));
    expect(hitOf(v, 'history.drug-oversupply')).toBeUndefined();
  });

  it('the supply run out (day 28), the regimen\'s own hospital, an acute course with no TB on record: quiet', async () => {
    const [, out] = await arrive(tbRefill('TB-1', 0), course('BR-1', 28, MOXI, 8));
    expect(hitOf(out, RULE)).toBeUndefined();
    const [, same] = await arrive(tbRefill('TB-1', 0), course('BR-1', 10, MOXI, 8, 'J20.900', 'H51010013'));
    expect(hitOf(same, RULE)).toBeUndefined();
    const [, acute] = await arrive(course('UTI-1', 0, LEVO, 7, 'N30.000', 'H51010013'), course('BR-1', 3, MOXI, 8));
    expect(hitOf(acute, RULE)).toBeUndefined();
  });

  it('another TB hospital refilling the regimen (its claim codes the TB): quiet', async () => {
    const [, v] = await arrive(tbRefill('TB-1', 0), tbRefill('TB-2', 20, 'H51010022'));
    expect(hitOf(v, RULE)).toBeUndefined();
  });
});
