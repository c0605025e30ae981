import { join } from 'node:path';
import { isOperationCode, OPERATIONS, underAny, withOperations } from '../../src/contract/code-prefix';
import { loadKnowledge } from '../../src/enrich/knowledge';

// One reading of "an operation" for the coded procedures (review 30 item 12): ICD-9-CM-3 chapters 00–86 are
// operations; 87–99 are imaging and non-operative procedures (a transfusion, an injection) that send no tissue and
// call for no blood.
describe('isOperationCode', () => {
  it('takes chapters 00–86 as operations', () => {
    for (const code of ['00.6000', '01.3101', '47.0100', '51.2300', '86.0700', '86.2200x011']) expect(isOperationCode(code)).toBe(true);
  });
  it('leaves 87–99 out', () => {
    for (const code of ['87.4100', '88.5500', '96.7200', '99.0401', '99.2501']) expect(isOperationCode(code)).toBe(false);
  });
});

// The tables name the same operations `"operations"` (review 31: three tables wrote the list out by hand, one text
// saying 01–86): written out, the prefixes read a code exactly as isOperationCode does.
describe('withOperations', () => {
  const sample = ['00.0100', '00.7000x001', '09.1100', '10.0100', '79.3500', '80.2600', '86.0700', '87.0300', '88.5500', '99.2501', '35.2100'];
  it('writes "operations" out as the prefixes of isOperationCode, keeping the other prefixes', () => {
    const prefixes = withOperations([OPERATIONS, '99.2501']);
    for (const code of sample) expect([code, underAny(code, prefixes)]).toEqual([code, isOperationCode(code) || code === '99.2501']);
    expect(withOperations(['36', '45.2'])).toEqual(['36', '45.2']);
  });
  it('is what the red-cell, haemostat and specimen rows read', () => {
    const k = loadKnowledge(join(__dirname, '../../rules/knowledge'));
    const redCells = k.consistency.get('002600000010001')!;
    expect(underAny('00.7000', redCells.procedures) && underAny('86.0700', redCells.procedures) && !underAny('87.0300', redCells.procedures)).toBe(true);
    expect(k.implants.get('C14100150100001761320000001')!.procedures).toEqual(withOperations([OPERATIONS, '99.2501', '99.2500x017']));
    // A specimen: an operation that can yield tissue — a hip revision 00.70, a colectomy 45.7 — not chapter 00's drug codes or a coronary stent.
    const specimen = k.careObjects!.rows.find((r) => r.name === '病理检查')!.presentWith!;
    const shows = (code: string) => underAny(code, specimen.procedures) && !underAny(code, specimen.notProcedures);
    expect(['00.7000', '45.7300', '37.2400', '00.1000', '36.0600', '87.0300'].map(shows)).toEqual([true, true, true, false, false, false]);
  });
});
