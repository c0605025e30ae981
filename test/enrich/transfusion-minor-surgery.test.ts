import { evaluateExample } from '../helpers/enrich-example';

// Red cells on an operation that needs no blood ordered (item-consistency.json red-cell row: `notProcedures` the MSBOS
// operations, `notDiagnoses` limb sprains and meniscal tears): the stay must code anaemia, a haemorrhage or a
// complication, as a medical stay must; a bleeding operation or a fracture still calls for them.

const RBC = '002600000010001'; // 悬浮红细胞(去白细胞)

async function flagged(dx: string[], px: string[], department: string) {
  const set = { 'provider.department': department, diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })), procedures: px.map((code) => ({ code, date: '2025-03-06' })) };
  const { hits } = await evaluateExample({ set, addItems: [{ code: RBC, quantity: 2, day: 2 }] } as never);
  return hits.some((h) => h.ruleId === 'catalogue.item-indication-absent');
}

describe('red cells on minor surgery', () => {
  it('a laparoscopic cholecystectomy with nothing coded that calls for blood: flagged', async () => {
    expect(await flagged(['K80.101'], ['51.2300'], 'general_surgery')).toBe(true);
  });

  it('the same operation with its post-operative haemorrhage and anaemia coded: quiet', async () => {
    expect(await flagged(['K80.101', 'T81.000x001', 'D62.x00'], ['51.2300'], 'general_surgery')).toBe(false);
  });

  it('a hip replacement (a blood-loss operation): quiet', async () => {
    expect(await flagged(['M16.900'], ['81.5100'], 'orthopaedics')).toBe(false);
  });

  it('an arthroscopic meniscectomy for a meniscal tear (S83.2): flagged; with a plateau fracture fixed: quiet', async () => {
    expect(await flagged(['S83.200x001'], ['80.6x06'], 'orthopaedics')).toBe(true);
    expect(await flagged(['S82.100x001', 'S83.200x001'], ['79.3600'], 'orthopaedics')).toBe(false);
  });

  it('a closed distal radius fracture plated (tourniquet, MSBOS none): flagged; an open one: quiet', async () => {
    expect(await flagged(['S52.500x001'], ['79.3200'], 'hand_surgery')).toBe(true);
    expect(await flagged(['S52.510'], ['79.3200'], 'hand_surgery')).toBe(false);
  });
});

// Plasma (item-consistency.json plasma row) is for a coagulopathy or a massive bleed, not for an operation's ordinary
// loss: a TURP explains red cells but not 400 ml of FFP unless a bleed, coagulopathy or liver disease is coded.
describe('fresh frozen plasma after surgery', () => {
  const FFP = '002600000020001';
  async function plasmaFlagged(dx: string[]) {
    const set = { 'provider.department': 'urology', diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })), procedures: [{ code: '60.2902', date: '2025-03-06' }] };
    const { hits } = await evaluateExample({ set, addItems: [{ code: RBC, quantity: 2, day: 2 }, { code: FFP, quantity: 4, day: 2 }] } as never);
    return hits.filter((h) => h.ruleId === 'catalogue.item-indication-absent').map((h) => h.lineIds ?? []).flat().length > 0;
  }
  it('a TURP with nothing coded that calls for plasma: flagged', async () => {
    expect(await plasmaFlagged(['N40.x00'])).toBe(true);
  });
  it('the same TURP with its haemorrhage and anaemia, or with cirrhosis, coded: quiet', async () => {
    expect(await plasmaFlagged(['N40.x00', 'T81.000x001', 'D62.x00'])).toBe(false);
    expect(await plasmaFlagged(['N40.x00', 'K74.600'])).toBe(false);
  });
});
