import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearsDevice, deviceRecord, loadDevicesInPlace, mayHavePlaced, placementLines, placementNameMarks, placesDevice, removesDevice, type DeviceInPlace } from '../../src/benefits/device-in-place';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { tempDir } from '../helpers/temp-dir';

// The one "device in place" reader both device rules read, with the shipped rules/history/devices-in-place.json.

const dir = join(__dirname, '../../rules/history');
const t = loadDevicesInPlace(dir)!;
const device = (name: string): DeviceInPlace => t.devices.find((d) => d.name === name)!;
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'X', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-05-03', endDate: '2025-05-06',
  hospitalId: 'H1', principalCategory: 'N20', mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: [], ...over,
});
const line = (code: string, over: Partial<LedgerLine> = {}): LedgerLine => ({ lineId: code, code, date: '2025-05-03', kind: 'consumable', amountFen: 100, ...over });

describe('device in place', () => {
  it('holds the ureteric stent, judged by its removal, and the PICC and port, judged by their care', () => {
    expect(t.devices.filter((d) => d.stayLines).map((d) => d.name)).toEqual(['输尿管支架']);
    expect(t.devices.filter((d) => d.care).map((d) => d.name)).toEqual(['PICC', '输液港']);
    expect(placementNameMarks(t)).toEqual(device('输尿管支架').placement.nameMarks);
  });

  it('reads a placement coded, billed by catalogue row, or billed by name (the ledger line marked) for the device that names it', () => {
    const stent = device('输尿管支架');
    const picc = device('PICC');
    expect(placesDevice(entry({ codes: ['59.8x03'] }), stent)).toBe(true);
    expect(placesDevice(entry({ codes: ['38.9301'] }), picc)).toBe(true);
    const billedPicc = entry({ lines: [line('C02020150100001104330000001')] });
    expect(placesDevice(billedPicc, picc)).toBe(true);
    expect(placementLines(billedPicc, picc).map((l) => l.code)).toEqual(['C02020150100001104330000001']);
    const marked = entry({ lines: [line('C01', { stent: true })] });
    expect(placesDevice(marked, stent)).toBe(true);
    expect(placesDevice(marked, picc)).toBe(false);
    // an operation that may leave a stent counts only where it may (the look-back), a removal and a ureteroscopy are not placements
    expect([placesDevice(entry({ codes: ['55.8704'] }), stent), mayHavePlaced(entry({ codes: ['55.8704'] }), stent)]).toEqual([false, true]);
    expect(removesDevice(entry({ codes: ['97.6205'] }), stent)).toBe(true);
    expect(clearsDevice(entry({ codes: ['56.0x00x011'] }), stent)).toBe(true);
    expect(clearsDevice(entry({ codes: ['56.0x00x011'] }), picc)).toBe(false);
  });

  it("reads the record within the device's window, earlier days only where a removal is judged", () => {
    const me = entry({ claimId: 'ME', visitType: 'outpatient', serviceDate: '2025-06-12', endDate: '2025-06-12' });
    const sameDay = entry({ claimId: 'SD', serviceDate: '2025-06-12', endDate: '2025-06-12' });
    const overlapping = entry({ claimId: 'OV', serviceDate: '2025-06-10', endDate: '2025-06-14' });
    const old = entry({ claimId: 'OLD', serviceDate: '2024-06-01', endDate: '2024-06-05' });
    const earlier = entry({ claimId: 'E', serviceDate: '2025-05-03', endDate: '2025-05-06' });
    const record = [sameDay, overlapping, old, earlier, me];
    expect(deviceRecord(me, record, device('输尿管支架'), true).map((e) => e.claimId)).toEqual(['E']);
    expect(deviceRecord(me, record, device('PICC'), false).map((e) => e.claimId)).toEqual(['SD', 'OV', 'E']);
  });

  it('refuses a second device billed by name: the ledger keeps one mark (`stent`)', () => {
    const table = JSON.parse(readFileSync(join(dir, 'devices-in-place.json'), 'utf8')) as { devices: { placement: Record<string, unknown> }[] };
    table.devices[1].placement.nameMarks = ['PICC导管'];
    const tmp = tempDir('devices-');
    writeFileSync(join(tmp, 'devices-in-place.json'), JSON.stringify(table));
    expect(() => loadDevicesInPlace(tmp)).toThrow(/one device only/);
  });
});
