import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSerialTests, markSerialTests } from '../../src/enrich/serial-tests';
import type { ItemFacts } from '../../src/enrich/item-fact-types';
import { tempDir } from '../helpers/temp-dir';

// A test with rows for two conditions: the largest daily most of the rows that apply (serial-tests.json).
const E = '002502030010001';
const dir = tempDir('serial-');
const path = join(dir, 'serial-tests.json');
writeFileSync(path, JSON.stringify({ note: 'test', rows: [
  { name: 'disturbance', codes: [E], diagnoses: ['E87'], source: 's' },
  { name: 'hyponatraemia', codes: [E], diagnoses: ['E87.1'], maxPerDay: 4, firstDays: 2, source: 's' },
] }));
const table = loadSerialTests(path);
const line = (dayIndex: number, quantityOnDay: number) =>
  ({ code: E, catalogue: { code: E, maxPerDay: 2 }, dayIndex, quantityOnDay } as unknown as ItemFacts);

describe('serial tests with rows of several conditions', () => {
  it('keeps both rows of one code', () => expect(table.get(E)).toHaveLength(2));
  it('a hyponatraemia\'s third panel on day 0 is explained; on day 2 the catalogue\'s 2 holds', () => {
    const items = [line(0, 3), line(2, 3), line(2, 2)];
    markSerialTests(items, ['E87.102'], [], table);
    expect(items.map((i) => i.repeatExplained === true)).toEqual([true, false, true]);
  });
  it('a hypokalaemia gets the catalogue\'s 2 only', () => {
    const items = [line(0, 3), line(0, 2)];
    markSerialTests(items, ['E87.600'], [], table);
    expect(items.map((i) => i.repeatExplained === true)).toEqual([false, true]);
  });
});

// The sample draw of a serial test (draws): one arterial puncture for each blood gas the condition explains.
const G = '002502090010001';
const P = '001204000090001';
const drawPath = join(dir, 'serial-draws.json');
writeFileSync(drawPath, JSON.stringify({ note: 'test', rows: [{ name: 'gas', codes: [G], diagnoses: ['J96'], draws: [P], source: 's' }] }));
const drawTable = loadSerialTests(drawPath);
const at = (code: string, date: string, quantityOnDay: number) =>
  ({ code, catalogue: { code, maxPerDay: 4 }, date, dayIndex: 0, quantityOnDay } as unknown as ItemFacts);

describe('sample draws of serial tests', () => {
  it('two punctures beside two blood gases of a respiratory failure are the two samples', () => {
    const items = [at(G, '2025-01-14', 2), at(G, '2025-01-14', 2), at(P, '2025-01-14', 2), at(P, '2025-01-14', 2)];
    markSerialTests(items, ['J96.900x003'], [], drawTable);
    expect(items.map((i) => i.repeatExplained === true)).toEqual([true, true, true, true]);
  });
  it('a second puncture beside one blood gas, or with no condition calling for the gas again, stays a duplicate', () => {
    const one = [at(G, '2025-01-14', 1), at(P, '2025-01-14', 2), at(P, '2025-01-14', 2)];
    markSerialTests(one, ['J96.900x003'], [], drawTable);
    expect(one.map((i) => i.repeatExplained === true)).toEqual([true, false, false]);
    const pneumonia = [at(G, '2025-01-14', 2), at(P, '2025-01-14', 2)];
    markSerialTests(pneumonia, ['J18.900'], [], drawTable);
    expect(pneumonia.map((i) => i.repeatExplained === true)).toEqual([false, false]);
  });
});

// A treatment that calls for the test on its own day (sameDayCodes): lactate on a day a vasopressor holds up the circulation.
const LAC = '002502090020001';
const NE = 'XC01CAQ502B002';
const vasoPath = join(dir, 'serial-vaso.json');
writeFileSync(vasoPath, JSON.stringify({ note: 'test', rows: [{ name: 'lactate', codes: [LAC], sameDayCodes: [NE], source: 's' }] }));
const vasoTable = loadSerialTests(vasoPath);
const drug = (date: string) => ({ code: `${NE}010155292`, catalogue: { code: NE }, date, dayIndex: 0, quantityOnDay: 4 } as unknown as ItemFacts);

describe('serial tests called for by a same-day treatment', () => {
  it('two lactates on the norepinephrine day are explained, whatever the coding', () => {
    const items = [drug('2025-01-14'), at(LAC, '2025-01-14', 3), at(LAC, '2025-01-14', 3)];
    markSerialTests(items, ['J96.000'], [], vasoTable);
    expect(items.slice(1).map((i) => i.repeatExplained === true)).toEqual([true, true]);
  });
  it('two lactates the day after the last norepinephrine stay a duplicate', () => {
    const items = [drug('2025-01-14'), at(LAC, '2025-01-15', 2), at(LAC, '2025-01-15', 2)];
    markSerialTests(items, ['J96.000'], [], vasoTable);
    expect(items.slice(1).map((i) => i.repeatExplained === true)).toEqual([false, false]);
  });
});
