import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadCareObjects } from '../../src/enrich/care-objects';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';
import { tempDir } from '../helpers/temp-dir';

// Care that has an object (rules/knowledge/care-objects.json, catalogue.care-without-object and
// catalogue.care-after-object-ended): 换药 needs a wound somewhere on the stay; 胎心监护 and 产科B超 end with the
// delivery, whichever way the claim dates it.

const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);

function stay(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return { claim: v.claim, stay: enrichClaim(v.claim, refs).facts.stay };
}
const DRESSING = '001205000020001';
const DRESSING_PACK = 'C14020150200001397260000001';
const CTG = '002503010090001';
const OB_US = '002103010070001';
const dressings = (days: number[]) => days.flatMap((day) => [{ code: DRESSING, day }, { code: DRESSING_PACK, day }]);
const mother = { 'patient.gender': 'F', 'patient.birthDate': '1994-01-01', 'provider.department': 'obstetrics' };
const datesOf = (r: ReturnType<typeof stay>, ids: readonly string[] | undefined) => r.claim.items.filter((it) => ids?.includes(it.lineId)).map((it) => it.date).sort();

describe('dressing changes need a wound', () => {
  it('daily 换药 and its pack on a heart-failure stay with no operation, wound or line: every line named', () => {
    const r = stay({ set: { diagnoses: [{ code: 'I50.900', principal: true }] }, addItems: dressings([1, 2, 3]) });
    const f = r.stay.careWithoutObject!;
    expect(f.lineIds).toHaveLength(6);
    expect(f.sessions).toBe(3);
    expect(f.units).toBe(3);
    expect(f.count).toBe('3次、耗材3件');
    expect(f.names).toBe('换药(中)、一次性使用换药包');
    expect(f.expected).toContain('换药须有伤口/创面');
    expect(f.amount).toBe(3 * (refs.catalogue.get(DRESSING)!.priceCap!['3']! + refs.catalogue.get(DRESSING_PACK)!.priceCap!['3']!));
  });

  it.each([
    ['a pressure ulcer', { diagnoses: [{ code: 'I50.900', principal: true }, { code: 'L89.100' }] }, []],
    ['a diabetic foot (E11.5)', { diagnoses: [{ code: 'E11.503', principal: true }] }, []],
    ['a diabetic foot ulcer among multiple complications (E11.7)', { diagnoses: [{ code: 'E11.700x031', principal: true }] }, []],
    ['an injury', { diagnoses: [{ code: 'S81.000', principal: true }] }, []],
    ['a post-operative wound infection', { diagnoses: [{ code: 'T81.400x001', principal: true }] }, []],
    ['a coded operation', { diagnoses: [{ code: 'K40.900', principal: true }], procedures: [{ code: '53.0000' }] }, []],
    ['a billed operation', { diagnoses: [{ code: 'K40.900', principal: true }] }, [{ code: '003302030010001', day: 1 }]],
    ['a drain', { diagnoses: [{ code: 'J86.900', principal: true }] }, [{ code: 'C14040150100001551930000001', day: 1 }]],
    ['dialysis through a catheter', { diagnoses: [{ code: 'N18.500', principal: true }] }, [{ code: '003310010010001', day: 1 }]],
  ])('quiet with %s', (_what, set, extra) => {
    expect(stay({ set, addItems: [...dressings([1, 2, 3]), ...extra] }).stay.careWithoutObject).toBeNull();
  });

  it('dressing consumables alone are judged on three days or more, and counted in units', () => {
    const GAUZE = 'C14020150100001506610000001';
    const gauze = (days: number[]) => days.map((day) => ({ code: GAUZE, day, quantity: 2 }));
    expect(stay({ set: { diagnoses: [{ code: 'I50.900', principal: true }] }, addItems: gauze([1, 2]) }).stay.careWithoutObject).toBeNull();
    const f = stay({ set: { diagnoses: [{ code: 'I50.900', principal: true }] }, addItems: gauze([1, 2, 3]) }).stay.careWithoutObject!;
    expect([f.sessions, f.units, f.count]).toEqual([0, 6, '耗材6件']);
  });

  it('foam dressings under 特级/Ⅰ级护理 or with immobility coded are pressure-injury prevention; gauze beside them is still judged', () => {
    const FOAM = 'C14020150900001583490000001';
    const foam = [1, 2, 3].map((day) => ({ code: FOAM, day }));
    const nursing = [1, 2, 3].map((day) => ({ code: '001201000020001', day }));
    expect(stay({ set: { diagnoses: [{ code: 'I63.900', principal: true }] }, addItems: [...foam, ...nursing] }).stay.careWithoutObject).toBeNull();
    expect(stay({ set: { diagnoses: [{ code: 'I63.900', principal: true }, { code: 'Z74.000' }] }, addItems: foam }).stay.careWithoutObject).toBeNull();
    expect(stay({ set: { diagnoses: [{ code: 'I63.900', principal: true }] }, addItems: foam }).stay.careWithoutObject).not.toBeNull();
    expect(stay({ set: { diagnoses: [{ code: 'I63.900', principal: true }] }, addItems: [...foam, ...nursing, ...dressings([1, 2, 3])] }).stay.careWithoutObject!.lineIds).toHaveLength(6);
  });

  it('a clinic visit is not judged (the wound may be from an operation elsewhere)', () => {
    expect(stay({ base: 'outpatient', set: { diagnoses: [{ code: 'J18.900', principal: true }] }, addItems: [{ code: DRESSING }] }).stay.careWithoutObject).toBeNull();
  });
});

