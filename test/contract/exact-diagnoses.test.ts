import { diagnosisIn, exactDiagnoses } from '../../src/contract/exact-diagnoses';

// One field and one matcher for the codes item-consistency.json and history/billing-frequency.json match whole.
describe('exactDiagnoses', () => {
  it('matches a whole code exactly, not its extension codes, beside the prefixes', () => {
    expect(diagnosisIn('Z51.500', [], ['Z51.500'])).toBe(true);
    expect(diagnosisIn('Z51.500x002', [], ['Z51.500'])).toBe(false);
    expect(diagnosisIn('K03.601', ['K03.601'], ['K03.600'])).toBe(true);
    expect(diagnosisIn('K03.600x001', ['K03.601'], ['K03.600'])).toBe(false);
    expect(diagnosisIn('K05.30', ['K05.3'], [])).toBe(true);
  });
  it('reads an absent field as none and refuses a prefix where a whole code belongs', () => {
    expect(exactDiagnoses.parse(undefined)).toEqual([]);
    expect(exactDiagnoses.parse(['Z51.500x001', 'K03.600'])).toEqual(['Z51.500x001', 'K03.600']);
    expect(exactDiagnoses.safeParse(['Z51']).success).toBe(false);
    expect(exactDiagnoses.safeParse(['Z51.500x1']).success).toBe(false);
  });
});
