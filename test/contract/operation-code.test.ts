import { isOperationCode } from '../../src/contract/code-prefix';

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
