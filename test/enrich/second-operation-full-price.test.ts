import { evaluateExample } from '../helpers/enrich-example';

// 同一切口第二项手术按50%计价 (theatre-items.json samePorts, theatre-facts.ts secondOperationFullPrice): two laparoscopic
// operations the same day share the ports; the cheaper is the second and may bill at most half its cap.

const LAP_CHOLE = '003302020010001'; // cap 2600 at level 3
const LAP_APPENDIX = '003302010010001'; // cap 1800 at level 3
const GA = { code: '003301010010001', day: 1, quantity: 3 };
const SET = { diagnoses: [{ code: 'K80.101', principal: true }, { code: 'K35.800' }], procedures: [{ code: '51.2300', date: '2025-03-05' }, { code: '47.0100', date: '2025-03-05' }] };

async function stayOf(addItems: object[]) {
  const { claim, enriched, hits: all } = await evaluateExample({ set: SET, addItems } as never);
  const hits = all.filter((h) => h.ruleId === 'catalogue.second-operation-full-price');
  const lineOf = (code: string) => claim.items.find((i) => i.code === code)!.lineId;
  return { fact: enriched.facts.stay.secondOperationFullPrice, hits, lineOf };
}

describe('a second laparoscopic operation through the same ports', () => {
  it('names the cheaper operation only, with the excess over half its cap in yuan', async () => {
    const { fact, hits, lineOf } = await stayOf([{ code: LAP_APPENDIX, day: 1 }, { code: LAP_CHOLE, day: 1 }, GA]);
    expect(fact?.lineIds).toEqual([lineOf(LAP_APPENDIX)]);
    expect(fact?.amount).toBe(900);
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('50%');
  });

  it('half the cap (or less) is quiet; one fen above it is not', async () => {
    expect((await stayOf([{ code: LAP_CHOLE, day: 1 }, { code: LAP_APPENDIX, day: 1, unitPrice: 900 }, GA])).fact).toBeNull();
    expect((await stayOf([{ code: LAP_CHOLE, day: 1 }, { code: LAP_APPENDIX, day: 1, unitPrice: 810 }, GA])).fact).toBeNull();
    expect((await stayOf([{ code: LAP_CHOLE, day: 1 }, { code: LAP_APPENDIX, day: 1, unitPrice: 900.01 }, GA])).fact?.amount).toBe(0.01);
  });

  it('one laparoscopic operation, or the two on different days, is quiet', async () => {
    expect((await stayOf([{ code: LAP_CHOLE, day: 1 }, GA])).fact).toBeNull();
    expect((await stayOf([{ code: LAP_CHOLE, day: 1 }, GA, { code: LAP_APPENDIX, day: 3 }, { ...GA, day: 3 }])).fact).toBeNull();
  });
});
