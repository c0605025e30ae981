import { buildClaim as build, hitOf, judge } from '../helpers/shipped-rules';

// Three hepatoprotectants on one day (catalogue.drugs-stacked, stacked-drugs.json; 肝脏炎症共识2014: at most two).

const RULE = 'catalogue.drugs-stacked';
const MG = 'XA05BAY506B002010149806';
const GSH = 'XV03ABH501B002010188834';
const PPC = 'XA05BAD508A001010110599';
type Line = { code: string; quantity: number; day: number; name?: string; category?: 'drug'; unitPrice?: number };
const stay = (lines: Line[]) =>
  build({ set: { 'provider.department': 'tuberculosis', diagnoses: [{ code: 'A15.000x018', principal: true }, { code: 'K71.901' }] }, addItems: lines });
const daily = (code: string, quantity: number, days: number[]) => days.map((day) => ({ code, quantity, day }));

describe('hepatoprotectants stacked', () => {
  it('three every day: names the days and every line of the class', async () => {
    const c = stay([...daily(MG, 1, [0, 1, 2]), ...daily(GSH, 2, [0, 1, 2]), ...daily(PPC, 6, [0, 1, 2])]);
    const h = hitOf(await judge(c), RULE)!;
    expect(h.message).toContain('3种');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => [MG, GSH, PPC].includes(i.code)).map((i: any) => i.lineId).sort());
  });

  it('a third drug known only by its name (a local code) counts; the same generic under two codes counts once', async () => {
    const local: Line = { code: 'LOCAL-SHC-01', name: '双环醇片', category: 'drug', unitPrice: 1.5, quantity: 3, day: 1 };
    const hit = await judge(stay([...daily(MG, 1, [1]), ...daily(GSH, 2, [1]), local]));
    expect(hitOf(hit, RULE)).toBeDefined();
    const twice = await judge(stay([...daily(MG, 1, [1]), ...daily(GSH, 2, [1]), { ...local, code: 'LOCAL-GSH-01', name: '还原型谷胱甘肽片' }]));
    expect(hitOf(twice, RULE)).toBeUndefined();
  });

  it('two a day, or three on different days: quiet', async () => {
    expect(hitOf(await judge(stay([...daily(MG, 1, [0, 1, 2]), ...daily(GSH, 2, [0, 1, 2])])), RULE)).toBeUndefined();
    expect(hitOf(await judge(stay([...daily(MG, 1, [0, 1]), ...daily(GSH, 2, [0, 1]), ...daily(PPC, 6, [2, 3])])), RULE)).toBeUndefined();
  });
});

// Two blood-activating herbal injections the same day (中成药临床应用指导原则2010: 功能相同的中成药不宜叠加使用).
describe('blood-activating herbal injections stacked', () => {
  const SXT = 'ZA12BAS513B002010119612'; // 疏血通注射液
  const XST = 'ZA12BAX511B002010178809'; // 血栓通注射液
  const SM = 'ZA09BAC502B002010170697'; // 参麦注射液
  const stroke = (lines: Line[]) => build({ set: { 'provider.department': 'neurology' }, addItems: lines });

  it('疏血通 and 血栓通 on the same days: named, with the class and its advice', async () => {
    const h = hitOf(await judge(stroke([...daily(SXT, 6, [0, 1, 2]), ...daily(XST, 2, [0, 1, 2])])), RULE)!;
    expect(h.message).toContain('活血化瘀类中药注射剂');
    expect(h.message).toContain('单独使用');
  });

  it('a switch with no overlap day, or an injection of another action beside one: quiet', async () => {
    expect(hitOf(await judge(stroke([...daily(SXT, 6, [0, 1]), ...daily(XST, 2, [2, 3])])), RULE)).toBeUndefined();
    expect(hitOf(await judge(stroke([...daily(SXT, 6, [0, 1, 2]), ...daily(SM, 4, [0, 1, 2])])), RULE)).toBeUndefined();
  });

  it('a tablet of the same herb beside the injection is not counted (injections only)', async () => {
    const oral: Line = { code: 'LOCAL-DS-01', name: '复方丹参片', category: 'drug', unitPrice: 0.2, quantity: 9, day: 1 };
    expect(hitOf(await judge(stroke([...daily(SXT, 6, [0, 1, 2]), oral])), RULE)).toBeUndefined();
  });
});

// One drug twice on the same days: two PPIs, one PPI by two routes, one substance injected and oral (minDays 2).
describe('one drug billed twice', () => {
  const OME_IV = 'XA02BCA515B002010145124';
  const OME_PO = 'XA02BCA515A001010168198';
  const LEVO_IV = 'XJ01MAZ501B002010121212';
  const LEVO_PO = 'XJ01MAZ501A001010178798';
  const LEVO_EYE = 'XS01AEZ501D001010121753';
  const ward = (lines: Line[]) => build({ set: { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }] }, addItems: lines });

  it('IV and oral omeprazole on two days: named; on the switch day alone: quiet', async () => {
    expect(hitOf(await judge(ward([...daily(OME_IV, 2, [0, 1, 2]), ...daily(OME_PO, 2, [1, 2])])), RULE)?.message).toContain('质子泵抑制剂');
    expect(hitOf(await judge(ward([...daily(OME_IV, 2, [0, 1, 2]), ...daily(OME_PO, 2, [2, 3])])), RULE)).toBeUndefined();
  });

  it('levofloxacin infused and taken by mouth on the same days: named by substance; eye drops beside the infusion are not', async () => {
    expect(hitOf(await judge(ward([...daily(LEVO_IV, 1, [0, 1, 2]), ...daily(LEVO_PO, 1, [0, 1, 2])])), RULE)?.message).toContain('注射与口服');
    expect(hitOf(await judge(ward([...daily(LEVO_IV, 1, [0, 1, 2]), ...daily(LEVO_EYE, 1, [0, 1, 2])])), RULE)).toBeUndefined();
  });
});
