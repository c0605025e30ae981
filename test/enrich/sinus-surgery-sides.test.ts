import { evaluateExample } from '../helpers/enrich-example';

// 经鼻内镜鼻窦手术 is priced 单侧 while its ICD-9-CM-3 codes (22.2–22.6, 21.31) do not state the side: a pansinusitis or
// nasal-polyp claim (J32.4, J33.1, J33.9) counts a sinus code as both sides (procedure-billing.json bilateralCodes.byDiagnosis,
// its second entry); a one-sinus disease or a one-sided polyp (J33.0, J33.8) keeps one side, so a second side's fee is beyond what was coded.

const FULL = '003304070020201'; // 经鼻内镜鼻窦手术(全组鼻窦), 单侧
const ONE = '003304070020101'; // 经鼻内镜鼻窦手术(单个鼻窦), 单侧

async function stayOf(dx: string[], px: string[], addItems: object[]) {
  const set = { 'provider.department': 'ent', 'provider.level': 3, diagnoses: dx.map((code, i) => ({ code, ...(i === 0 ? { principal: true } : {}) })), procedures: px.map((code) => ({ code, date: '2025-03-05' })) };
  const { claim, enriched } = await evaluateExample({ set, addItems } as never);
  const lineOf = (code: string) => claim.items.find((i) => i.code === code)!.lineId;
  return { fact: enriched.facts.stay.operationBeyondCoded, unsupported: enriched.facts.stay.operationUnsupported, lineOf };
}

describe('endoscopic sinus surgery billed per side', () => {
  it('both sides of a pansinusitis under one 22.53 code are quiet', async () => {
    expect((await stayOf(['J32.400'], ['22.5301'], [{ code: FULL, day: 1, quantity: 2 }])).fact).toBeNull();
  });

  it('both sides of a polyp stay coding only 21.31 are quiet', async () => {
    expect((await stayOf(['J33.900'], ['21.3102'], [{ code: FULL, day: 1, quantity: 2 }])).fact).toBeNull();
  });

  it('a one-sinus disease (J32.0, 22.2) billed for two sides: the fee beyond the one side coded', async () => {
    const { fact, lineOf } = await stayOf(['J32.000'], ['22.2x01'], [{ code: ONE, day: 1, quantity: 2 }]);
    expect(fact?.lineIds).toEqual([lineOf(ONE)]);
  });

  it('the whole-set fee on a one-sinus disease stands for no coded procedure at all (procedure-billing.json withDiagnoses): the whole fee, not a side', async () => {
    const { fact, unsupported, lineOf } = await stayOf(['J32.000'], ['22.2x01'], [{ code: FULL, day: 1, quantity: 2 }]);
    expect(fact).toBeNull();
    expect(unsupported?.lineIds).toEqual([lineOf(FULL)]);
  });

  it('two different single-sinus codes on one claim (J32.0 + J32.2) are disease of several sinuses (ICD-10 J32.8): the whole-set fee stands for the coded 22.53; two codes of one sinus do not', async () => {
    const several = await stayOf(['J32.000', 'J32.200'], ['22.5301'], [{ code: FULL, day: 1 }]);
    expect(several.unsupported).toBeNull();
    const oneSinus = await stayOf(['J32.000', 'J32.001'], ['22.5301'], [{ code: FULL, day: 1 }]);
    expect(oneSinus.unsupported?.lineIds).toEqual([oneSinus.lineOf(FULL)]);
  });

  it('an antrochoanal polyp (J33.003 鼻后孔息肉) or a one-sinus polyp (J33.805 上颌窦息肉) billed for two sides: one side coded (review 32 item 16)', async () => {
    for (const dx of ['J33.003', 'J33.805']) {
      const { fact, lineOf } = await stayOf([dx], ['21.3102'], [{ code: FULL, day: 1, quantity: 2 }]);
      expect(fact?.lineIds).toEqual([lineOf(FULL)]);
    }
  });

  it('polypoid degeneration of the sinuses (J33.100) under one 22.53 code: both sides', async () => {
    expect((await stayOf(['J33.100'], ['22.5301'], [{ code: FULL, day: 1, quantity: 2 }])).fact).toBeNull();
  });
});
