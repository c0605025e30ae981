import { isTransfer, transferPair } from '../../src/benefits/transfer-episode';
import type { MemberClaim } from '../../src/benefits/member-claim';

const stay = (claimId: string, hospitalId: string, serviceDate: string, endDate: string, extra: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'inpatient', serviceDate, endDate, hospitalId,
  principalCategory: 'I21', mdc: 'F', totalFen: 100_000, policyFen: 100_000, fundClaimedFen: 80_000, itemsSignature: claimId,
  serviceCodes: [], ...extra,
});

describe('a transfer between hospitals', () => {
  const sender = stay('A', 'H1', '2025-03-01', '2025-03-06', { dischargeMode: 'transfer' });

  it('hands the patient on the same or the next day', () => {
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-06', '2025-03-10', { admissionRoute: 'transfer' }), 0)).toBe(true);
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-07', '2025-03-10', { admissionRoute: 'transfer' }), 1)).toBe(true);
    expect(isTransfer(sender, stay('B', 'H2', '2025-03-09', '2025-03-12', { admissionRoute: 'transfer' }), 3)).toBe(false);
  });

  it('is not a stay that began before the sender ended (two beds at once)', () => {
    const overlapping = stay('B', 'H2', '2025-03-04', '2025-03-10', { admissionRoute: 'transfer', transferFromHospitalId: 'H1' });
    expect(isTransfer(sender, overlapping, -2)).toBe(false);
    expect(transferPair(sender, overlapping)).toBe(false);
  });
});
