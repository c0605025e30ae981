import { arrive, buildClaim as build, hitOf } from '../helpers/shipped-rules';

// IVIG for Guillain-Barré syndrome is paid with the examination that established it (catalogue indicationEvidence: an
// EMG or the CSF); the EMG may be on the member's earlier claims within the row's record days (56: treatment-related
// fluctuations come within 8 weeks of onset, Ruts 2010) — a clinic visit before admission, or an earlier stay that is
// no readmission of this one (catalogue.indication-unevidenced, cross-claim indicationShownBefore). Stays are
// admitted on 4 Mar 2025 shifted by their days.

const RULE = 'catalogue.indication-unevidenced';
const IVIG = 'XJ06BAJ501B002010148424';
const EMG = '002503010100001';
const gbs = [{ code: 'G61.000', principal: true }];
const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
const clinic = (date: string) =>
  build({ base: 'outpatient', set: { claimId: 'GBS-OP', visitDate: date, items: [], patient, 'provider.department': 'neurology', diagnoses: gbs }, addItems: [{ code: '001102000010001', day: 0 }, { code: EMG, day: 0 }] });
const ivigStay = () => build({ set: { claimId: 'GBS-IP', diagnoses: gbs, items: [] }, addItems: [{ code: '001105000010001', day: 0 }, { code: IVIG, day: 1, quantity: 8 }] });
// A stroke stay coding the GBS beside it, its EMG on the second day: another principal category, so no readmission.
const strokeStay = (shift: number) =>
  build({ shiftDays: shift, set: { claimId: 'ST-IP', diagnoses: [{ code: 'I63.900', principal: true }, { code: 'G61.000' }], items: [] }, addItems: [{ code: '001105000010001', day: 0 }, { code: EMG, day: 1 }] });
const ivigLines = (c: Record<string, any>) => c.items.filter((i: any) => i.code === IVIG).map((i: any) => i.lineId);

describe('静注人免疫球蛋白：吉兰-巴雷综合征的诊断依据在参保人此前的单据上', () => {
  it('the EMG at the neurology clinic 3 days before admission: the stay without its own EMG is quiet', async () => {
    const [, v] = await arrive(clinic('2025-03-01'), ivigStay());
    expect(hitOf(v, RULE)).toBeUndefined();
  });

  it('the only EMG at a clinic visit 57 days before (beyond 56): the IVIG line is unevidenced', async () => {
    const stay = ivigStay();
    const [, v] = await arrive(clinic('2025-01-06'), stay);
    expect(hitOf(v, RULE)?.lineIds).toEqual(ivigLines(stay));
  });

  it('the EMG exactly 56 days before: quiet (以内 includes the day)', async () => {
    const [, v] = await arrive(clinic('2025-01-07'), ivigStay());
    expect(hitOf(v, RULE)).toBeUndefined();
  });

  it('the EMG on the second day of a stroke stay 30 days before (kept on that stay\'s ledger entry): quiet', async () => {
    const [, v] = await arrive(strokeStay(-30), ivigStay());
    expect(hitOf(v, RULE)).toBeUndefined();
  });

  it('the same stroke stay 70 days before: flagged', async () => {
    const stay = ivigStay();
    const [, v] = await arrive(strokeStay(-70), stay);
    expect(hitOf(v, RULE)?.lineIds).toEqual(ivigLines(stay));
  });
});
