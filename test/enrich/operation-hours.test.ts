import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { operationHoursOnDay } from '../../src/enrich/operation-hours';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Hours of general anaesthesia beyond what the day's short operations take (item-consistency.json operationHours,
// read below the 5-hour row's threshold): catalogue.hours-unsupported names the anaesthesia line.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const GA = '003301010010001';
const LAP_APPENDIX = '003302010010001';
const TONSILS = '003304020010001';
const SEPTUM = '003304070010001';
const ADENOIDS = '003304020030001';
const HERNIA = '003302030010001';

async function hoursFlag(example: object): Promise<string | null> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.hours-unsupported');
  const ga = checked.claim.items.filter((i) => i.code === GA).map((i) => i.lineId);
  const hit = hits.find((h) => (h.lineIds ?? []).some((id) => ga.includes(id)));
  return hit ? hit.message : null;
}

const appendix = (hours: number, more: { diagnoses?: string[]; procedures?: string[] } = {}) => ({
  set: {
    diagnoses: [{ code: 'K35.800x001', principal: true }, ...(more.diagnoses ?? []).map((code) => ({ code }))],
    procedures: ['47.0100', ...(more.procedures ?? [])].map((code) => ({ code, date: '2025-03-05' })),
  },
  addItems: [{ code: LAP_APPENDIX, day: 1 }, { code: GA, quantity: hours, day: 1 }],
});

describe('general anaesthesia hours of short operations', () => {
  it('names 4 hours of anaesthesia for a laparoscopic appendicectomy (3 at most), and the operation in the message', async () => {
    const message = await hoursFlag(appendix(4));
    expect(message).toContain('阑尾切除术');
    expect(message).toContain('不超过3小时');
  });

  it('leaves 3 hours alone, and 4 hours when obesity or adhesions are coded or another operation was done that day', async () => {
    expect(await hoursFlag(appendix(3))).toBeNull();
    expect(await hoursFlag(appendix(4, { diagnoses: ['E66.801'] }))).toBeNull();
    expect(await hoursFlag(appendix(4, { diagnoses: ['K66.002'] }))).toBeNull();
    expect(await hoursFlag(appendix(4, { procedures: ['54.5101'] }))).toBeNull();
  });

  it('adds up the hours of two short operations the same day', async () => {
    const both = (hours: number) => ({
      set: {
        diagnoses: [{ code: 'J35.000', principal: true }, { code: 'J34.200' }],
        procedures: ['28.2x03', '21.5x01'].map((code) => ({ code, date: '2025-03-05' })),
      },
      addItems: [{ code: TONSILS, day: 1 }, { code: SEPTUM, day: 1 }, { code: GA, quantity: hours, day: 1 }],
    });
    expect(await hoursFlag(both(4))).toBeNull();
    const alone = { ...both(3), set: { diagnoses: [{ code: 'J35.000', principal: true }], procedures: [{ code: '28.2x03', date: '2025-03-05' }] } };
    alone.addItems = [{ code: TONSILS, day: 1 }, { code: GA, quantity: 3, day: 1 }];
    expect(await hoursFlag(alone)).toContain('扁桃体');
  });

  it('keeps the ceiling when two fees are billed for one coded 28.3: tonsils and adenoids add up to 2 + 2 hours, not 3 each', async () => {
    const tonsilsAndAdenoids = (hours: number) => ({
      set: { diagnoses: [{ code: 'J35.300', principal: true }], procedures: [{ code: '28.3x01', date: '2025-03-05' }] },
      addItems: [{ code: TONSILS, day: 1 }, { code: ADENOIDS, day: 1 }, { code: GA, quantity: hours, day: 1 }],
    });
    expect(await hoursFlag(tonsilsAndAdenoids(4.5))).toContain('不超过4小时');
    expect(await hoursFlag(tonsilsAndAdenoids(4))).toBeNull();
  });
});

describe('operationHoursOnDay', () => {
  const t = ruleset.refs.knowledge!.operationHours!;
  const day = (codes: string[]) =>
    operationHoursOnDay(
      {
        diagnosisCodes: ['K40.200'],
        procedureCodes: codes,
        procedureDays: codes.map(() => 1),
        items: [{ code: HERNIA, catalogue: { code: HERNIA, subcategory: 'surgery' }, category: 'service', dayIndex: 1, quantity: 1 }],
      } as never,
      t,
      1,
    );

  it('counts a hernia repair coded once per side but billed on one line as two operations', () => {
    expect(day(['53.0001', '53.0001'])?.hours).toBe(6);
    expect(day(['53.0001'])?.hours).toBe(3);
  });
});


// Five hours and more only for long operations (the 5-hour row: majorOperations and the row's own procedures): a
// PCNL or a mandible fracture plated may take them, a modified radical mastectomy does not.
describe('general anaesthesia of five hours and more', () => {
  const long = (dx: string, px: string, service: string, hours: number) => ({
    set: { diagnoses: [{ code: dx, principal: true }], procedures: [{ code: px, date: '2025-03-05' }] },
    addItems: [{ code: service, day: 1 }, { code: GA, quantity: hours, day: 1 }],
  });
  it('leaves 6 hours alone on a PCNL and on a mandible fracture plated', async () => {
    expect(await hoursFlag(long('N20.000', '55.0300x003', '003306020030001', 6))).toBeNull();
    expect(await hoursFlag(long('S02.600', '76.7602', '003304090010001', 6))).toBeNull();
  });
  it('names 6 hours on a modified radical mastectomy', async () => {
    expect(await hoursFlag(long('C50.900', '85.4301', '003304040010001', 6))).not.toBeNull();
  });
});
