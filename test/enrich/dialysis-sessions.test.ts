import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDialysisSessions } from '../../src/enrich/dialysis-sessions';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { tempDir } from '../helpers/temp-dir';

// A check that reads the dialysis sessions (history/limits.json, drug-schedules.json's weekly doses) with no sessions
// would be silently off: the rule set's load fails, in one place, naming every reader.
describe('dialysis sessions and the checks that read them', () => {
  const configured = { dialysisRecord: {}, dialysisAfterTransplant: {} };
  it('refuses a configured check with no session rows, naming the checks and the table', () => {
    expect(() => checkDialysisSessions(configured, [], [])).toThrow(/limits\.json: dialysisRecord, dialysisAfterTransplant: knowledge\/dialysis-sessions\.json is missing/);
    expect(() => checkDialysisSessions({ dialysisAfterTransplant: {} }, [], [])).toThrow(/: dialysisAfterTransplant: /);
  });
  it('refuses a weekly dose given at the session with no session rows, naming the rows once each', () => {
    const dose = { name: 'x', weeklyDose: {} };
    expect(() => checkDialysisSessions({}, [dose, dose, { name: 'y' }], [])).toThrow(/^knowledge\/drug-schedules\.json: x: weeklyDose\.givenWith: knowledge\/dialysis-sessions\.json is missing/);
    expect(() => checkDialysisSessions({ dialysisRecord: {} }, [dose], [])).toThrow(/^history\/limits\.json: dialysisRecord; knowledge\/drug-schedules\.json: x: weeklyDose\.givenWith: /);
    expect(() => checkDialysisSessions({}, [dose], ['S1'])).not.toThrow();
  });
  it('is quiet with the rows, or with neither check configured', () => {
    expect(() => checkDialysisSessions(configured, [], ['S1'])).not.toThrow();
    expect(() => checkDialysisSessions({}, [{ name: 'y' }], [])).not.toThrow();
  });
  it('the rule set\'s load fails when the shipped tables read the sessions and the table is gone', () => {
    const dir = tempDir('dialysis-rules-');
    cpSync(resolve(__dirname, '../../rules'), dir, { recursive: true });
    rmSync(join(dir, 'knowledge', 'dialysis-sessions.json'));
    expect(() => loadEnrichRefs(dir)).toThrow(/history\/limits\.json: dialysisRecord, dialysisAfterTransplant; knowledge\/drug-schedules\.json: .+: weeklyDose\.givenWith: knowledge\/dialysis-sessions\.json is missing/);
    // Without the drugs given at a session, the limits' checks alone.
    const schedules = join(dir, 'knowledge', 'drug-schedules.json');
    const table = JSON.parse(readFileSync(schedules, 'utf8')) as { rows: { weeklyDose?: unknown }[] };
    writeFileSync(schedules, JSON.stringify({ ...table, rows: table.rows.filter((r) => !r.weeklyDose) }));
    expect(() => loadEnrichRefs(dir)).toThrow(/^history\/limits\.json: dialysisRecord, dialysisAfterTransplant: knowledge\/dialysis-sessions\.json is missing/);
  });
});
