import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Antibacterials after a clean operation: which lines the finding names. The window ends the day after the operation
// (≤ 24 h), so the operation day's and the next day's doses are prophylaxis and are not named.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const rule = JSON.parse(readFileSync(resolve(RULES, 'knowledge/surgical-prophylaxis.rules.json'), 'utf8')).rules[0];

async function finding(example: unknown) {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const enriched = enrichClaim(checked.claim, ruleset.refs);
  const hit = (await ruleset.evaluate(enriched)).find((h) => h.ruleId === rule.id);
  return { facts: enriched.facts.stay!.prophylaxisExcess!, hit, claim: checked.claim };
}

describe('antibacterials after a clean operation', () => {
  it('names the cefuroxime lines after the day following a thyroid lobectomy, not those of the operation day and the next', async () => {
    const { facts, hit, claim } = await finding(rule.examples.fires[0]);
    const cefuroxime = claim.items.filter((i) => i.code.startsWith('XJ01DCT505B002'));
    expect(cefuroxime.map((i) => i.date)).toEqual(['2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08']);
    expect(facts.beyondLineIds).toEqual(cefuroxime.slice(2).map((i) => i.lineId));
    expect(facts.restrictedLineIds).toEqual([]);
    expect(String(hit!.message)).toContain('手术日后第2日以后仍用药（2025-03-07、2025-03-08）');
    expect(String(hit!.message)).not.toContain('越级使用');
  });

  it('names a single operation-day dose of ceftriaxone after a hernia repair as 越级, with no day beyond the window', async () => {
    const { facts, hit } = await finding(rule.examples.fires[1]);
    expect(facts.beyondLineIds).toEqual([]);
    expect(facts.restrictedLineIds).toHaveLength(1);
    expect(String(hit!.message)).toContain('越级使用第三代头孢菌素');
  });

  it('still judges a clean operation coded with the intubation of its anaesthesia (96.04 is no operation)', async () => {
    const example = JSON.parse(JSON.stringify(rule.examples.fires[0]));
    example.set.procedures.push({ code: '96.0400', date: '2025-03-05' });
    const { facts } = await finding(example);
    expect(facts.beyondDates).toBe('2025-03-07、2025-03-08');
  });
});

describe('antibacterials after an endourological operation (clean-contaminated)', () => {
  it('names the cefuroxime lines after the 48 h of a TURP, not those of the operation day and the two after', async () => {
    const example = rule.examples.fires.find((e: { note: string }) => e.note.startsWith('TURP for BPH'));
    const { facts, hit, claim } = await finding(example);
    const cefuroxime = claim.items.filter((i) => i.code.startsWith('XJ01DCT505B002'));
    expect(facts.windowDays).toBe(2);
    expect(facts.beyondLineIds).toEqual(cefuroxime.slice(3).map((i) => i.lineId));
    expect(facts.restrictedLineIds).toEqual([]);
    expect(String(hit!.message)).toContain('手术日后第3日以后仍用药');
  });

  it('does not read a quinolone as 越级 after a ureteroscopy (a first choice of the endourological row)', async () => {
    const example = rule.examples.quiet.find((e: { note: string }) => e.note.startsWith('ureteroscopic lithotripsy'));
    const checked = validateClaim(buildExample(example, bases, ruleset.refs.catalogue));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const enriched = enrichClaim(checked.claim, ruleset.refs);
    expect(enriched.facts.stay?.prophylaxisExcess).toBeFalsy();
  });
});

describe('an endourological operation\'s window counts intravenous doses only', () => {
  it('does not name an oral step-down after a ureteroscopy, but names the same days given intravenously', async () => {
    const example = JSON.parse(JSON.stringify(rule.examples.quiet.find((e: { note: string }) => e.note.startsWith('ureteroscopy with a stent'))));
    const quiet = validateClaim(buildExample(example, bases, ruleset.refs.catalogue));
    if (!quiet.ok) throw new Error(JSON.stringify(quiet.errors));
    expect(enrichClaim(quiet.claim, ruleset.refs).facts.stay?.prophylaxisExcess).toBeFalsy();
    for (const it of example.addItems) if (it.code === 'XJ01DCT502A001010189426') it.code = 'XJ01DCT505B002010161001';
    const { facts } = await finding(example);
    expect(facts.beyondDates).toBe('2025-03-08、2025-03-09');
  });
});
