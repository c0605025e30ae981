import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 过度康复 (stay-content.json lowIntensity.minorInjuryRehabilitation): a rehabilitation stay whose only injuries are
// sprains, contusions or superficial ones rehabilitated nothing that needed a bed; a fracture, a cord injury, an
// operation or close care keeps it unjudged.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const NURSING_II = '001201000030001';
const NURSING_I = '001201000020001';
const days = (nursing: string) =>
  [0, 1, 2, 3, 4].flatMap((day) => ['001105000010001', nursing, '001103000010001', '001218000010001', '001216000010001'].map((code) => ({ code, day })));
const stay = (codes: string[], procedures = ['93.1100'], nursing = NURSING_II, extra: RuleExample['addItems'] = []): RuleExample => ({
  set: {
    'provider.department': 'rehabilitation', items: [], diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })),
    procedures: procedures.map((code) => ({ code })),
  },
  addItems: [...days(nursing), ...(extra ?? [])],
});

describe('minor injury rehabilitation stay', () => {
  it('names the sprain or contusion that was all the stay rehabilitated', () => {
    expect(lowIntensity(stay(['Z50.100x001', 'S93.400', 'W01.x00']))?.content).toContain('S93.400');
    expect(lowIntensity(stay(['Z50.100x001', 'S13.401']))?.content).toContain('扭伤、挫伤或浅表损伤');
    expect(lowIntensity(stay(['Z50.100x001', 'S80.000']))).not.toBeNull();
  });

  it('is quiet with a fracture, a cord injury or a ligament tear coded, an operation, close care, or no injury', () => {
    expect(lowIntensity(stay(['Z50.100x001', 'S52.500x001']))).toBeNull();
    expect(lowIntensity(stay(['Z50.100x001', 'S32.000x011', 'S34.100']))).toBeNull();
    expect(lowIntensity(stay(['Z50.100x001', 'S83.500x011', 'S83.600']))).toBeNull();
    expect(lowIntensity(stay(['Z50.100x001', 'S93.400'], ['93.1100', '79.3600']))).toBeNull();
    expect(lowIntensity(stay(['Z50.100x001', 'S93.400'], ['93.1100'], NURSING_I))).toBeNull();
    expect(lowIntensity(stay(['Z50.100x001']))).toBeNull();
  });
});
