import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { checkDialysisSessions } from '../../src/enrich/dialysis-sessions';
import { loadKnowledge } from '../../src/enrich/knowledge';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { CATALOGUE_FILES } from '../../src/enrich/catalogue';
import { tempDir } from '../helpers/temp-dir';

// Drugs given once per cycle or once a week (rules/knowledge/drug-schedules.json): a later administration day of
// one claim within the label interval is named by catalogue.dose-interval-short, with the day before it.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const PACLITAXEL = 'XL01CDZ508B002010110238';
const ONCOLOGY = { 'diagnoses[0].code': 'Z51.103', 'diagnoses[1].code': 'C50.900' };

async function hits(example: object) {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.dose-interval-short');
}

describe('drug given again within its label interval', () => {
  it('names the vials billed on the two days after a paclitaxel infusion, with the infusion day', async () => {
    const found = await hits({
      set: ONCOLOGY,
      addItems: [
        { code: PACLITAXEL, day: 1, quantity: 2 },
        { code: PACLITAXEL, day: 2, quantity: 2 },
        { code: PACLITAXEL, day: 3, quantity: 2 },
      ],
    });
    expect(found).toHaveLength(2);
    expect(found.map((h) => h.evidence?.['给药日期'])).toEqual(['2025-03-06', '2025-03-07']);
    expect(String(found[0].message)).toContain('前次给药2025-03-05');
  });

  it('leaves a weekly schedule (days 1 and 8) and a single administration alone', async () => {
    expect(await hits({ set: { ...ONCOLOGY, dischargeDate: '2025-03-13' }, addItems: [{ code: PACLITAXEL, day: 1 }, { code: PACLITAXEL, day: 8 }] })).toEqual([]);
    expect(await hits({ set: ONCOLOGY, addItems: [{ code: PACLITAXEL, day: 1, quantity: 3 }] })).toEqual([]);
  });

  it('names the cisplatin lines beyond the units of a cycle, counted from its first day', async () => {
    const cisplatin = 'XL01XAS512B002010199683';
    const found = await hits({
      set: { 'diagnoses[0].code': 'Z51.102', 'diagnoses[1].code': 'C34.100x003' },
      addItems: [1, 2, 3].map((day) => ({ code: cisplatin, day, quantity: 12 })),
    });
    // 12 + 12 stay within 29; the third day's 12 go beyond.
    expect(found).toHaveLength(1);
    expect(found[0].evidence?.['给药日期']).toBe('2025-03-07');
    expect(String(found[0].message)).toContain('自2025-03-05起累计36');
  });

  it('every row names catalogue drug rows and its label', () => {
    // Every catalogue file the service loads (a schedule may name a specialty file's drug: 多西他赛 in drugs-oncology.json).
    const rows = CATALOGUE_FILES.map((f) => join(RULES, 'catalogue', f)).filter(existsSync)
      .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { rows: { code: string; category: string }[] }).rows);
    const drugs = new Set(rows.filter((r) => r.category === 'drug').map((r) => r.code));
    const k = loadKnowledge(join(RULES, 'knowledge'));
    expect(k.schedules.size).toBeGreaterThanOrEqual(3);
    for (const [code, row] of k.schedules) {
      expect({ code, known: drugs.has(code) }).toEqual({ code, known: true });
      expect(row.source).toMatch(/说明书/);
    }
  });

  it('one list of dialysis sessions: the weekly dose given at the session and the member ledger read dialysis-sessions.json', () => {
    const sessions = ['003310010010001', '003310010020001', '003310010030001']; // 血液透析, 连续性血液净化, 血液透析滤过 (services-dialysis.json)
    const k = loadKnowledge(join(RULES, 'knowledge'));
    expect(k.dialysisSessions).toEqual(sessions);
    const weekly = [...k.schedules.values()].filter((r) => r.weeklyDose);
    expect(weekly.length).toBeGreaterThan(0);
    for (const r of weekly) expect(r.weeklyDose!.givenWith).toEqual(sessions);
    expect(ruleset.refs.history!.dialysisSessions).toEqual(sessions);
  });

  it('refuses a weekly dose given at the session when dialysis-sessions.json is missing (checkDialysisSessions, at the rule set\'s load)', () => {
    const dir = tempDir('sched-');
    const row = { name: 'x', codes: ['XB03XAZ505B002'], weeklyDose: { maxUnits: 4, unitText: '支', givenWith: 'dialysis-sessions.json', supplyUnitsPerWeek: 3, forDiagnoses: ['N18'], unless: { codes: ['D62'], days: 28, source: 's' } }, source: 's' };
    writeFileSync(join(dir, 'drug-schedules.json'), JSON.stringify({ note: 'x', rows: [row] }));
    const without = loadKnowledge(dir);
    expect(() => checkDialysisSessions({}, without.schedules.values(), without.dialysisSessions)).toThrow(/drug-schedules\.json: x: weeklyDose\.givenWith: knowledge\/dialysis-sessions\.json is missing/);
    writeFileSync(join(dir, 'dialysis-sessions.json'), JSON.stringify({ note: 'x', items: ['S1'], source: 's' }));
    const k = loadKnowledge(dir);
    expect(() => checkDialysisSessions({}, k.schedules.values(), k.dialysisSessions)).not.toThrow();
    expect(k.schedules.get('XB03XAZ505B002')!.weeklyDose!.givenWith).toEqual(['S1']);
  });

  it('refuses an interval under two days, naming the file and field', () => {
    const dir = tempDir('sched-');
    writeFileSync(join(dir, 'drug-schedules.json'), JSON.stringify({ note: 'x', rows: [{ name: 'x', codes: ['XL01CDZ508B002'], minIntervalDays: 1, source: 's' }] }));
    expect(() => loadKnowledge(dir)).toThrow(/drug-schedules\.json: rows\.0\.minIntervalDays/);
  });
});
