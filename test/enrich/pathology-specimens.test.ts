import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// Pathology is billed per specimen (procedure-billing.json specimenCodes): each excision coded that day sends one,
// so a lobectomy with a node dissection bills two, and one excision billed twice is still a duplicate.

const PATHOLOGY = '002502200010001';
const stay = (procedures: string[], lines: number[]) =>
  build({
    set: { diagnoses: [{ code: 'D34.x00', principal: true }], procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) },
    addItems: lines.map((quantity) => ({ code: PATHOLOGY, quantity, day: 1 })),
  });

describe('病理检查 per specimen on the day of the excisions', () => {
  it('is quiet on two lines for a thyroid lobectomy and a central node dissection', async () => {
    expect(hit(await judge(stay(['06.2x00', '40.2100'], [1, 1])), 'catalogue.duplicate-charge')).toBeUndefined();
  });

  it('names the second line when only the lobectomy is coded', async () => {
    const c = stay(['06.2x00'], [1, 1]);
    const h = hit(await judge(c), 'catalogue.duplicate-charge')!;
    expect(h.lineIds).toEqual([c.items.filter((i: any) => i.code === PATHOLOGY)[1].lineId]);
  });

  it('names a third unit beyond the two specimens, and does not count a hernia repair (no specimen) as one', async () => {
    expect(hit(await judge(stay(['06.2x00', '40.2100'], [1, 2])), 'catalogue.duplicate-charge')).toBeDefined();
    expect(hit(await judge(stay(['06.2x00', '53.0401'], [1, 1])), 'catalogue.duplicate-charge')).toBeDefined();
  });
});

// A gallbladder or an appendix is one specimen, one 例 (specimenCodes.singleSpecimen), however many blocks it is cut into.
describe('病理检查 例 beyond the specimens of whole-organ excisions', () => {
  const chole = (procedures: string[], lines: Array<[number, number]>) =>
    build({
      set: { diagnoses: [{ code: 'K80.100', principal: true }], procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) },
      addItems: [{ code: '003302020010001', day: 1 }, ...lines.map(([quantity, day]) => ({ code: PATHOLOGY, quantity, day }))],
    });

  it('names the lines holding the 例 beyond one gallbladder, with their amount', async () => {
    const c = chole(['51.2300'], [[1, 1], [2, 2]]);
    const h = hit(await judge(c), 'catalogue.pathology-beyond-specimens')!;
    const lines = c.items.filter((i: any) => i.code === PATHOLOGY);
    expect(h.lineIds).toEqual([lines[1].lineId]);
    expect(h.amount).toBeCloseTo(lines[1].amount, 2);
  });

  it('is quiet on one 例, and on a stay coding a biopsy or a second organ beside it', async () => {
    expect(hit(await judge(chole(['51.2300'], [[1, 2]])), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
    expect(hit(await judge(chole(['51.2300', '47.0100'], [[2, 2]])), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
    expect(hit(await judge(chole(['51.2300', '50.1100'], [[2, 2]])), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
  });
});

// A single thyroid lobe and one sitting's haemorrhoids are one specimen each (singleSpecimen 06.2, 49.46): the lobe
// goes whole, the piles of one anal canal go in one pot; a frozen section is its own service, not a second 例.
describe('病理检查 例 beyond one thyroid lobe or one haemorrhoidectomy', () => {
  const op = (dx: string, px: string, service: string, paraffin: number) =>
    build({
      set: { diagnoses: [{ code: dx, principal: true }], procedures: [{ code: px, date: '2025-03-05' }] },
      addItems: [{ code: service, day: 1 }, { code: PATHOLOGY, quantity: paraffin, day: 1 }, { code: '002502200020001', day: 1 }],
    });
  it('names two paraffin 例 on one lobe or one haemorrhoidectomy', async () => {
    expect(hit(await judge(op('D34.x00', '06.2x00', '003304030010001', 2)), 'catalogue.pathology-beyond-specimens')).toBeDefined();
    expect(hit(await judge(op('K64.900', '49.4600', '003302040010001', 2)), 'catalogue.pathology-beyond-specimens')).toBeDefined();
  });
  it('is quiet on one paraffin 例 beside the frozen section', async () => {
    expect(hit(await judge(op('D34.x00', '06.2x00', '003304030010001', 1)), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
    expect(hit(await judge(op('K64.900', '49.4600', '003302040010001', 1)), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
  });
  it('is quiet on two paraffin 例 of a carcinoma lobectomy: the central nodes go too, coded or not', async () => {
    expect(hit(await judge(op('C73.x00', '06.2x02', '003304030010001', 2)), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
  });
});

// Both tonsils may go in two pots, one a side (several: 28.2 two 例, 28.3 three with the adenoid); a jaw cyst is
// enucleated whole with its lining, one 例 (76.2x04).
describe('病理检查 例 beyond both tonsils or one jaw cyst', () => {
  const op = (dx: string, px: string, service: string, paraffin: number) =>
    build({
      set: { diagnoses: [{ code: dx, principal: true }], procedures: [{ code: px, date: '2025-03-05' }] },
      addItems: [{ code: service, day: 1 }, { code: PATHOLOGY, quantity: paraffin, day: 1 }],
    });
  it('names a third 例 on a tonsillectomy and a second on a jaw cyst', async () => {
    expect(hit(await judge(op('J35.000', '28.2x00x002', '003304020010001', 3)), 'catalogue.pathology-beyond-specimens')).toBeDefined();
    expect(hit(await judge(op('K09.205', '76.2x04', '003304090030001', 2)), 'catalogue.pathology-beyond-specimens')).toBeDefined();
  });
  it('is quiet on one 例 a tonsil and one for the jaw cyst', async () => {
    expect(hit(await judge(op('J35.000', '28.2x00x002', '003304020010001', 2)), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
    expect(hit(await judge(op('K09.205', '76.2x04', '003304090030001', 1)), 'catalogue.pathology-beyond-specimens')).toBeUndefined();
  });
});
