import { buildClaim, hitOf, judge } from '../helpers/shipped-rules';

// catalogue.item-outside-stay and 急诊留观转住院: an emergency admission's bill may carry the observation it came from
// (limits.json emergencyObservation: lines from an emergency consultation at most 3 days before the admission).

const CONSULT = '001102000050001';
const ECG = '001209000010001';
const PARACETAMOL = 'XN02BED510A001010164042';
const stay = (route: string, observationDay: number, withConsult = true) =>
  buildClaim({
    set: { admissionRoute: route },
    addItems: [...(withConsult ? [{ code: CONSULT, day: observationDay }] : []), { code: ECG, day: observationDay, quantity: 8 }, { code: PARACETAMOL, day: -1, quantity: 3 }],
  } as never);

describe('the emergency observation carried on the stay it turned into', () => {
  it('leaves the observation’s lines of the day before an emergency admission alone', async () => {
    expect(hitOf(await judge(stay('emergency', -1)), 'catalogue.item-outside-stay')).toBeUndefined();
    expect(hitOf(await judge(stay('emergency', -3)), 'catalogue.item-outside-stay')).toBeUndefined();
  });

  it('still flags them on a planned admission, with no emergency consultation, or beyond the 72 hours', async () => {
    expect(hitOf(await judge(stay('outpatient', -1)), 'catalogue.item-outside-stay')?.lineIds).toHaveLength(3);
    expect(hitOf(await judge(stay('emergency', -1, false)), 'catalogue.item-outside-stay')?.lineIds).toHaveLength(2);
    expect(hitOf(await judge(stay('emergency', -4)), 'catalogue.item-outside-stay')?.lineIds).toHaveLength(3);
  });
});
