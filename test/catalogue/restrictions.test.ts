import { join } from 'node:path';
import { loadConditions } from '../../src/catalogue/import-catalogue';
import { CHILD_MAX_AGE, parseRemark, type Restriction, restrictionFields } from '../../src/catalogue/restrictions';

const conditions = loadConditions(join(__dirname, '../../rules'));

// Real-style 备注 phrasings as the national and provincial catalogues write them.
const table: [string, 'full' | 'partial' | 'none', Restriction[]][] = [
  ['限儿童', 'full', [{ kind: 'age', max: CHILD_MAX_AGE }]],
  ['限6岁以下儿童', 'full', [{ kind: 'age', max: 6 }]],
  ['限18岁以上患者', 'full', [{ kind: 'age', min: 18 }]],
  ['限60周岁及以上', 'full', [{ kind: 'age', min: 60 }]],
  ['限十四岁以下', 'full', [{ kind: 'age', max: 14 }]],
  ['限2-12岁儿童', 'full', [{ kind: 'age', min: 2, max: 12 }]],
  ['限二级及以上医疗机构', 'full', [{ kind: 'level', min: 2 }]],
  ['限二级以上医疗机构使用', 'full', [{ kind: 'level', min: 2 }]],
  ['限三级医疗机构', 'full', [{ kind: 'level', min: 3 }]],
  ['限门诊', 'full', [{ kind: 'setting', setting: 'outpatient' }]],
  ['限住院患者', 'full', [{ kind: 'setting', setting: 'inpatient' }]],
  ['限二级及以上医疗机构住院患者', 'full', [{ kind: 'level', min: 2 }, { kind: 'setting', setting: 'inpatient' }]],
  ['限工伤保险', 'full', [{ kind: 'scheme', scheme: '工伤保险' }]],
  ['限生育保险', 'full', [{ kind: 'scheme', scheme: '生育保险' }]],
  ['限女性', 'full', [{ kind: 'gender', gender: 'F' }]],
  ['限痛风患者', 'full', [{ kind: 'indication', condition: '痛风', icd: ['M10'] }]],
  ['限诊断明确的类风湿关节炎患者', 'full', [{ kind: 'indication', condition: '类风湿关节炎', icd: ['M05', 'M06'] }]],
  ['限类风湿关节炎、强直性脊柱炎患者', 'full', [
    { kind: 'indication', condition: '类风湿关节炎', icd: ['M05', 'M06'] },
    { kind: 'indication', condition: '强直性脊柱炎', icd: ['M45'] },
  ]],
  ['限高血压或糖尿病患者', 'full', [
    { kind: 'indication', condition: '高血压', icd: ['I10', 'I11', 'I12', 'I13', 'I15'] },
    { kind: 'indication', condition: '糖尿病', icd: ['E10', 'E11', 'E12', 'E13', 'E14'] },
  ]],
  ['限14天', 'full', [{ kind: 'days', max: 14 }]],
  ['支付不超过7天', 'full', [{ kind: 'days', max: 7 }]],
  ['限使用十天', 'full', [{ kind: 'days', max: 10 }]],
  ['限3个疗程', 'full', [{ kind: 'courses', max: 3 }]],
  ['限6个周期', 'full', [{ kind: 'cycles', max: 6 }]],
  ['限二线用药', 'full', [{ kind: 'line', line: 2 }]],
  ['限一线治疗失败后', 'full', [{ kind: 'line', line: 2 }]],
  ['限儿童；限门诊', 'full', [{ kind: 'age', max: CHILD_MAX_AGE }, { kind: 'setting', setting: 'outpatient' }]],
  ['限二线用药；限重症感染患者', 'partial', [{ kind: 'line', line: 2 }]],
  ['限以下情况方可支付：HER2阳性的乳腺癌患者；限二级及以上医疗机构', 'partial', [{ kind: 'level', min: 2 }]],
  ['限流感重症高危人群及重症患者的抗流感病毒治疗', 'none', []],
  ['限抢救、重症或因肝硬化、癌症引起胸腹水的患者，且白蛋白低于30g/L', 'none', []],
  ['限急救抢救', 'none', []],
];

describe('限定支付范围 parsing', () => {
  it.each(table)('%s → %s', (text, coverage, restrictions) => {
    const parsed = parseRemark(text, conditions);
    expect(parsed).not.toBeNull();
    expect(parsed!.coverage).toBe(coverage);
    expect(parsed!.restrictions).toEqual(restrictions);
    expect(parsed!.text).toBe(text);
    if (coverage !== 'full') expect(parsed!.unparsed.length).toBeGreaterThan(0);
  });

  it('an empty 备注 is no restriction, not an unparsed one', () => {
    expect(parseRemark('', conditions)).toBeNull();
    expect(parseRemark('   ', conditions)).toBeNull();
  });

  it('a condition missing from the mapping leaves the clause unparsed rather than guessing', () => {
    expect(parseRemark('限不存在的病患者', conditions)!.coverage).toBe('none');
  });

  it('以上/以下 include the number itself; several restrictions combine into the entry fields', () => {
    const f = restrictionFields(parseRemark('限18岁以上；限60岁以下；限二级及以上医疗机构；限住院；限14天', conditions)!.restrictions);
    expect(f).toEqual({ ageMin: 18, ageMax: 60, minLevel: 2, setting: 'inpatient', maxDays: 14 });
  });
});
