import { Engine } from 'json-rules-engine';
import { compileRules, operatorsOf } from '../../src/rules/compile';
import { CUSTOM_OPERATORS } from '../../src/rules/operators';

// The compiled rules report a chunk's fired rules as bits in one call (compile.ts report): each fired rule's own
// index, in rule order, whatever the chunk, and none for a rule left to the engine.

function operators() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return operatorsOf(engine);
}

/** Rule i holds when fact `r<i>` is true; rule 3 has fact params, which the compiler leaves to the engine. */
const rules = Array.from({ length: 19 }, (_, i) =>
  i === 3 ? { all: [{ fact: 'r3', params: { x: 1 }, operator: 'equal', value: true }] } : { all: [{ fact: `r${i}`, operator: 'equal', value: true }] },
);
const code = compileRules(rules, operators(), CUSTOM_OPERATORS);
const facts = (on: number[]) => Object.fromEntries(on.map((i) => [`r${i}`, true]));

describe('compiled rules: fired rules reported by index', () => {
  it('leaves the rule with params uncompiled', () => {
    expect(code.compiled.map((c, i) => (c ? -1 : i)).filter((i) => i >= 0)).toEqual([3]);
  });

  it('gives each fired claim rule once, in order, across chunks of 8', () => {
    for (const on of [[0], [7], [8], [18], [0, 1, 2, 4, 5, 6, 7, 8, 15, 16, 17, 18], [2, 3, 4], []]) {
      const out: number[] = [];
      code.firedOn(facts(on), null, out);
      expect(out).toEqual(on.filter((i) => i !== 3));
    }
  });

  it('gives (line, rule) pairs for item rules, lines in order and rules in order within a line', () => {
    const lineRules = Array.from({ length: 12 }, (_, i) => ({ fact: 'item', path: `$.r${i}`, operator: 'equal', value: true }));
    const lines = compileRules(lineRules, operators(), CUSTOM_OPERATORS);
    const items = [facts([0, 7, 8, 11]), facts([]), facts([1, 9])];
    const out: number[] = [];
    lines.firedOnEach({}, items, out);
    expect(out).toEqual([0, 0, 0, 7, 0, 8, 0, 11, 2, 1, 2, 9]);
  });
});
