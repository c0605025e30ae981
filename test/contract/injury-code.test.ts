import { injuryRegion, isExternalCause } from '../../src/contract/injury-code';

describe('injury and external-cause codes (ICD-10 chapters 19 and 20)', () => {
  it('an external cause is a chapter 20 code V01–Y98, not an injury, a Z code or a letter alone', () => {
    for (const c of ['V43.500', 'W01.x00', 'X59.x00', 'Y04.x00', 'Y90.700']) expect(isExternalCause(c)).toBe(true);
    for (const c of ['S52.500x001', 'T07.x00', 'Z04.100', 'U07.100', 'V', 'I10.x00']) expect(isExternalCause(c)).toBe(false);
  });

  it('an injury region is the S block (S0 head … S9 ankle and foot) or the T category; null for anything else', () => {
    expect(injuryRegion('S52.500x001')).toBe('S5');
    expect(injuryRegion('S56.300')).toBe(injuryRegion('S52.500'));
    expect(injuryRegion('S62.600')).not.toBe(injuryRegion('S52.500'));
    expect(injuryRegion('T01.200')).toBe('T01');
    expect(injuryRegion('W54.x00')).toBeNull();
    expect(injuryRegion('M54.500')).toBeNull();
  });
});