describe('fetal monitoring ends with the delivery', () => {
  it('after a caesarean dated by its procedure code: the later days named, the operation day not', () => {
    const r = stay({
      set: { ...mother, diagnoses: [{ code: 'O34.201', principal: true }, { code: 'O82.000' }], procedures: [{ code: '74.1x01', date: '2025-03-05' }] },
      addItems: [{ code: CTG, day: 0, quantity: 2 }, { code: CTG, day: 1 }, { code: CTG, day: 2, quantity: 2 }, { code: CTG, day: 3, quantity: 2 }],
    });
    const f = r.stay.careAfterObjectEnded!;
    expect(datesOf(r, f.lineIds)).toEqual(['2025-03-06', '2025-03-07']);
    expect(f).toMatchObject({ event: '分娩', eventDate: '2025-03-05', dates: '2025-03-06、2025-03-07', names: '胎心监护' });
  });

  it('after a vaginal delivery dated by the billed 阴道分娩接生 line (no procedure code): 胎心监护 and 产科B超 named', () => {
    const r = stay({
      set: { ...mother, diagnoses: [{ code: 'O80.000', principal: true }] },
      addItems: [{ code: CTG, day: 0 }, { code: '003305010020001', day: 0 }, { code: CTG, day: 1 }, { code: OB_US, day: 1 }, { code: OB_US, day: 2 }],
    });
    expect(r.stay.careAfterObjectEnded?.names).toBe('胎心监护、产科B超');
    expect(r.stay.careAfterObjectEnded?.lineIds).toHaveLength(3);
  });

  it('antenatal days before the caesarean, a stay with no delivery, or a delivery code without a date: quiet', () => {
    const antenatal = [0, 1, 2].map((day) => ({ code: CTG, day, quantity: 2 }));
    expect(stay({ set: { ...mother, diagnoses: [{ code: 'O14.100x002', principal: true }], procedures: [{ code: '74.1x01', date: '2025-03-06' }] }, addItems: antenatal }).stay.careAfterObjectEnded).toBeNull();
    expect(stay({ set: { ...mother, diagnoses: [{ code: 'O24.400', principal: true }] }, addItems: antenatal }).stay.careAfterObjectEnded).toBeNull();
    expect(stay({ set: { ...mother, diagnoses: [{ code: 'O82.000', principal: true }], procedures: [{ code: '74.1x01' }] }, addItems: antenatal }).stay.careAfterObjectEnded).toBeNull();
  });

  it('an induction of labour (73.4) or an external version (73.91) is not the delivery', () => {
    const r = stay({
      set: { ...mother, diagnoses: [{ code: 'O48.x00', principal: true }], procedures: [{ code: '73.4x00', date: '2025-03-04' }, { code: '73.9100', date: '2025-03-04' }] },
      addItems: [{ code: CTG, day: 1 }, { code: CTG, day: 2 }],
    });
    expect(r.stay.careAfterObjectEnded).toBeNull();
  });
});

const PATHOLOGY = '002502200010001';
const named = (code: string, name: string, day?: number, quantity = 1) => ({ code, name, category: 'service' as const, unitPrice: 100, quantity, ...(day === undefined ? {} : { day }) });
const FROZEN = named('270300005', '手术中冰冻切片检查与诊断', 2);
const IHC = named('270400001', '免疫组织化学染色诊断', 3, 4);

