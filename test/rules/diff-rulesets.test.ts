import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { NO_MODEL } from '../../src/model/model';
import { diffRulesets, type ChangedClaim } from '../../src/tools/diff-rulesets';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { tempDir } from '../helpers/temp-dir';

const RULES = resolve(__dirname, '../../rules');

describe('rules diff (backtest)', () => {
  it('reports each changed claim, counts per rule and the money involved', async () => {
    const active = createRulesetHolder(RULES).current();
    // Candidate: price-over-cap softened to warn, exclusive-items removed.
    const dir = tempDir('cand-');
    cpSync(RULES, dir, { recursive: true });
    const file = join(dir, 'catalogue/catalogue.rules.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.rules = json.rules.filter((r: { id: string }) => r.id !== 'catalogue.exclusive-items');
    json.rules.find((r: { id: string }) => r.id === 'catalogue.price-over-cap').severity = 'warn';
    writeFileSync(file, JSON.stringify(json));
    const candidate = createRulesetHolder(dir).current();

    const bases = loadBaseClaims(RULES);
    const cat = active.refs.catalogue;
    // Four members, so the history rules see no overlapping stays between them.
    const claim = (claimId: string, addItems: object[]) =>
      buildExample({ set: { claimId, 'patient.insuredId': `M-${claimId}` }, addItems } as never, bases, cat);
    const claims = [
      claim('CLEAN', []),
      claim('PRICE', [{ code: '002301010010001', unitPrice: 260, day: 2 }]),
      claim('EXCL', [{ code: '001201000040001' }]),
      claim('GENDER', [{ code: 'XG03DAH502B002010104733' }]),
    ];
    const changed: ChangedClaim[] = [];
    const summary = await diffRulesets(
      Readable.from(claims.map((c) => `${JSON.stringify(c)}\n`).join('')),
      active,
      candidate,
      NO_MODEL,
      (c) => {
        changed.push(c);
      },
    );
    expect(summary.claims).toBe(4);
    expect(changed.map((c) => c.claimId)).toEqual(['PRICE', 'EXCL']);
    expect(summary.decisionChanges).toEqual({ 'reject→review': 1, 'review→pass': 1 });
    expect(summary.perRule['catalogue.exclusive-items']).toMatchObject({ added: 0, removed: 1 });
    expect(changed[0]).toMatchObject({ before: { decision: 'reject' }, after: { decision: 'review' }, added: [], removed: [] });
    // exclusive-items carried no amount; removing it drops the case's amount at stake to 0
    expect(changed[1].before.amountAtStake).toBeGreaterThan(0);
    expect(changed[1].after.amountAtStake).toBe(0);
    expect(summary.amountAtStakeDelta).toBe(-changed[1].before.amountAtStake);
  });
});
