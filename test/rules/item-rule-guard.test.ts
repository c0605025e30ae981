import { Engine } from 'json-rules-engine';
import { compileRules, operatorsOf, splitItemRule } from '../../src/rules/compile';
import { CUSTOM_OPERATORS } from '../../src/rules/operators';

// An item rule's claim-level conjuncts (a top-level `all` member reading no line fact) are judged once per claim,
// before the lines: counted here by fact reads, not time. What may not be moved stays per line, in order.

function operators() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return operatorsOf(engine);
}

const DENTAL = ['K07.2', 'K03.6'];
const rule = {
  all: [
    { fact: 'item', path: '$.category', operator: 'equal', value: 'service' },
    { fact: 'diagnoses', path: '$.principal', operator: 'startsWithAny', value: DENTAL },
  ],
};

/**
 * Claim facts and lines whose reads are counted: the principal diagnosis (read where the condition is judged: a
 * path read once in a chunk is not kept in a local) and each line's category.
 */
function counted(principal: string, lines: number) {
  const reads = { principal: 0, category: 0 };
  const diagnoses = {} as Record<string, unknown>;
  Object.defineProperty(diagnoses, 'principal', { enumerable: true, get: () => (reads.principal++, principal) });
  const facts = { diagnoses };
  const items = Array.from({ length: lines }, (_, k) => {
    const item = {} as Record<string, unknown>;
    Object.defineProperty(item, 'category', { enumerable: true, get: () => (reads.category++, k % 2 ? 'drug' : 'service') });
    return item;
  });
  return { facts, items, reads };
}

describe('item rules: claim-level conjuncts judged once per claim', () => {
  const code = compileRules([rule], operators(), CUSTOM_OPERATORS);

  it('reads the claim fact once for 40 lines and still fires on each service line', () => {
    const { facts, items, reads } = counted('K07.2', 40);
    const out: number[] = [];
    code.firedOnEach(facts, items, out);
    expect(reads.principal).toBe(1);
    expect(out).toEqual(items.flatMap((_, k) => (k % 2 ? [] : [k, 0])));
  });

  it('a false guard costs no per-line read', () => {
    const { facts, items, reads } = counted('J18.9', 40);
    const out: number[] = [];
    code.firedOnEach(facts, items, out);
    expect(out).toEqual([]);
    expect(reads).toEqual({ principal: 1, category: 0 });
  });

  it('hoists scope and nested all conjuncts, not any/not or a line read', () => {
    const inScope = { fact: 'province', operator: 'in', value: ['44'] };
    const claimAny = { any: [{ fact: 'inpatient', operator: 'equal', value: true }] };
    const lineRef = { fact: 'gender', operator: 'notEqual', value: { fact: 'item', path: '$.gender' } };
    const split = splitItemRule({ all: [inScope, { all: [claimAny, lineRef, rule] }] }, operators(), CUSTOM_OPERATORS);
    expect(split).toEqual({ guard: [inScope, claimAny, rule.all[1]], rest: [lineRef, rule.all[0]] });
    expect(splitItemRule({ any: [inScope] }, operators(), CUSTOM_OPERATORS)).toBeNull();
  });

  it('keeps in order a conjunct that may throw and every claim-level one after it', () => {
    // `in` against a fact's value calls value.indexOf: it throws when that fact is absent, so neither it nor a
    // claim conjunct written after it may be judged ahead of the line conjuncts before them.
    const mayThrow = { fact: 'visitType', operator: 'in', value: { fact: 'allowedVisitTypes' } };
    const before = { fact: 'inpatient', operator: 'equal', value: true };
    const after = { fact: 'ageYears', operator: 'greaterThan', value: 60 };
    const line = { fact: 'item', path: '$.category', operator: 'equal', value: 'service' };
    expect(splitItemRule({ all: [before, line, mayThrow, after] }, operators(), CUSTOM_OPERATORS)).toEqual({ guard: [before], rest: [line, mayThrow, after] });
    // A project operator not registered as the engine's own function is not known to be total.
    const other = new Engine([], { allowUndefinedFacts: true });
    other.addOperator('startsWithAny', () => { throw new Error('not total'); });
    expect(splitItemRule(rule, operatorsOf(other), CUSTOM_OPERATORS)).toBeNull();
  });

  it('pairs from several chunks come back in line order, rules in order within a line', () => {
    const on = (path: string) => ({ all: [{ fact: 'item', path, operator: 'equal', value: true }, { fact: 'open', operator: 'equal', value: true }] });
    const many = compileRules(Array.from({ length: 10 }, (_, i) => on(`$.r${i}`)), operators(), CUSTOM_OPERATORS);
    const items = [{ r0: true, r9: true }, { r1: true, r8: true }];
    const out: number[] = [];
    many.firedOnEach({ open: true }, items, out);
    expect(out).toEqual([0, 0, 0, 9, 1, 1, 1, 8]);
  });
});
