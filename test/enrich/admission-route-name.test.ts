import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// Evidence an investigator reads shows 入院途径 in Chinese (admissionRouteName), not the contract's English value.

const facts = (e: RuleExample) => enrichExample(e).facts;

describe('admissionRouteName fact', () => {
  it('names the settlement list route in Chinese, null when the claim does not say', () => {
    expect(facts({ set: { admissionRoute: 'outpatient' } }).admissionRouteName).toBe('门诊');
    expect(facts({ set: { admissionRoute: 'emergency' } }).admissionRouteName).toBe('急诊');
    expect(facts({ set: { admissionRoute: 'transfer' } }).admissionRouteName).toBe('其他医疗机构转入');
    expect(facts({}).admissionRouteName).toBeNull();
  });
});
