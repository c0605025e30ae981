import { evaluateExample } from '../helpers/enrich-example';

// 中转开腹 read from the conversion's own code (procedure-billing.json conversionCodes: 54.1101 腹腔镜中转剖腹探查术,
// beside 54.21): the laparoscopic cholecystectomy fee is the converted operation's, judged against the open 51.22.

const LAP_CHOLE = '003302020010001'; // 腹腔镜下胆囊切除术

async function unsupported(px: string[]) {
  const set = { 'provider.department': 'general_surgery', diagnoses: [{ code: 'K80.000x002', principal: true }], procedures: px.map((code) => ({ code, date: '2025-03-05' })) };
  const { enriched } = await evaluateExample({ set, addItems: [{ code: LAP_CHOLE, day: 1 }, { code: '003301010010001', quantity: 4, day: 1 }] } as never);
  return enriched.facts.stay.operationUnsupported;
}

describe('a laparoscopic cholecystectomy converted to open', () => {
  it('coded 51.2200 with 54.1101: the laparoscopic fee stands for the converted operation', async () => {
    expect(await unsupported(['51.2200', '54.1101'])).toBeNull();
  });

  it('coded 51.2200 alone: the laparoscopic fee for an open operation is named', async () => {
    expect((await unsupported(['51.2200']))?.billed).toContain('腹腔镜下胆囊切除术');
  });
});
