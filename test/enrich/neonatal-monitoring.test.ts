import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Bedside monitoring of newborns (item-consistency.json): continuous ECG/SpO2 monitoring needs an indication — a
// coded condition of the newborn (prematurity, respiratory distress, sepsis…) or phototherapy that day — not the
// infant's age; and phototherapy needs a bilirubin measured on its day or a day either side (新生儿高胆红素血症诊断和
// 治疗专家共识 2014), the admission day excepted.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const SPO2 = '001210000010001';
const ECG = '001209000010001';
const PHOTO = '003112010010001';
const TBIL = '002502010040001';

type Add = { code: string; day: number; quantity?: number; name?: string; category?: string; unitPrice?: number };

/** The lines catalogue.item-context-unsupported flags on a newborn's stay admitted 2025-03-04 at 3 days old: [name, day]. */
async function flagged(principal: string, addItems: Add[]): Promise<[string, number][]> {
  const example = {
    set: {
      'patient.birthDate': '2025-03-01',
      'provider.department': 'neonatology',
      diagnoses: [{ code: principal, principal: true }],
      'items[2].code': '002202010010001',
      'items[2].name': '胸部X线摄影(正侧位)',
    },
    addItems,
  };
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const facts = enrichClaim(checked.claim, ruleset.refs);
  const hits = (await ruleset.evaluate(facts)).filter((h) => h.ruleId === 'catalogue.item-context-unsupported');
  const named = hits.map((h): [string, number] => [String(h.evidence?.['项目']), Number(h.evidence?.['住院第几天'])]);
  return named.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

const each = (code: string, days: number[], quantity = 24): Add[] => days.map((day) => ({ code, day, quantity }));

describe('monitoring of newborns', () => {
  it('judges monitoring of a jaundiced term newborn by its days: the first two and phototherapy days pass, later days with neither are named', async () => {
    const hits = await flagged('P59.901', [...each(TBIL, [0, 1], 1), ...each(PHOTO, [0, 1, 2]), ...each(ECG, [0, 1, 2, 3, 4]), ...each(SPO2, [3])]);
    expect(hits).toHaveLength(3);
    expect(hits).toEqual(expect.arrayContaining([['心电监测', 3], ['血氧饱和度监测', 3], ['心电监测', 4]]));
  });

  it.each([['P07.100', 'preterm'], ['P36.900', 'sepsis'], ['P22.000', 'respiratory distress'], ['P55.100', 'ABO haemolytic disease']])(
    'leaves monitoring every day alone with %s (%s) coded',
    async (code) => {
      expect(await flagged(code, [...each(ECG, [0, 1, 2, 3, 4, 5]), ...each(SPO2, [0, 1, 2, 3, 4, 5])])).toEqual([]);
    },
  );
});

describe('phototherapy and its bilirubin', () => {
  it('names the phototherapy days with no bilirubin that day or a day either side, not the admission day', async () => {
    const hits = await flagged('P59.901', [...each(TBIL, [0], 1), ...each(PHOTO, [0, 1, 2, 3, 4, 5])]);
    expect(hits).toEqual([['新生儿蓝光治疗', 2], ['新生儿蓝光治疗', 3], ['新生儿蓝光治疗', 4], ['新生儿蓝光治疗', 5]]);
  });

  it('counts a bilirubin under a local code by its name, and 肝功能 (which measures it)', async () => {
    const tcb = (day: number): Add => ({ code: '250307999', name: '经皮胆红素测定', category: 'service', unitPrice: 10, day });
    expect(await flagged('P59.901', [tcb(1), tcb(3), { code: '002502010010001', day: 5 }, ...each(PHOTO, [0, 1, 2, 3, 4, 5])])).toEqual([]);
  });

  it('severe jaundice with bilirubin twice daily, continuous phototherapy and monitoring: nothing named', async () => {
    const days = [0, 1, 2, 3, 4, 5];
    expect(await flagged('P59.901', [...each(TBIL, days, 2), ...each(PHOTO, days), ...each(ECG, days), ...each(SPO2, days)])).toEqual([]);
  });
});
