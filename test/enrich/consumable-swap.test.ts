import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// 串换耗材 (a costlier consumable billed in place of the ordinary one) through catalogue.consumable-swap, and
// 虚记数量 of oxygen hours through catalogue.hours-unsupported, on the real rule files and
// rules/knowledge/item-consistency.json: the hit names the costlier line; legitimate care stays quiet.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);

const PRECISION_SET = 'C14010150400001288520000001';
const SILICONE_CATHETER = 'C14030150200001263900000001';
const ALGINATE = 'C14020150700001472160000001';
const FOAM = 'C14020150900001583490000001';
const OXYGEN = '001208000010001';
const DISC = { 'diagnoses[0].code': 'M51.202', 'diagnoses[1].code': 'M54.500' };
const APPENDICECTOMY = { 'diagnoses[0].code': 'K35.300', 'diagnoses[1].code': 'K35.200', procedures: [{ code: '47.0100', principal: true, date: '2025-03-05' }] };

async function hitsOn(rule: string, addItems: object[], set: Record<string, unknown> = {}, base?: 'outpatient') {
  const checked = validateClaim(buildExample({ base, set, addItems } as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hits = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).filter((h) => h.ruleId === rule);
  const linesOf = (code: string) => claim.items.filter((i) => i.code === code).map((i) => i.lineId);
  return { hits, linesOf, all: hits.flatMap((h) => h.lineIds).sort() };
}

const SWAP = 'catalogue.consumable-swap';
const HOURS = 'catalogue.hours-unsupported';

describe('串换耗材: a costlier consumable with no indication on the bill', () => {
  it('a precision infusion set with only saline infused is flagged on its own line, in Chinese, naming the ordinary set', async () => {
    const { hits, linesOf } = await hitsOn(SWAP, [{ code: PRECISION_SET, day: 2 }, { code: '001204000010001', day: 2 }, { code: 'XB05BBL511B002', day: 2 }]);
    expect(hits).toHaveLength(1);
    expect(hits[0].lineIds).toEqual(linesOf(PRECISION_SET));
    expect(hits[0].message).toContain('串换');
    expect(hits[0].message).toContain('一次性使用输液器');
    expect(hits[0].evidence).toMatchObject({ 耗材: '一次性使用精密输液器' });
    expect(hits[0].amount).toBeGreaterThan(0);
  });

  it('precision sets on chemotherapy and parenteral-nutrition days, for a child and on an ICU day are quiet', async () => {
    const chemo = { 'diagnoses[0].code': 'C34.900', 'diagnoses[1].code': 'I10.x00' };
    expect((await hitsOn(SWAP, [{ code: PRECISION_SET, day: 2 }, { code: 'XL01CDZ508B002', day: 2 }], chemo)).hits).toEqual([]);
    expect((await hitsOn(SWAP, [{ code: PRECISION_SET, day: 3 }, { code: 'XB05BAF508B002', day: 3 }])).hits).toEqual([]);
    expect((await hitsOn(SWAP, [{ code: PRECISION_SET, day: 2 }], { 'patient.birthDate': '2021-06-01' })).hits).toEqual([]);
    expect((await hitsOn(SWAP, [{ code: PRECISION_SET, day: 2 }, { code: '001105000030001', day: 2 }])).hits).toEqual([]);
    // Oral nitrates do not call for a light-protected set: only injected or infused drugs of the classes count.
    expect((await hitsOn(SWAP, [{ code: PRECISION_SET, day: 2 }, { code: 'XC01DAD501A003', day: 2 }])).hits).toHaveLength(1);
  });

  it('foam on a burn scar released and grafted is quiet: the coded free graft (86.6) leaves a donor-site wound; the release alone is not', async () => {
    const scar = { 'diagnoses[0].code': 'L91.000', 'diagnoses[1].code': 'T95.200' };
    const grafted = { ...scar, procedures: [{ code: '86.8401', principal: true, date: '2025-03-05' }, { code: '86.6902', date: '2025-03-05' }] };
    expect((await hitsOn(SWAP, [{ code: '003309020010001', day: 1 }, { code: FOAM, quantity: 2, day: 1 }], grafted)).hits).toEqual([]);
    const released = { ...scar, procedures: [{ code: '86.8401', principal: true, date: '2025-03-05' }] };
    const { all, linesOf } = await hitsOn(SWAP, [{ code: FOAM, quantity: 2, day: 1 }], released);
    expect(all).toEqual(linesOf(FOAM));
  });

  it('advanced dressings for an ordinary surgical wound are flagged; for a pressure ulcer or a burn they are quiet', async () => {
    const { all, linesOf } = await hitsOn(SWAP, [{ code: ALGINATE, day: 3 }, { code: FOAM, day: 4 }], APPENDICECTOMY);
    expect(all).toEqual([...linesOf(ALGINATE), ...linesOf(FOAM)].sort());
    expect((await hitsOn(SWAP, [{ code: ALGINATE, day: 3 }, { code: FOAM, day: 4 }], { ...APPENDICECTOMY, 'diagnoses[1].code': 'L89.200' })).hits).toEqual([]);
    expect((await hitsOn(SWAP, [{ code: ALGINATE, quantity: 2 }], { 'diagnoses[0].code': 'T23.200' }, 'outpatient')).hits).toEqual([]);
  });

  it('a costlier dressing under a code outside the catalogue is judged by its name at an outpatient visit', async () => {
    const silver = { code: 'C14020159900001000010000001', name: '银离子敷料(10×10cm)', category: 'consumable', unitPrice: 98, quantity: 2 };
    const sprain = await hitsOn(SWAP, [silver], { 'diagnoses[0].code': 'S93.400' }, 'outpatient');
    expect(sprain.all).toEqual(sprain.linesOf(silver.code));
    expect((await hitsOn(SWAP, [silver], { 'diagnoses[0].code': 'L97.x00' }, 'outpatient')).hits).toEqual([]);
    // An ordinary gauze dressing carries no mark and is not judged.
    expect((await hitsOn(SWAP, [{ ...silver, name: '医用纱布块' }], { 'diagnoses[0].code': 'S93.400' }, 'outpatient')).hits).toEqual([]);
    // The mark a name carries is remembered by name (item-consistency-facts.ts firstMark): the gauze read in between
    // leaves the silver dressing judged as before.
    expect((await hitsOn(SWAP, [silver], { 'diagnoses[0].code': 'S93.400' }, 'outpatient')).all).toEqual(sprain.all);
  });

  it('a silicone catheter for a short catheterisation is flagged; after a TURP or indwelling a week or more it is quiet', async () => {
    const short = await hitsOn(SWAP, [{ code: SILICONE_CATHETER, day: 1 }]);
    expect(short.all).toEqual(short.linesOf(SILICONE_CATHETER));
    const turp = { 'diagnoses[0].code': 'N40.x00', procedures: [{ code: '60.2900x004', principal: true, date: '2025-03-05' }] };
    expect((await hitsOn(SWAP, [{ code: SILICONE_CATHETER, day: 1 }], turp)).hits).toEqual([]);
    expect((await hitsOn(SWAP, [{ code: SILICONE_CATHETER, day: 0 }], { dischargeDate: '2025-03-16' })).hits).toEqual([]);
  });

  it('the change of a silicone catheter in place a week or more is long-term indwelling, however near discharge; a change within the week is not', async () => {
    // A 30-day stay (a 家庭病床 or nursing patient): the monthly change falls 2 days before discharge.
    const monthly = await hitsOn(SWAP, [{ code: SILICONE_CATHETER, day: 0 }, { code: SILICONE_CATHETER, day: 28 }], { dischargeDate: '2025-04-03' });
    expect(monthly.hits).toEqual([]);
    const early = await hitsOn(SWAP, [{ code: SILICONE_CATHETER, day: 0 }, { code: SILICONE_CATHETER, day: 5 }], { dischargeDate: '2025-03-13' });
    expect(early.all).toEqual([early.linesOf(SILICONE_CATHETER)[1]]);
    expect(early.hits[0].message).toContain('距本次住院首次计收');
  });
});

describe('虚记数量: oxygen billed round the clock with no condition that calls for it', () => {
  const everyDay = (hours: number) => [0, 1, 2, 3, 4, 5].map((day) => ({ code: OXYGEN, day, quantity: hours }));

  it('24 hours a day on a disc-disease stay: each day past the first two is flagged on its line', async () => {
    const { hits, all, linesOf } = await hitsOn(HOURS, everyDay(24), DISC);
    expect(all).toEqual(linesOf(OXYGEN).slice(2).sort());
    expect(hits[0].message).toContain('虚记');
    expect(hits[0].evidence).toMatchObject({ 项目: '吸氧', 当日数量: 24 });
  });

  it('hours split over two lines of a day count together', async () => {
    const { all } = await hitsOn(HOURS, [{ code: OXYGEN, day: 3, quantity: 10 }, { code: OXYGEN, day: 3, quantity: 10 }], DISC);
    expect(all).toHaveLength(2);
  });

  it('COPD, heart failure, the days after an operation, an ICU day and a few hours a day are quiet', async () => {
    expect((await hitsOn(HOURS, everyDay(24), { 'diagnoses[0].code': 'J44.100' })).hits).toEqual([]);
    expect((await hitsOn(HOURS, everyDay(24), { ...DISC, 'diagnoses[1].code': 'I50.900' })).hits).toEqual([]);
    expect((await hitsOn(HOURS, [1, 2, 3].map((day) => ({ code: OXYGEN, day, quantity: 24 })), APPENDICECTOMY)).hits).toEqual([]);
    expect((await hitsOn(HOURS, [{ code: OXYGEN, day: 3, quantity: 24 }, { code: '001201000050001', day: 3, quantity: 24 }], DISC)).hits).toEqual([]);
    expect((await hitsOn(HOURS, everyDay(6), DISC)).hits).toEqual([]);
  });

  it('the fourth day after an operation is past the post-operative allowance', async () => {
    const { all, linesOf } = await hitsOn(HOURS, [{ code: OXYGEN, day: 5, quantity: 20 }], { ...APPENDICECTOMY, dischargeDate: '2025-03-10' });
    expect(all).toEqual(linesOf(OXYGEN));
  });
});
