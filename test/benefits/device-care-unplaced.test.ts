import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { deviceCareUnplaced } from '../../src/benefits/cross-claim/device-care-unplaced';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { loadDevicesInPlace } from '../../src/benefits/device-in-place';

// Care of a venous access device against the placements in the member's record, with the shipped
// rules/history/devices-in-place.json.

const devicesInPlace = loadDevicesInPlace(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), devicesInPlace };
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'V', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-05-13', endDate: '2025-05-13',
  hospitalId: 'H1', principalCategory: 'C16', mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['C16.900', 'Z45.200'], ...over,
});
const line = (lineId: string, code: string, amountFen: number) => ({ lineId, code, date: '2025-05-03', kind: code.startsWith('C') ? 'consumable' as const : 'service' as const, amountFen });
const port = (claimId: string, serviceDate: string, hospitalId = 'H1') => entry({
  claimId, visitType: 'inpatient', serviceDate, endDate: serviceDate, hospitalId, codes: ['Z51.100', 'C16.900', '86.0701'],
  lines: [line(`${claimId}-1`, '003307050010001', 150000), line(`${claimId}-2`, 'C02020150200001215870000001', 450000)],
});
const picc = (claimId: string, serviceDate: string, hospitalId = 'H1') => entry({ claimId, visitType: 'inpatient', serviceDate, endDate: serviceDate, hospitalId, codes: ['Z51.100', 'C16.900', '38.9301'] });
const care = (code: string): BenefitItem[] => [
  { lineId: '1', code, name: code === '003307040020001' ? '经外周静脉置入中心静脉导管维护(PICC维护)' : '静脉输液港维护', category: 'service', date: '2025-05-13', quantity: 1, unitPrice: 40, amountFen: 4000, longPrescription: false, catalogue: { code } },
];
const PICC_CARE = care('003307040020001');

describe('deviceCareUnplaced', () => {
  it('finds PICC care after a port placement with no PICC in the record, the port stay the suspect', () => {
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [port('S', '2025-05-03')], k)).toMatchObject({
      cared: 'PICC', placed: '输液港', claimId: 'S', lineIds: ['1'], amount: 40, earlierOnly: true,
      suspects: [{ claimId: 'S', lineIds: ['S-1', 'S-2'], amount: 6000 }],
    });
  });
  it('stays quiet where the record explains the care', () => {
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [picc('P', '2025-05-03')], k)).toBeNull();
    expect(deviceCareUnplaced(entry({}), care('003307050020001'), [port('S', '2025-04-03')], k)).toBeNull();
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [picc('P', '2025-02-03', 'H2'), port('S', '2025-05-03')], k)).toBeNull();
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [], k)).toBeNull();
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [port('S', '2025-01-03'), entry({ claimId: 'R', visitType: 'inpatient', serviceDate: '2025-04-03', endDate: '2025-04-04', codes: ['Z45.202', '86.0500x008'] })], k)).toBeNull();
  });
  it('reads the record back only within the window', () => {
    expect(deviceCareUnplaced(entry({}), PICC_CARE, [port('S', '2024-04-03')], k)).toBeNull();
  });
  it('does not judge a claim that places the cared-for device itself', () => {
    expect(deviceCareUnplaced(entry({ codes: ['C16.900', '38.9301'] }), PICC_CARE, [port('S', '2025-05-03')], k)).toBeNull();
  });
});
