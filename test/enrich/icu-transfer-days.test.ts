import { evaluateExample } from '../helpers/enrich-example';

// 重症监护 on the two days of an ICU stay that bill its hours and no ICU bed (rules/knowledge/item-consistency.json
// `dayBefore` / `dayAfter`): the night of a transfer day is billed by one ward only, the one the patient left or the
// one receiving them, as the province and hospital bill it. A day with no ICU night beside it stays flagged.

const ICU_CARE = '001201000050001';
const ICU_BED = '001105000030001';
const WARD_REHAB = '001218000010001';
const RULE = 'catalogue.item-context-unsupported';

async function icuCareHits(addItems: object[]) {
  const { claim, hits: all } = await evaluateExample({ addItems } as never);
  const icuLines = new Set(claim.items.filter((i) => i.code === ICU_CARE).map((i) => i.lineId));
  const hits = all.filter((h) => h.ruleId === RULE && h.lineIds.some((l) => icuLines.has(l)));
  return { hits, dayOf: (lineId: string) => claim.items.find((i) => i.lineId === lineId)?.date };
}

describe('重症监护 on the days a patient enters and leaves the ICU', () => {
  it('the hours of the day a patient enters the ICU, the ICU bed from the next night, are quiet', async () => {
    const { hits } = await icuCareHits([{ code: ICU_CARE, day: 1, quantity: 14 }, { code: ICU_BED, day: 2 }, { code: ICU_CARE, day: 2, quantity: 24 }, { code: ICU_CARE, day: 3, quantity: 10 }]);
    expect(hits).toEqual([]);
  });

  it('the entering day with ward rehabilitation that morning is not a ward-level day', async () => {
    const { hits } = await icuCareHits([{ code: WARD_REHAB, day: 1 }, { code: ICU_CARE, day: 1, quantity: 8 }, { code: ICU_BED, day: 2 }, { code: ICU_CARE, day: 2, quantity: 24 }, { code: 'XC01CAQ502B002', day: 2 }]);
    expect(hits).toEqual([]);
  });

  it('hours two days before the first ICU night are flagged, in Chinese, naming the day-after ground', async () => {
    const { hits, dayOf } = await icuCareHits([{ code: ICU_CARE, day: 1, quantity: 14 }, { code: ICU_BED, day: 3 }, { code: ICU_CARE, day: 3, quantity: 24 }]);
    expect(hits).toHaveLength(1);
    expect(dayOf(hits[0].lineIds[0])).toBe('2025-03-05');
    expect(hits[0].message).toContain('后一日有 监护病房床位费');
  });
});
