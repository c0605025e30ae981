import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { stentRemovalUnplaced } from '../../src/benefits/cross-claim/stent-removal-unplaced';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { loadDevicesInPlace } from '../../src/benefits/device-in-place';

// A ureteric stent removal against the member's last stent event, with the shipped rules/history/devices-in-place.json.

const devicesInPlace = loadDevicesInPlace(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), devicesInPlace };
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'R', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-06-12', endDate: '2025-06-12',
  hospitalId: 'H2', principalCategory: 'Z46', mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['Z46.600x001', 'N20.100', '97.6205'], ...over,
});
const stay = (claimId: string, serviceDate: string, endDate: string, codes: string[]) =>
  entry({ claimId, visitType: 'inpatient', serviceDate, endDate, hospitalId: 'H1', principalCategory: 'N20', codes: ['N20.100', ...codes] });
const items: BenefitItem[] = [
  { lineId: '1', code: '002503010150001', name: '膀胱镜检查', category: 'service', date: '2025-06-12', quantity: 1, unitPrice: 200, amountFen: 20000, longPrescription: false, catalogue: { code: '002503010150001' } },
  { lineId: '2', code: 'XN01BBL', name: '盐酸利多卡因胶浆', category: 'drug', date: '2025-06-12', quantity: 1, unitPrice: 8, amountFen: 800, longPrescription: false, catalogue: null },
];

describe('stentRemovalUnplaced', () => {
  it('names the whole visit after a ureteroscopy that placed no stent, or after the stent was already removed', () => {
    expect(stentRemovalUnplaced(entry({}), items, [stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011'])], k)).toMatchObject({ reason: 'none-left', claimId: 'S', lineIds: ['1', '2'], amount: 208 });
    const placed = stay('S', '2025-04-20', '2025-04-25', ['56.0x00x011', '59.8x03']);
    const removed = entry({ claimId: 'R1', serviceDate: '2025-05-15', endDate: '2025-05-15', hospitalId: 'H1' });
    expect(stentRemovalUnplaced(entry({}), items, [placed, removed], k)).toMatchObject({ reason: 'removed', claimId: 'R1' });
  });

  it('is quiet after a placement, on an exchange, with no stent event in the window, and on a copy of the bill', () => {
    const placed = stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011', '59.8x03']);
    expect(stentRemovalUnplaced(entry({}), items, [placed], k)).toBeNull();
    // A D-J stent coded as a ureteral catheter insertion: 59.8 includes the stent.
    expect(stentRemovalUnplaced(entry({}), items, [stay('S', '2025-05-13', '2025-05-18', ['56.0x00x003', '59.8x00x004'])], k)).toBeNull();
    // The emergency stent taken out at the ureteroscopy, which left a new one.
    expect(stentRemovalUnplaced(entry({}), items, [stay('E', '2025-04-01', '2025-04-04', ['59.8x03']), stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011', '97.6204', '59.8x03'])], k)).toBeNull();
    expect(stentRemovalUnplaced(entry({ codes: ['Z46.602', '97.6205', '59.8x03'] }), items, [entry({ claimId: 'X', serviceDate: '2025-03-01', endDate: '2025-03-01', codes: ['Z46.602', '97.6205', '59.8x03'] })], k)).toBeNull();
    expect(stentRemovalUnplaced(entry({}), items, [], k)).toBeNull();
    expect(stentRemovalUnplaced(entry({}), items, [stay('S', '2024-04-13', '2024-04-18', ['56.0x00x011'])], k)).toBeNull();
    // A same-day claim is this visit's other half, not an earlier removal.
    expect(stentRemovalUnplaced(entry({}), items, [placed, entry({ claimId: 'R0' })], k)).toBeNull();
  });

  it('reads a billed stent or an operation that may leave one as the placement, and a dilatation as none', () => {
    const billed = { ...stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011']), lines: [{ lineId: 'c1', code: 'C01', date: '2025-05-14', kind: 'consumable' as const, amountFen: 45000, stent: true }] };
    expect(stentRemovalUnplaced(entry({}), items, [billed], k)).toBeNull();
    const urs = stay('U', '2025-03-01', '2025-03-04', ['56.0x00x011']);
    for (const op of ['55.0402', '55.8704', '55.6901', '56.7400']) expect(stentRemovalUnplaced(entry({}), items, [urs, stay('S', '2025-05-13', '2025-05-18', [op])], k)).toBeNull();
    expect(stentRemovalUnplaced(entry({}), items, [stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011', '59.8x05'])], k)).toMatchObject({ reason: 'none-left' });
    expect(stentRemovalUnplaced(entry({}), items, [stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011', '59.8x02'])], k)).toMatchObject({ reason: 'none-left' });
  });

  it('names only the scope and stent lines of a stay', () => {
    const me = entry({ visitType: 'inpatient', serviceDate: '2025-06-10', endDate: '2025-06-14' });
    expect(stentRemovalUnplaced(me, [...items, { ...items[0], lineId: '3', name: '床位费', code: '001105000010001', catalogue: { code: '001105000010001' } }], [stay('S', '2025-05-13', '2025-05-18', ['56.0x00x011'])], k)).toMatchObject({ lineIds: ['1'] });
  });
});
