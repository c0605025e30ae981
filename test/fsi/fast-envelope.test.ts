import { z } from 'zod';
import { diagnoseSchema, encounterSchema, operationSchema, orderSchema, patientSchema, request3101Schema } from '../../src/ingest/fsi/envelope';
import { checkField, DATA, DIAGNOSE, ENCOUNTER, fastParse3101, INPUT, OPERATION, ORDER, PATIENT, REQUEST_3101, type ObjectLayout } from '../../src/ingest/fsi/fast-envelope';
import { make3101, order, PROGESTERONE } from '../helpers/fsi';
import { makeRng } from '../../src/generate/random';

// The fast 3101 parser must accept only what the zod schema accepts, with the same output. Held together two
// ways: field by field (same keys, order, optionality, and the same answer to every probe value), and whole
// messages, valid and randomly broken.

const dataSchema = (request3101Schema.shape.input as z.ZodObject).shape.data as z.ZodObject;
const PAIRS: [string, z.ZodObject, ObjectLayout][] = [
  ['request', request3101Schema, REQUEST_3101],
  ['input', request3101Schema.shape.input as z.ZodObject, INPUT],
  ['data', dataSchema, DATA],
  ['patient', patientSchema, PATIENT],
  ['encounter', encounterSchema, ENCOUNTER],
  ['order', orderSchema, ORDER],
  ['diagnose', diagnoseSchema, DIAGNOSE],
  ['operation', operationSchema, OPERATION],
];

const PROBES: unknown[] = [
  'x', '', '3101', '12', '-1.5', '1.', '.5', '01', '1e3', ' 1', 'abc', '2025-03-04', '2025-03-04 10:30', '2025-03-04T10:30:00.5',
  '2025-03-04 10', '2025-3-4', '2025-03-04Z', 0, 12, -1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, null, true, undefined, [], ['a'], [1], [''], {}, { a: 1 },
];

const fastAnswer = (kind: ObjectLayout[number][1], optional: boolean, v: unknown) => {
  if (v === undefined && optional) return { ok: true, value: undefined };
  const out = checkField(kind, v);
  return typeof out === 'symbol' ? { ok: false } : { ok: true, value: out };
};

describe('fast 3101 parser against the zod schema', () => {
  it.each(PAIRS)('%s: same keys, order and optionality, same answer to every probe', (_name, schema, layout) => {
    expect(layout.map((f) => f[0])).toEqual(Object.keys(schema.shape));
    for (const [name, kind, optional] of layout) {
      const field = schema.shape[name] as z.ZodType;
      expect([name, field.safeParse(undefined).success]).toEqual([name, optional]);
      if (schema === request3101Schema && name === 'infno') continue; // its "3101" check is fastParse3101's
      for (const probe of PROBES) {
        const z = field.safeParse(probe);
        const f = fastAnswer(kind, optional, probe);
        expect([name, probe, f.ok]).toEqual([name, probe, z.success]);
        if (z.success) expect(f.value).toStrictEqual(z.data);
      }
    }
  });

  const same = (msg: unknown) => {
    const fast = fastParse3101(msg);
    const slow = request3101Schema.safeParse(msg);
    if (fast) {
      expect(slow.success).toBe(true);
      expect(fast).toStrictEqual(slow.data);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data)); // key order too
    }
    return { fast, slow };
  };

  it('parses the messages hospitals send on the fast path, exactly as zod does', () => {
    const variants = [
      make3101(),
      make3101({ medType: '11', orders: 3, trigScen: '6' }),
      make3101({ dscgDate: null, hifpPayamt: 1234.5, gend: '2', insutype: '390', extraOrders: [PROGESTERONE] }),
      make3101({ orders: 0 }),
    ];
    const numeric = make3101();
    const enc = numeric.input.data.patient_dtos[0].fsi_encounter_dtos[0];
    Object.assign(numeric, { infno: 3101, mdtrtarea_admvs: 510100 });
    Object.assign(enc, { medins_lv: 3, med_type: 21, insutype: 310, medfee_sumamt: String(enc.medfee_sumamt), adm_date: '2025-03-04T09:15' });
    enc.fsi_order_dtos = [order('7', { hilist_code: 'S1', hilist_name: 'n', hilist_type: '201', pric: 2 }, '2025-03-05')].map((o) => ({ ...o, rx_id: 7, hilist_type: 201, cnt: '3', pric: '2.00', sumamt: '6' }));
    enc.fsi_diagnose_dtos[0].dias_srt_no = '1';
    numeric.input.data.patient_dtos[0].fsi_encounter_dtos.push({ ...enc, mdtrt_id: 'OTHER', vendor_extra: { nested: [1, 2] } });
    for (const msg of [...variants, numeric]) expect(same(msg).fast).not.toBeNull();
  });

  it('leaves every broken message to zod (fuzzed: values swapped, fields dropped or added)', () => {
    const rng = makeRng('fast-envelope');
    const rnd = () => rng.next();
    const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      v && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
    let fallbacks = 0;
    for (let n = 0; n < 600; n++) {
      const msg = make3101({ orders: 3, extraOrders: [PROGESTERONE] }) as Record<string, unknown>;
      for (let m = 0; m < 1 + Math.floor(rnd() * 3); m++) {
        const all = paths(msg).filter((p) => p.length);
        const path = all[Math.floor(rnd() * all.length)];
        const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], msg);
        const key = path[path.length - 1];
        const r = rnd();
        if (r < 0.2) delete parent[key];
        else if (r < 0.3 && !Array.isArray(parent)) parent[`x_${n}`] = PROBES[Math.floor(rnd() * PROBES.length)];
        else parent[key] = PROBES[Math.floor(rnd() * PROBES.length)];
      }
      const { fast, slow } = same(msg);
      if (!slow.success) {
        expect(fast).toBeNull();
        fallbacks += 1;
      }
    }
    expect(fallbacks).toBeGreaterThan(100); // the fuzz does break messages
  });

  it('refuses anything but 3101 and non-objects', () => {
    expect(fastParse3101({ ...make3101(), infno: '3103' })).toBeNull();
    expect(fastParse3101([make3101()])).toBeNull();
    expect(fastParse3101(undefined)).toBeNull();
    expect(fastParse3101(JSON.parse('{"__proto__": {"x": 1}, "infno": "3101"}'))).toBeNull();
  });
});
