import { contextFlags, contextMessages } from '../helpers/item-context-hits';

// The other grounds of 特级/Ⅰ级护理 (item-consistency.json, WS/T 431—2013 4.1–4.2): the first 24 hours of an acute
// stroke or a hip fracture under 特级, the very old with dementia (自理能力重度依赖), protective isolation in the
// laminar-flow bed and parenteral nutrition under Ⅰ级 — and the look-alikes that stay judged.

const SPECIAL = '001201000010001';
const LEVEL1 = '001201000020001';
const LAMINAR_BED = '001105000040001';
const FAT_EMULSION = 'XB05BAZ504B002010188677';
const PROPOFOL = 'XN01AXB503B002010116186'; // 丙泊酚中/长链脂肪乳注射液: an anaesthetic in a fat emulsion, not nutrition
const GLUCOSE = 'XB05BAP505B002010141437';
const AMINO_ACIDS = 'XB05BAF508B002010117840';
const CEFUROXIME = 'XJ01DCT505B002';
const ICU_BED = '001105000030001';
const ICU_CARE = '001201000050001';
const POTASSIUM = 'XB05XAL512B002010182375';
const ELECTROLYTES = '002502030010001';
const AIR_MATTRESS = '001219000060001';
const TUBE_FEED = '001219000020001';
const MOUTH_CARE = '001219000050001';
const SUCTION = '001219000040001';
const NOREPINEPHRINE = 'XC01CAQ502B002';


/** The base stay with `grade` on days 0–4 (the base's own Ⅱ级 line on day 0 made that grade), extra lines beside it. */
const stay = (grade: string, set: object, extra: object[] = []) => ({
  set: { 'items[1].code': grade, 'items[1].name': grade === SPECIAL ? '特级护理' : 'Ⅰ级护理', ...set },
  addItems: [...[1, 2, 3, 4].map((day) => ({ code: grade, day })), ...extra],
});

