import { contextFlags } from '../helpers/item-context-hits';

// Ⅰ级护理 and bedside monitoring (item-consistency.json): stable essential hypertension does not call for continuous
// monitoring, and monitoring with no support of its own does not carry the nursing grade; after a major operation
// (the file's majorOperations) both run longer than after an ordinary one.

const LEVEL1 = '001201000020001';
const ECG = '001209000010001';
const SPO2 = '001210000010001';
const BP = '001211000010001';


/** Ⅰ级护理, 24-hour ECG and SpO2 and BP monitoring on every day of a six-day stay. */
const everyDay = [0, 1, 2, 3, 4, 5].flatMap((day) => [
  { code: LEVEL1, day },
  { code: ECG, day, quantity: 24 },
  { code: SPO2, day, quantity: 24 },
  { code: BP, day, quantity: 12 },
]);

const knee = (secondary: string) => ({
  set: {
    'provider.department': 'orthopaedics',
    diagnoses: [{ code: 'M17.900', principal: true }, { code: secondary }],
    'items[1].code': LEVEL1,
    'items[1].name': 'Ⅰ级护理',
    'items[2].code': '002202020010001',
    'items[2].name': '四肢X线摄影',
  },
  addItems: everyDay.filter((l) => l.day > 0),
});

describe('Ⅰ级护理 and monitoring', () => {
  it('names the monitoring after the first two days and the nursing grade after the first three of a knee-osteoarthritis stay with essential hypertension', async () => {
    const lines = await contextFlags(knee('I10.x00'));
    for (const day of [2, 3, 4, 5]) for (const code of [ECG, SPO2, BP]) expect(lines).toContain(`${code}@${day}`);
    for (const day of [3, 4, 5]) expect(lines).toContain(`${LEVEL1}@${day}`);
    // A planned stay for low-risk care (plannedCare): the first days' allowance is the admission order's for the
    // nursing grade, not a reason for monitoring.
    for (const code of [ECG, SPO2, BP]) expect(lines).toContain(`${code}@1`);
    // The admission order stands until the first round within 48 hours: day 2's fee is still billed under it.
    expect(lines.filter((l) => l.startsWith(LEVEL1)).some((l) => l.endsWith('@0') || l.endsWith('@1') || l.endsWith('@2'))).toBe(false);
  });

  it('keeps the first two days of the same stay unnamed when it came in through the emergency department', async () => {
    const emergency = knee('I10.x00');
    const lines = await contextFlags({ ...emergency, set: { ...emergency.set, admissionRoute: 'emergency' } });
    expect(lines).toContain(`${ECG}@2`);
    expect(lines.some((l) => l.endsWith('@0') || l.endsWith('@1'))).toBe(false);
  });

  it('leaves the same bill alone when the patient has atrial fibrillation, or is in a hypertensive emergency', async () => {
    expect(await contextFlags(knee('I48.000'))).toEqual([]);
    expect(await contextFlags(knee('I10.x10'))).toEqual([]);
  });

  it('allows three days of Ⅰ级 and two of monitoring after a gastrectomy, two and one after an appendicectomy', async () => {
    const operated = (code: string, principal: string) => ({
      set: {
        'provider.department': 'general_surgery',
        diagnoses: [{ code: principal, principal: true }],
        procedures: [{ code, principal: true, date: '2025-03-05' }],
        'items[1].code': LEVEL1,
        'items[1].name': 'Ⅰ级护理',
        'items[2].code': '002202010010001',
        'items[2].name': '胸部X线摄影(正侧位)',
      },
      addItems: everyDay.filter((l) => l.day > 0),
    });
    // Operation on day 1: a major one carries Ⅰ级 to day 4 and monitoring to day 3.
    expect(await contextFlags(operated('43.7x00', 'C16.900'))).toEqual([`${LEVEL1}@5`, `${BP}@4`, `${BP}@5`, `${ECG}@4`, `${ECG}@5`, `${SPO2}@4`, `${SPO2}@5`].sort());
    expect(await contextFlags(operated('17.3300', 'C18.900'))).toEqual(await contextFlags(operated('43.7x00', 'C16.900')));
    expect(await contextFlags(operated('47.0100', 'K35.800'))).toEqual(
      [`${LEVEL1}@4`, `${LEVEL1}@5`, `${BP}@3`, `${BP}@4`, `${BP}@5`, `${ECG}@3`, `${ECG}@4`, `${ECG}@5`, `${SPO2}@3`, `${SPO2}@4`, `${SPO2}@5`].sort(),
    );
  });
});