describe('pathology needs a specimen taken', () => {
  it('histopathology, a frozen section and immunohistochemistry on a pneumonia stay with nothing that took a specimen: every line named once', () => {
    const r = stay({ set: { diagnoses: [{ code: 'J18.900', principal: true }] }, addItems: [{ code: PATHOLOGY, day: 2 }, FROZEN, IHC] });
    const f = r.stay.careWithoutObject!;
    expect(f.lineIds).toHaveLength(3);
    expect(f.names).toBe('病理检查(常规石蜡切片)、手术中冰冻切片检查与诊断、免疫组织化学染色诊断');
    expect(f.expected).toContain('病理检查须有标本');
  });

  it.each([
    ['a coded biopsy at gastroscopy (45.16)', { procedures: [{ code: '45.1600' }] }, []],
    ['a billed colonoscopy', {}, [{ code: '002503010040001', day: 1 }]],
    ['a billed operation that removes tissue', {}, [{ code: '003304030010001', day: 1 }]],
    ['a thoracentesis billed under a local code', {}, [named('310601001', '胸腔穿刺术', 1)]],
    ['a coded diagnostic curettage (69.09)', { procedures: [{ code: '69.0900' }] }, []],
    ['a spontaneous abortion (O03)', { 'patient.gender': 'F', 'patient.birthDate': '1994-01-01', diagnoses: [{ code: 'O03.900', principal: true }] }, []],
  ])('quiet with %s', (_what, set, extra) => {
    const base = { diagnoses: [{ code: 'K29.500', principal: true }] };
    expect(stay({ set: { ...base, ...set }, addItems: [{ code: PATHOLOGY, day: 2 }, ...extra] }).stay.careWithoutObject).toBeNull();
  });

  it('a procedure that takes no tissue (a coronary stent, 36.06) is no specimen', () => {
    const r = stay({ set: { diagnoses: [{ code: 'I21.000', principal: true }], procedures: [{ code: '36.0600' }] }, addItems: [{ code: PATHOLOGY, day: 2 }] });
    expect(r.stay.careWithoutObject?.names).toBe('病理检查(常规石蜡切片)');
  });

  it.each([
    ['a phaco cataract extraction (13.41 + 13.71, its service named 超声乳化摘除)', 'H25.100', ['13.4100x001', '13.7100x001'], '003304010010001'],
    ['a strabismus operation (15.3)', 'H50.100', ['15.3x01'], '003304010050001'],
    ['an open reduction and internal fixation of a fresh fracture (79.32)', 'S52.500x001', ['79.3200x011'], '003303020040001'],
  ])('an operation that removes no tissue is no specimen: %s', (_what, dx, px, service) => {
    const r = stay({ set: { diagnoses: [{ code: dx, principal: true }], procedures: px.map((code) => ({ code })) }, addItems: [{ code: service, day: 1 }, { code: PATHOLOGY, day: 1 }] });
    expect(r.stay.careWithoutObject?.names).toBe('病理检查(常规石蜡切片)');
  });

  it('but the fixation of a pathological fracture (M84.4) or a bone metastasis (C79.5) sends its curettings: quiet', () => {
    for (const dx of ['M84.400x051', 'C79.500']) {
      const r = stay({ set: { diagnoses: [{ code: 'S52.500x001', principal: true }, { code: dx }], procedures: [{ code: '79.3200x011' }] }, addItems: [{ code: '003303020040001', day: 1 }, { code: PATHOLOGY, day: 1 }] });
      expect(r.stay.careWithoutObject).toBeNull();
    }
  });

  it('a clinic visit is judged too; slides from elsewhere (病理会诊), sputum cytology and TCT are not', () => {
    expect(stay({ base: 'outpatient', addItems: [{ code: PATHOLOGY }] }).stay.careWithoutObject?.names).toBe('病理检查(常规石蜡切片)');
    const notJudged = [named('270900001', '病理会诊'), named('270200001', '痰脱落细胞学检查与诊断'), { code: '002502160010001' }];
    expect(stay({ base: 'outpatient', addItems: notJudged }).stay.careWithoutObject).toBeNull();
  });

  it('immunohistochemistry needs a histopathology line even when a specimen was taken', () => {
    const gastroscopy = { code: '002503010030001', day: 1 };
    const without = stay({ set: { diagnoses: [{ code: 'C16.900', principal: true }] }, addItems: [gastroscopy, IHC] }).stay.careWithoutObject!;
    expect(without.names).toBe('免疫组织化学染色诊断');
    expect(without.expected).toContain('免疫组化/特殊染色须有组织病理切片');
    expect(stay({ set: { diagnoses: [{ code: 'C16.900', principal: true }] }, addItems: [gastroscopy, { code: PATHOLOGY, day: 1 }, IHC] }).stay.careWithoutObject).toBeNull();
  });
});

describe('care-objects.json is checked at load', () => {
  it('a row with neither presentWith nor endedBy fails, naming the file and row', () => {
    const dir = tempDir('care-objects-');
    const file = join(dir, 'care-objects.json');
    writeFileSync(file, JSON.stringify({ note: '', rows: [{ name: '换药', object: '伤口', codes: ['X'], source: 'test' }] }));
    expect(() => loadCareObjects(file)).toThrow(`${file} row 0: presentWith or endedBy: one is required`);
    writeFileSync(file, JSON.stringify({ note: '', rows: [{ name: '换药', object: '伤口', codes: ['X'], presentWith: { diagnozes: ['S'] }, source: 'test' }] }));
    expect(() => loadCareObjects(file)).toThrow(/rows\.0\.presentWith/);
    writeFileSync(file, JSON.stringify({ note: '', rows: [{ name: '病理', object: '标本', presentWith: { procedures: ['45'] }, source: 'test' }] }));
    expect(() => loadCareObjects(file)).toThrow(`${file} row 0: codes or named: one is required`);
  });
});
