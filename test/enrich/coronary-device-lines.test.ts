import { buildClaim as build, judge } from '../helpers/shipped-rules';

// Coronary stents and balloons on separate lines the same day (implant-procedures.json): up to the stent-count code
// (00.45–00.47) each stent is its own line, and a balloon is sized to each treated vessel (00.40–00.43), so a
// three-vessel PCI's three lines of each are the record's; one vessel coded keeps a second line a duplicate.

const STENT = 'C02010150100001259060000001';
const BALLOON = 'C02010150200001882100000001';
const PCI_FEE = '003101010020001';
const pci = (codes: string[], stents: number, balloons: number) =>
  build({
    set: {
      'provider.department': 'cardiology',
      diagnoses: [{ code: 'I20.000', principal: true }],
      procedures: ['36.0700', '00.6600', ...codes].map((code) => ({ code, date: '2025-03-05' })),
    },
    addItems: [
      { code: PCI_FEE, day: 1 },
      ...Array.from({ length: stents }, () => ({ code: STENT, day: 1 })),
      ...Array.from({ length: balloons }, () => ({ code: BALLOON, day: 1 })),
    ],
  });
const dupLines = (v: any): string[] => v.hits.filter((h: any) => h.ruleId === 'catalogue.duplicate-charge').flatMap((h: any) => h.lineIds);

describe('coronary stents and balloons per coded vessel and stent count', () => {
  it('is quiet on three stent and three balloon lines of a three-vessel PCI coded 00.42/00.47', async () => {
    expect(dupLines(await judge(pci(['00.4200', '00.4700'], 3, 3)))).toEqual([]);
  });

  it('names the second stent and balloon lines of a PCI coded one vessel, one stent (00.40/00.45)', async () => {
    const c = pci(['00.4000', '00.4500'], 2, 2);
    const names = dupLines(await judge(c)).map((id: string) => c.items.find((i: any) => i.lineId === id).code);
    expect(names.sort()).toEqual([STENT, BALLOON].sort());
  });

  it('names a third stent line beyond two stents coded (00.46), though three vessels are coded', async () => {
    const c = pci(['00.4200', '00.4600'], 3, 3);
    const names = dupLines(await judge(c)).map((id: string) => c.items.find((i: any) => i.lineId === id).code);
    expect(names).toContain(STENT);
    expect(names).not.toContain(BALLOON);
  });
});
