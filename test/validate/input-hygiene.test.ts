import { validateClaim } from '../../src/validate/validate-claim';
import { fastParseClaim } from '../../src/validate/fast-claim';
import { makeClaim } from '../helpers/fixtures';

// Identifiers and names holding control characters, bidi controls or lone surrogates are refused, naming the
// field (issue 18 point 8), by the schema and by the fast path alike (which then leaves the input to zod).

const BAD: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['ESC', 'a\u001b[31mb'],
  ['LF', 'a\nb'],
  ['CR', 'a\rb'],
  ['DEL', 'a\u007fb'],
  ['RLO (U+202E)', 'a\u202eb'],
  ['LRE (U+202A)', '\u202aab'],
  ['FSI (U+2068)', 'ab\u2068'],
  ['PDI (U+2069)', 'a\u2069b'],
  ['lone high surrogate', `a${String.fromCharCode(0xd83d)}b`],
  ['lone low surrogate', `a${String.fromCharCode(0xde00)}b`],
];

type Setter = [string, (c: Record<string, any>, v: string) => void];
const FIELDS: Setter[] = [
  ['claimId', (c, v) => (c.claimId = v)],
  ['patient.insuredId', (c, v) => (c.patient.insuredId = v)],
  ['patient.name', (c, v) => (c.patient.name = v)],
  ['patient.idNumber', (c, v) => (c.patient.idNumber = v)],
  ['provider.hospitalId', (c, v) => (c.provider.hospitalId = v)],
  ['provider.department', (c, v) => (c.provider.department = v)],
  ['provider.doctorId', (c, v) => (c.provider.doctorId = v)],
  ['items[1].lineId', (c, v) => (c.items[1].lineId = v)],
  ['items[1].code', (c, v) => (c.items[1].code = v)],
  ['items[1].name', (c, v) => (c.items[1].name = v)],
];

describe('input hygiene: identifiers and names', () => {
  it('a clean claim, with Chinese names and an astral character, passes both ways', () => {
    const c = makeClaim() as Record<string, any>;
    c.patient.name = '张𠀀丰';
    expect(validateClaim(c).ok).toBe(true);
    expect(fastParseClaim(c)).toBeDefined();
  });

  for (const [field, set] of FIELDS) {
    it.each(BAD)(`${field} holding %s is refused, naming the field`, (_what, bad) => {
      const c = JSON.parse(JSON.stringify(makeClaim())) as Record<string, any>;
      set(c, bad);
      expect(fastParseClaim(c)).toBeUndefined();
      const v = validateClaim(c);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.errors).toContainEqual({ path: field, message: expect.stringMatching(/control characters/) });
    });
  }
});
