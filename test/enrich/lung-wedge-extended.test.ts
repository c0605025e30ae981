import { evaluateExample } from '../helpers/enrich-example';

// A wedge whose frozen section shows cancer, extended to a lobectomy in the same session (procedure-billing.json: the
// wedge row's `includedIn` lists the lobectomy fees): both coded, the lobectomy billed. One way only: a lobectomy fee
// bills a wedge, a wedge fee no lobectomy.

const WEDGE = '003308020010001'; // 胸腔镜下肺楔形切除术
const VATS_LOBE = '003308020020001'; // 胸腔镜下肺叶切除术

async function stayOf(px: string[], fee: string) {
  const set = { 'provider.department': 'thoracic_surgery', diagnoses: [{ code: 'C34.100', principal: true }], procedures: px.map((code) => ({ code, date: '2025-03-05' })) };
  const { enriched } = await evaluateExample({ set, addItems: [{ code: fee, day: 1 }, { code: '003301010010001', quantity: 4, day: 1 }] } as never);
  return enriched.facts.stay.procedureUnsupported;
}

describe('a lung wedge extended to a lobectomy', () => {
  it('wedge and lobectomy coded, the lobectomy billed: quiet', async () => {
    expect(await stayOf(['32.2001', '32.4100'], VATS_LOBE)).toBeNull();
  });

  it('wedge and lobectomy coded, only the wedge billed: the lobectomy is unsupported', async () => {
    expect((await stayOf(['32.2001', '32.4100'], WEDGE))?.codes).toContain('32.4100');
  });
});
