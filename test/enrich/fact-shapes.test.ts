import { enrichClaim } from '../../src/enrich/enrich';
import { memberState } from '../../src/benefits/member-state';
import { ledgerEntry } from '../../src/benefits/ledger-entry';
import { CROSS_CLAIM_CHECKS } from '../../src/benefits/cross-claim';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// The line facts and the member state keep one shape (every field present, in one order) whatever the claim holds:
// the rules' hot reads of them stay monomorphic (item-facts.ts, member-state.ts STATE_SHAPE).

const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);

function enriched(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs);
}

describe('fact shapes', () => {
  it('every line has the same fields in the same order, a test line (indicatedBy filled) as any other', () => {
    const facts = enriched({ set: { diagnoses: [{ code: 'C22.000', principal: true }] }, addItems: [{ code: '002502170020001' }] }).facts;
    const orders = new Set(facts.items.map((it) => Object.keys(it).join(',')));
    expect(orders.size).toBe(1);
    expect(facts.items.some((it) => it.indicatedBy !== null)).toBe(true);
    expect(facts.items.some((it) => it.indicatedBy === null)).toBe(true);
  });

  it('two members\' states have the same fields in the same order, every check\'s finding written, their objects their own', () => {
    const kept = refs.history?.stayLedgerCodes ?? new Set<string>();
    const stay = enriched({ set: { 'patient.insuredId': 'EX-P-0002', diagnoses: [{ code: 'K80.100', principal: true }] } });
    const other = enriched({ set: { 'patient.insuredId': 'EX-P-0003' } });
    const a = memberState({ ...ledgerEntry(stay.facts, kept), arrival: 0 }, [], 30);
    const b = memberState({ ...ledgerEntry(other.facts, kept), arrival: 1 }, [], 30);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a).slice(0, Object.keys(CROSS_CLAIM_CHECKS).length)).toEqual(Object.keys(CROSS_CLAIM_CHECKS));
    // A check finding nothing as a list gives [], not the placeholder null.
    expect(a.levelPrescribed).toEqual([]);
    a.ytdFundFenByCategory.K80 = 1;
    expect(b.ytdFundFenByCategory).toEqual({});
  });
});
