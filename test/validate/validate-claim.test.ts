import { validateClaim } from '../../src/validate/validate-claim';
import { makeClaim } from '../helpers/fixtures';

/** A valid inpatient claim, mutated by `edit` into the bad claim a case needs. */
function bad(edit: (c: any) => void): unknown {
  const c: any = structuredClone(makeClaim());
  edit(c);
  return c;
}

function errorsOf(input: unknown) {
  const r = validateClaim(input);
  if (r.ok) throw new Error('expected the claim to be invalid');
  return r.errors;
}

describe('claim validation', () => {
  it('accepts the fixture claim, with extra fields kept', () => {
    const c = { ...makeClaim(), injected: null, extraField: 1 };
    const r = validateClaim(c);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.claim as Record<string, unknown>).extraField).toBe(1);
  });

  it('accepts the settlement-list fields of CONTRACTS.md, and a claim without them', () => {
    const c: any = structuredClone(makeClaim());
    Object.assign(c, { admissionRoute: 'transfer', dischargeMode: 'ordered', transferFromHospitalId: 'H510100009', insuredRegion: '510600' });
    Object.assign(c.enrollment, { chronicDiseases: ['E11', 'I10.x00'], zeroClaimRewardYears: 2 });
    c.items[0].longPrescription = true;
    const r = validateClaim(c);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.claim.admissionRoute, r.claim.dischargeMode, r.claim.items[0].longPrescription, r.claim.enrollment?.chronicDiseases]).toEqual(['transfer', 'ordered', true, ['E11', 'I10.x00']]);
    expect(validateClaim(makeClaim()).ok).toBe(true);
  });

  it.each<[string, (c: any) => void, string, RegExp]>([
    ['discharge before admission', (c) => { c.dischargeDate = '2025-02-01'; c.admissionDate = '2025-02-05'; }, 'dischargeDate', /before admissionDate/],
    ['inpatient without admission date', (c) => { delete c.admissionDate; }, 'admissionDate', /required on an inpatient claim/],
    ['inpatient without discharge date', (c) => { delete c.dischargeDate; }, 'dischargeDate', /required on an inpatient claim/],
    ['outpatient without visit date', (c) => { c.visitType = 'outpatient'; }, 'visitDate', /required on a outpatient claim/],
    ['amount ≠ quantity × unit price', (c) => { c.items[1].amount += 1; c.amounts.total += 1; c.amounts.policy += 1; }, 'items[1].amount', /≠ quantity/],
    ['items not adding up to the total', (c) => { c.amounts.total += 10; }, 'amounts.total', /sum of item amounts/],
    ['fund claim above the policy amount', (c) => { c.amounts.fundClaimed = c.amounts.policy + 1; }, 'amounts.fundClaimed', /exceeds policy/],
    ['policy amount above the total', (c) => { c.amounts.policy = c.amounts.total + 1; }, 'amounts.policy', /exceeds total/],
    ['no principal diagnosis', (c) => { c.diagnoses.forEach((d: any) => delete d.principal); }, 'diagnoses', /exactly one principal diagnosis \(found 0\)/],
    ['two principal diagnoses', (c) => { c.diagnoses.push({ code: 'E11.900', principal: true }); }, 'diagnoses', /found 2/],
    ['negative quantity', (c) => { c.items[0].quantity = -1; }, 'items[0].quantity', /negative/],
    ['negative unit price', (c) => { c.items[0].unitPrice = -2; }, 'items[0].unitPrice', /negative/],
    ['negative total', (c) => { c.amounts.total = -5; }, 'amounts.total', /negative/],
    ['diagnosis code of the wrong shape', (c) => { c.diagnoses[0].code = 'I21-000'; }, 'diagnoses[0].code', /ICD-10/],
    ['procedure code of the wrong shape', (c) => { c.procedures = [{ code: '3606.01' }]; }, 'procedures[0].code', /ICD-9-CM-3/],
    ['region not 6 digits', (c) => { c.region = '5101'; }, 'region', /6-digit/],
    ['unknown insurance type', (c) => { c.insuranceType = 'commercial'; }, 'insuranceType', /./],
    ['unknown item category', (c) => { c.items[2].category = 'food'; }, 'items[2].category', /./],
    ['hospital level 4', (c) => { c.provider.level = 4; }, 'provider.level', /./],
    ['missing birth date', (c) => { delete c.patient.birthDate; }, 'patient.birthDate', /./],
    ['impossible calendar date', (c) => { c.patient.birthDate = '1970-02-30'; }, 'patient.birthDate', /calendar date/],
    ['quantity as a string', (c) => { c.items[0].quantity = '2'; }, 'items[0].quantity', /number/],
    ['duplicate line ids', (c) => { c.items[1].lineId = c.items[0].lineId; }, 'items[1].lineId', /duplicate/],
    ['amount with a third decimal', (c) => { c.amounts.fundClaimed = 1.005; }, 'amounts.fundClaimed', /whole fen/],
    ['no diagnoses', (c) => { c.diagnoses = []; }, 'diagnoses', /at least one/],
    ['unknown admission route', (c) => { c.admissionRoute = '3'; }, 'admissionRoute', /./],
    ['unknown discharge mode', (c) => { c.dischargeMode = 'walked_out'; }, 'dischargeMode', /./],
    ['empty transfer-from hospital', (c) => { c.transferFromHospitalId = ''; }, 'transferFromHospitalId', /./],
    ['insured region not 6 digits', (c) => { c.insuredRegion = '51'; }, 'insuredRegion', /6-digit/],
    ['chronic disease not an ICD-10 code', (c) => { c.enrollment.chronicDiseases = ['diabetes']; }, 'enrollment.chronicDiseases[0]', /ICD-10/],
    ['negative zero-claim reward years', (c) => { c.enrollment.zeroClaimRewardYears = -1; }, 'enrollment.zeroClaimRewardYears', /./],
    ['long prescription as a string', (c) => { c.items[0].longPrescription = 'yes'; }, 'items[0].longPrescription', /./],
    ['born after the service date', (c) => { c.patient.birthDate = '2030-01-01'; }, 'patient.birthDate', /after the service date/],
  ])('%s → error at %s', (_name, edit, path, message) => {
    const errors = errorsOf(bad(edit));
    const match = errors.find((e) => e.path === path);
    expect({ path, errors }).toEqual({ path, errors: expect.arrayContaining([expect.objectContaining({ path })]) });
    expect(match?.message).toMatch(message);
  });

  it('an item dated outside the stay is valid input (a finding for the rules, not an invalid claim)', () => {
    expect(validateClaim(bad((c) => { c.items[0].date = '2025-03-20'; })).ok).toBe(true);
    expect(validateClaim(bad((c) => { c.items[0].date = '2020-01-01'; })).ok).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const errors = errorsOf(bad((c) => { c.region = 'x'; c.items[0].quantity = -1; delete c.patient.gender; }));
    expect(errors.map((e) => e.path).sort()).toEqual(['items[0].quantity', 'patient.gender', 'region']);
  });

  it('keeps the claimId of an invalid claim so its verdict can be matched', () => {
    const r = validateClaim(bad((c) => { c.region = 'x'; }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.claimId).toBe(makeClaim().claimId);
  });

  it.each([null, 42, 'claim', [], {}])('a non-claim value %p is invalid, not a crash', (input) => {
    expect(validateClaim(input).ok).toBe(false);
  });
});