describe('grounds of the nursing grade', () => {
  it('allows 特级护理 on the admission day and the next of an acute stroke or a hip fracture, not after', async () => {
    expect(await contextFlags(stay(SPECIAL, {}))).toEqual([2, 3, 4].map((d) => `${SPECIAL}@${d}`));
    const hip = { 'provider.department': 'orthopaedics', diagnoses: [{ code: 'S72.000', principal: true }] };
    expect(await contextFlags(stay(SPECIAL, hip))).toEqual([2, 3, 4].map((d) => `${SPECIAL}@${d}`));
    // A pneumonia is not such an onset: every day of it is judged.
    const pneumonia = { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }] };
    expect(await contextFlags(stay(SPECIAL, pneumonia))).toEqual([0, 1, 2, 3, 4].map((d) => `${SPECIAL}@${d}`));
  });

  it('allows 特级护理 after a major operation, its day and the next, and not after an ordinary one (WS/T 431—2013 5.1 c)', async () => {
    const operated = (diagnosis: string, procedure: string) => ({ 'provider.department': 'general_surgery', diagnoses: [{ code: diagnosis, principal: true }], procedures: [{ code: procedure, date: '2025-03-05' }] });
    // A hernia repair (53.0000) on day 1: an ordinary operation, nursed at Ⅰ级 after it — every day judged.
    expect(await contextFlags(stay(SPECIAL, operated('K40.900', '53.0000')))).toEqual([0, 1, 2, 3, 4].map((d) => `${SPECIAL}@${d}`));
    // A gastrectomy (43.5) on day 1: a major operation, the day and the next supported.
    expect(await contextFlags(stay(SPECIAL, operated('C16.900', '43.5x00')))).toEqual([0, 3, 4].map((d) => `${SPECIAL}@${d}`));
  });

  it('supports Ⅰ级护理 for dementia beside an acute illness from age 80 on its first days and days of acute treatment, and judges it below that age, as the principal or beside a stable condition', async () => {
    const dementia = (birthDate: string) => ({
      'provider.department': 'geriatrics',
      'patient.birthDate': birthDate,
      diagnoses: [{ code: 'J18.900', principal: true }, { code: 'F03.x00' }],
    });
    // The pneumonia treated (IV cefuroxime) on days 3–4: the acute illness's days.
    const treated = [3, 4].map((day) => ({ code: CEFUROXIME, day }));
    expect(await contextFlags(stay(LEVEL1, dementia('1944-01-10'), treated))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, dementia('1945-06-01'), treated))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    // The day after the last dose still runs the grade's order (stepped down at the next round); the day after that does not.
    expect(await contextFlags(stay(LEVEL1, dementia('1944-01-10'), [{ code: CEFUROXIME, day: 2 }]))).toEqual([`${LEVEL1}@4`]);
    // Past the first three days with no acute treatment, or with only a carrier drip, the grade is judged again.
    expect(await contextFlags(stay(LEVEL1, dementia('1944-01-10')))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    expect(await contextFlags(stay(LEVEL1, dementia('1944-01-10'), [3, 4].map((day) => ({ code: GLUCOSE, day }))))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    // Beside a stable principal (脑供血不足 I67.9) dementia grounds nothing, treated or not (养转医).
    const insufficiency = { ...dementia('1938-05-10'), diagnoses: [{ code: 'I67.900', principal: true }, { code: 'F03.x00' }] };
    expect(await contextFlags(stay(LEVEL1, insufficiency, treated))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    // Admitted for the dementia itself (a work-up), the very old patient's grade stays judged.
    const workUp = { ...dementia('1938-05-10'), diagnoses: [{ code: 'F03.x00', principal: true }] };
    expect(await contextFlags(stay(LEVEL1, workUp))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
  });

  it('supports Ⅰ级护理 beside a laminar-flow bed that has its own ground, not beside one that has none', async () => {
    const beds = [0, 1, 2, 3, 4].map((day) => ({ code: LAMINAR_BED, day }));
    const leukaemia = { 'provider.department': 'hematology', diagnoses: [{ code: 'C92.000', principal: true }] };
    expect(await contextFlags(stay(LEVEL1, leukaemia, beds))).toEqual([]);
    const pneumonia = { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }] };
    const lines = await contextFlags(stay(LEVEL1, pneumonia, beds));
    expect(lines).toContain(`${LEVEL1}@3`);
    expect(lines).toContain(`${LEVEL1}@4`);
  });

  it('supports Ⅰ级护理 on a day of parenteral nutrition, not on a day of plain glucose or of amino acids alone', async () => {
    const ward = { 'provider.department': 'general_surgery', diagnoses: [{ code: 'K56.700', principal: true }] };
    expect(await contextFlags(stay(LEVEL1, ward, [3, 4].map((day) => ({ code: FAT_EMULSION, day }))))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, ward, [3, 4].map((day) => ({ code: GLUCOSE, day }))))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    expect(await contextFlags(stay(LEVEL1, ward, [3, 4].map((day) => ({ code: PROPOFOL, day }))))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    // Amino acids are parenteral nutrition with glucose the same day; a bottle of them alone is not.
    expect(await contextFlags(stay(LEVEL1, ward, [3, 4].flatMap((day) => [{ code: AMINO_ACIDS, day }, { code: GLUCOSE, day }])))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, ward, [3, 4].map((day) => ({ code: AMINO_ACIDS, day }))))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
  });

  it('supports Ⅰ级护理 the day after a day of intensive care that has its own ground (ICU step-down), not two days after, nor after an ICU bed with no intensive care', async () => {
    const pneumonia = { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }] };
    const icuDay = [{ code: ICU_BED, day: 2 }, { code: ICU_CARE, day: 2, quantity: 24 }];
    // The ICU day itself (day 2) is the first days' allowance; day 3 the step-down; day 4 judged again.
    expect(await contextFlags(stay(LEVEL1, pneumonia, icuDay))).toEqual([`${LEVEL1}@4`]);
    expect(await contextFlags(stay(LEVEL1, pneumonia, [{ code: ICU_BED, day: 2 }]))).toEqual([`${ICU_BED}@2`, `${LEVEL1}@3`, `${LEVEL1}@4`]);
  });

  it('lets a critical diagnosis ground 特级护理 until the ICU step-down and the day after it, not on the ward days beyond (WS/T 431—2013 3.4)', async () => {
    const sepsis = { 'provider.department': 'icu', diagnoses: [{ code: 'A41.900', principal: true }, { code: 'R65.101' }, { code: 'J96.000' }] };
    const icuDays = [0, 1].flatMap((day) => [{ code: ICU_BED, day }, { code: ICU_CARE, day, quantity: 24 }, { code: NOREPINEPHRINE, day, quantity: 4 }]);
    // In the ICU on days 0–1, the step-down day 2 beside them; days 3–4 on the ward stand on the diagnoses alone.
    expect(await contextFlags(stay(SPECIAL, sepsis, icuDays))).toEqual([`${SPECIAL}@3`, `${SPECIAL}@4`]);
    // Never in the ICU, the same diagnoses ground every day: there is no step-down on the bill.
    expect(await contextFlags(stay(SPECIAL, sepsis))).toEqual([]);
    // The finding says the diagnoses stop grounding it after the step-down only where there was one.
    expect(await contextMessages(stay(SPECIAL, sepsis, icuDays))).toEqual([expect.stringContaining('转出重症监护1日后不再仅凭诊断'), expect.stringContaining('转出重症监护1日后不再仅凭诊断')]);
    const pneumonia = { 'provider.department': 'respiratory', diagnoses: [{ code: 'J18.900', principal: true }] };
    const ward = await contextMessages(stay(SPECIAL, pneumonia));
    expect(ward.length).toBeGreaterThan(0);
    for (const m of ward) expect(m).not.toContain('转出重症监护');
  });

  it('supports Ⅰ级护理 on a day a coded electrolyte disorder is infused with potassium once the stay has measured it and rechecked it, not on one admission panel, nor on a day without the infusion', async () => {
    const hypokalaemia = { 'provider.department': 'oncology', diagnoses: [{ code: 'K52.100', principal: true }, { code: 'E87.600' }] };
    // Measured on admission and rechecked on day 1, infused on days 3–4: under correction on both days.
    const infused = [{ code: ELECTROLYTES, day: 0 }, ...[3, 4].map((day) => ({ code: POTASSIUM, day, quantity: 3 })), { code: ELECTROLYTES, day: 1 }];
    expect(await contextFlags(stay(LEVEL1, hypokalaemia, infused))).toEqual([]);
    // Infused on day 3 only: day 4 is past the correction.
    expect(await contextFlags(stay(LEVEL1, hypokalaemia, [infused[0], infused[1], infused[3]]))).toEqual([`${LEVEL1}@4`]);
    // Measured on admission only: a top-up beside one panel, no correction checked by a recheck.
    expect(await contextFlags(stay(LEVEL1, hypokalaemia, infused.slice(0, 3)))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
    // Never measured: the infusion alone does not show a disturbance under correction.
    expect(await contextFlags(stay(LEVEL1, hypokalaemia, infused.slice(1, 3)))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
  });

  it('supports Ⅰ级护理 on a day whose care shows a Barthel index of 40 or less (bedridden and tube-fed or given mouth care), not bedridden alone nor tube-fed without the bed', async () => {
    const rehab = { 'provider.department': 'rehabilitation', diagnoses: [{ code: 'I69.300x002', principal: true }, { code: 'R13.x00' }] };
    const on = (codes: string[], days = [3, 4]) => days.flatMap((day) => codes.map((code) => ({ code, day })));
    expect(await contextFlags(stay(LEVEL1, rehab, on([AIR_MATTRESS, TUBE_FEED])))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, rehab, on([AIR_MATTRESS, MOUTH_CARE])))).toEqual([]);
    // Day 4 without its tube feed: bedridden alone is 中度依赖 (45).
    expect(await contextFlags(stay(LEVEL1, rehab, [...on([AIR_MATTRESS]), ...on([TUBE_FEED], [3])]))).toEqual([`${LEVEL1}@4`]);
    // Tube feeds, mouth care and suction without the air mattress: 25 points off at most.
    expect(await contextFlags(stay(LEVEL1, rehab, on([TUBE_FEED, MOUTH_CARE, SUCTION])))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
  });

  it('supports Ⅰ级护理 through a stay for an intra-abdominal or intrathoracic organ injury, not for a superficial abdominal one', async () => {
    const injury = (code: string) => ({ 'provider.department': 'general_surgery', diagnoses: [{ code, principal: true }] });
    expect(await contextFlags(stay(LEVEL1, injury('S36.000')))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, injury('S27.000')))).toEqual([]);
    expect(await contextFlags(stay(LEVEL1, injury('S30.100')))).toEqual([`${LEVEL1}@3`, `${LEVEL1}@4`]);
  });
});
