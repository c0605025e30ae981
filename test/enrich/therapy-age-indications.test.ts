import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// therapy-indications.json ageIndications: diagnoses that call for a therapy at some ages only — MMSE for any mental
// disorder from 60 years (minAgeYears), 运动疗法 for global developmental delay up to 6 years (maxAgeYears); both
// bounds include the age itself (以上/以下, Civil Code art. 1259).

const MMSE = '003115010020005';
const EXERCISE = '001218000010001';
const unsupported = (birthDate: string, diagnosis: string, code: string) => {
  const e: RuleExample = { set: { 'patient.birthDate': birthDate, diagnoses: [{ code: diagnosis, principal: true }] }, addItems: [{ code }] };
  return enrichExample(e).facts.stay.therapyUnsupported;
};

describe('age-bounded therapy indications', () => {
  it('takes a depression as MMSE\'s reason from 60 years, not in a young adult', () => {
    expect(unsupported('1950-01-01', 'F32.100', MMSE)).toBeNull();
    const young = unsupported('1995-01-01', 'F32.100', MMSE);
    expect(young?.groups).toContain('MMSE');
    expect(young?.expected).toContain('60岁及以上另有');
  });

  it('takes developmental delay as 运动疗法\'s reason up to 6 years, not in an older child', () => {
    expect(unsupported('2021-06-01', 'F88.x00', EXERCISE)).toBeNull();
    const older = unsupported('2012-06-01', 'F88.x00', EXERCISE);
    expect(older?.groups).toContain('运动疗法');
    expect(older?.expected).toContain('6岁以下另有');
  });

  it('counts both bounds in (以上/以下): 60 on the day of admission, and 6 until the seventh birthday', () => {
    // The base stay is admitted 2025-03-04.
    expect(unsupported('1965-03-04', 'F32.100', MMSE)).toBeNull();
    expect(unsupported('1965-03-05', 'F32.100', MMSE)).not.toBeNull();
    expect(unsupported('2018-03-05', 'F88.x00', EXERCISE)).toBeNull();
    expect(unsupported('2018-03-04', 'F88.x00', EXERCISE)).not.toBeNull();
  });
});
