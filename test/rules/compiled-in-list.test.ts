import { Engine } from 'json-rules-engine';
import { compileRules, operatorsOf } from '../../src/rules/compile';
import { CUSTOM_OPERATORS } from '../../src/rules/operators';

// `in` / `notIn` on a short literal list are compiled to comparisons (compile.ts shortList): the same answer as
// the engine's operator (indexOf, strict equality) for every kind of fact value, lists of 9 or more as before.

function operators() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return operatorsOf(engine);
}

const LISTS: unknown[][] = [[], ['outpatient'], ['M', 'F'], [1, 2.5, 0], [null, true, false, '1'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']];
const VALUES: unknown[] = ['outpatient', 'M', 'F', 'f', 1, '1', 2.5, 0, -0, NaN, null, undefined, true, false, 'i', ['M'], {}];

describe('compiled in/notIn on literal lists', () => {
  const ops = operators();
  for (const operator of ['in', 'notIn']) {
    it(`${operator}: the engine's answer for every value and list`, () => {
      const conditions = LISTS.map((value) => ({ all: [{ fact: 'x', operator, value }] }));
      const code = compileRules(conditions, ops, CUSTOM_OPERATORS);
      expect(code.compiled.every(Boolean)).toBe(true);
      for (const x of VALUES) {
        const out: number[] = [];
        code.firedOn({ x }, null, out);
        const expected = LISTS.map((list, i) => ((ops.get(operator) as { evaluate(a: unknown, b: unknown): boolean }).evaluate(x, list) ? i : -1)).filter((i) => i >= 0);
        expect([x, out]).toEqual([x, expected]);
      }
    });
  }

  it('writes short lists as comparisons and keeps indexOf for long ones', () => {
    const code = compileRules([{ all: [{ fact: 'x', operator: 'in', value: ['M', 'F'] }] }, { all: [{ fact: 'x', operator: 'in', value: LISTS[5] }] }], ops, CUSTOM_OPERATORS);
    expect(code.source).toContain('=== "M" ||');
    expect(code.source.match(/indexOf/g)).toHaveLength(2); // the long list's, in c0 and e0
  });
});
