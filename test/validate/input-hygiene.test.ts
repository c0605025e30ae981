import type { z } from 'zod';
import { claimSchema } from '../../src/contract/claim';
import { validateClaim } from '../../src/validate/validate-claim';
import { fastParseClaim } from '../../src/validate/fast-claim';
import { makeClaim } from '../helpers/fixtures';

// Identifiers and names holding control characters, bidi controls or lone surrogates are refused, naming the
// field (issue 18 point 8), by the schema and by the fast path alike (which then leaves the input to zod).
// The fields are every string of the claim schema, found by walking it, so a string field added later without
// the check fails here (and one the full claim below lacks fails until it is added there).

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

type Leaf = { path: string; freeText: boolean };

/** Every string leaf of a schema, as field paths (array elements as [0]); free text = no pattern to match. */
function stringLeaves(schema: z.core.$ZodType, path: string): Leaf[] {
  const def = schema._zod.def as any;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([k, s]) => stringLeaves(s, path ? `${path}.${k}` : k));
    case 'optional':
    case 'nullable':
      return stringLeaves(def.innerType, path);
    case 'array':
      return stringLeaves(def.element, `${path}[0]`);
    case 'string': {
      const formats = ((def.checks ?? []) as any[]).map((c) => c._zod.def.format);
      return [{ path, freeText: !formats.includes('regex') }];
    }
    default:
      return [];
  }
}

/** A valid claim with every optional string of the contract present. */
function fullClaim(): Record<string, any> {
  const c = JSON.parse(JSON.stringify(makeClaim())) as Record<string, any>;
  c.patient.name = '张三丰';
  c.patient.idNumber = '510104195806120011';
  c.enrollment.chronicDiseases = ['I10'];
  c.visitDate = c.admissionDate;
  c.admissionRoute = 'transfer';
  c.transferFromHospitalId = 'H510100002';
  c.insuredRegion = '510700';
  c.reportedGroup = { drg: 'BR25', dip: 'I63.9-手术' };
  return c;
}

function setPath(c: Record<string, any>, path: string, v: string): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o = c;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = v;
}
const getPath = (c: Record<string, any>, path: string): unknown =>
  path.replace(/\[(\d+)\]/g, '.$1').split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), c);

const LEAVES = stringLeaves(claimSchema, '');

describe('input hygiene: identifiers and names', () => {
  it('the walk finds every identifier and name of the contract', () => {
    const free = LEAVES.filter((l) => l.freeText).map((l) => l.path);
    expect(free.sort()).toEqual(
      [
        'claimId', 'patient.insuredId', 'patient.name', 'patient.idNumber', 'provider.hospitalId', 'provider.department',
        'provider.doctorId', 'transferFromHospitalId', 'reportedGroup.drg', 'reportedGroup.dip', 'items[0].lineId',
        'items[0].code', 'items[0].name',
      ].sort(),
    );
  });

  it('a full clean claim, with Chinese names and an astral character, passes both ways and holds every string field', () => {
    const c = fullClaim();
    c.patient.name = '张𠀀丰';
    expect(validateClaim(c)).toMatchObject({ ok: true });
    expect(fastParseClaim(c)).toBeDefined();
    for (const { path } of LEAVES) expect([path, typeof getPath(c, path)]).toEqual([path, 'string']);
  });

  for (const { path, freeText } of LEAVES) {
    it.each(BAD)(`${path} holding %s is refused by the fast path and the schema, naming the field`, (_what, bad) => {
      const c = fullClaim();
      setPath(c, path, bad);
      expect(fastParseClaim(c)).toBeUndefined();
      const v = validateClaim(c);
      expect(v.ok).toBe(false);
      const message = freeText ? expect.stringMatching(/control characters/) : expect.any(String);
      if (!v.ok) expect(v.errors).toContainEqual({ path, message });
    });
  }
});
