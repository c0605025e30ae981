import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDialysisSessions } from '../../src/enrich/dialysis-sessions';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { tempDir } from '../helpers/temp-dir';

// A check that reads the dialysis sessions (history/limits.json) with no sessions would be silently off: the load fails.
describe('dialysis sessions and the checks that read them', () => {
  const configured = { dialysisRecord: {}, dialysisAfterTransplant: {} };
  it('refuses a configured check with no session rows, naming the checks and the table', () => {
    expect(() => checkDialysisSessions(configured, [])).toThrow(/limits\.json: dialysisRecord, dialysisAfterTransplant: knowledge\/dialysis-sessions\.json is missing/);
    expect(() => checkDialysisSessions({ dialysisAfterTransplant: {} }, [])).toThrow(/: dialysisAfterTransplant: /);
  });
  it('is quiet with the rows, or with neither check configured', () => {
    expect(() => checkDialysisSessions(configured, ['S1'])).not.toThrow();
    expect(() => checkDialysisSessions({}, [])).not.toThrow();
  });
  it('the rule set\'s load fails when the shipped limits configure the checks and the table is gone', () => {
    const dir = tempDir('dialysis-rules-');
    cpSync(resolve(__dirname, '../../rules'), dir, { recursive: true });
    rmSync(join(dir, 'knowledge', 'dialysis-sessions.json'));
    // The drugs given at a session refuse the missing table on their own (drug-schedule.test.ts): left out here.
    const schedules = join(dir, 'knowledge', 'drug-schedules.json');
    const table = JSON.parse(readFileSync(schedules, 'utf8')) as { rows: { weeklyDose?: unknown }[] };
    writeFileSync(schedules, JSON.stringify({ ...table, rows: table.rows.filter((r) => !r.weeklyDose) }));
    expect(() => loadEnrichRefs(dir)).toThrow(/history\/limits\.json: dialysisRecord, dialysisAfterTransplant: knowledge\/dialysis-sessions\.json is missing/);
  });
});
