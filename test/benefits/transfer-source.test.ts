import { lateReferral, REFERRAL_VALID_DAYS, transferWithoutSender } from '../../src/benefits/transfer-source';
import type { MemberClaim } from '../../src/benefits/member-claim';

// 虚构转院来源: an admission by transfer from hospital X with no stay or visit of the member at X on the admission day
// or the day before, nor a clinic visit there within the referral's validity (异地转诊), judged only where the ledger
// holds claims of the member in X's region; 倒签转诊: the first visit at X after such an admission.

const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P', claimId: 'C', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-02-01', endDate: '2025-02-01',
  hospitalId: 'H51010002', region: '510100', principalCategory: 'J06', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 0,
  itemsSignature: 'S', serviceCodes: [], ...over,
});
const stay = entry({
  claimId: 'STAY', visitType: 'inpatient', serviceDate: '2025-03-04', endDate: '2025-03-09', hospitalId: 'H44010001', region: '440100',
  admissionRoute: 'transfer', transferFromHospitalId: 'H51010003',
});
const home = entry({ claimId: 'HOME' });

describe('transferWithoutSender', () => {
  it('names the sending hospital, its region read from its national code, and the member claims there', () => {
    expect(transferWithoutSender(stay, [home])).toEqual({ hospitalId: 'H51010003', region: '510100', claims: 'HOME', count: 1 });
  });

  it('reads the region from the member claims at the hospital before its code', () => {
    const oddCode = { ...stay, transferFromHospitalId: 'X-0003' };
    expect(transferWithoutSender(oddCode, [home])).toBeNull();
    const earlierThere = entry({ claimId: 'OLD', hospitalId: 'X-0003', serviceDate: '2024-06-02', endDate: '2024-06-02' });
    expect(transferWithoutSender(oddCode, [home, earlierThere])).toMatchObject({ hospitalId: 'X-0003', region: '510100', count: 2 });
  });

  it('is quiet after a stay ending there the day before, or an emergency visit there that day, but not after a pharmacy purchase', () => {
    const sender = entry({ claimId: 'S', visitType: 'inpatient', hospitalId: 'H51010003', serviceDate: '2025-03-01', endDate: '2025-03-03', dischargeMode: 'transfer' });
    expect(transferWithoutSender(stay, [home, sender])).toBeNull();
    const ed = entry({ claimId: 'ED', hospitalId: 'H51010003', serviceDate: '2025-03-04', endDate: '2025-03-04' });
    expect(transferWithoutSender(stay, [home, ed])).toBeNull();
    const purchase = entry({ claimId: 'PH', visitType: 'pharmacy', hospitalId: 'H51010003', serviceDate: '2025-03-04', endDate: '2025-03-04' });
    expect(transferWithoutSender(stay, [home, purchase])).not.toBeNull();
  });

  it('is not judged without a claim of the member in that region, on a stay not admitted by transfer, or a transfer naming itself', () => {
    expect(transferWithoutSender(stay, [])).toBeNull();
    expect(transferWithoutSender(stay, [entry({ claimId: 'ELSE', region: '450100', hospitalId: 'H45010001' })])).toBeNull();
    expect(transferWithoutSender({ ...stay, admissionRoute: 'emergency' }, [home])).toBeNull();
    expect(transferWithoutSender({ ...stay, transferFromHospitalId: 'H44010001' }, [home])).toBeNull();
  });

  it('accepts a clinic visit at the sender within the referral validity before the admission (异地转诊), not one before it or after admission', () => {
    const at = (date: string, visitType = 'outpatient') => entry({ claimId: 'REF', hospitalId: 'H51010003', serviceDate: date, endDate: date, visitType });
    // 医保发〔2022〕22号: a 备案 valid 原则上不少于6个月; a bed at the receiving centre may take weeks (day −40 below).
    expect(REFERRAL_VALID_DAYS).toBe(180);
    expect(transferWithoutSender(stay, [home, at('2025-02-25')])).toBeNull();
    expect(transferWithoutSender(stay, [home, at('2025-01-23')])).toBeNull();
    expect(transferWithoutSender(stay, [home, at('2024-09-05')])).toBeNull();
    expect(transferWithoutSender(stay, [home, at('2024-09-04')])).not.toBeNull();
    expect(transferWithoutSender(stay, [home, at('2025-03-06')])).not.toBeNull();
    // A stay there that ended days before is no referral: a transfer from a ward is the same or the next day.
    expect(transferWithoutSender(stay, [home, entry({ ...at('2025-02-20', 'inpatient'), endDate: '2025-02-25' })])).not.toBeNull();
  });
});

describe('lateReferral', () => {
  const visit = (claimId: string, date: string) => entry({ claimId, hospitalId: 'H51010003', serviceDate: date, endDate: date });

  it('names the away stay when this is the first visit at its named sender, after its admission, with none before', () => {
    expect(lateReferral(visit('V', '2025-03-12'), [home, stay])).toEqual({
      stayClaimId: 'STAY', stayRegion: '440100', admission: '2025-03-04', discharge: '2025-03-09', daysAfterAdmission: 8,
    });
    expect(lateReferral(visit('V', '2025-03-06'), [home, stay])).toMatchObject({ daysAfterAdmission: 2 });
  });

  it('is quiet after a referral visit before the admission, on a later follow-up, long after discharge, or at another hospital', () => {
    expect(lateReferral(visit('V', '2025-03-12'), [home, visit('REF', '2025-02-26'), stay])).toBeNull();
    // Any earlier visit there, however long before: the 备案 lasts months, and this visit is then not the first there.
    expect(lateReferral(visit('V', '2025-03-12'), [home, visit('REF', '2025-01-23'), stay])).toBeNull();
    expect(lateReferral(visit('V', '2025-03-12'), [home, visit('OLD', '2024-06-01'), stay])).toBeNull();
    expect(lateReferral(visit('V2', '2025-03-20'), [home, stay, visit('V1', '2025-03-12')])).toBeNull();
    expect(lateReferral(visit('V', '2025-04-08'), [home, stay])).not.toBeNull();
    expect(lateReferral(visit('V', '2025-04-09'), [home, stay])).toBeNull();
    expect(lateReferral({ ...visit('V', '2025-03-12'), hospitalId: 'H51010009' }, [home, stay])).toBeNull();
    expect(lateReferral({ ...visit('V', '2025-03-12'), visitType: 'pharmacy' }, [home, stay])).toBeNull();
    expect(lateReferral(visit('V', '2025-03-12'), [home, { ...stay, admissionRoute: 'emergency' }])).toBeNull();
  });

  it('reads only a stay in another province than the visit (跨省异地转诊)', () => {
    expect(lateReferral(visit('V', '2025-03-12'), [home, { ...stay, region: '510700', hospitalId: 'H51070001' }])).toBeNull();
    expect(lateReferral({ ...visit('V', '2025-03-12'), region: null }, [home, stay])).toBeNull();
  });
});
