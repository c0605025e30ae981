import seedrandom from 'seedrandom';
import { TEST_META } from './rules';

// Random json-rules-engine rules over the project's real facts, for the differential test of the compiled
// path: nested all/any/not, fact paths (including ones that run through null), values that are fact
// references, every built-in operator, decorators and the custom operators.

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const NUMERIC_CLAIM: [string, string | undefined, number[]][] = [
  ['totalFen', undefined, [0, 5000, 50000, 500000, 2000000]],
  ['fundClaimedFen', undefined, [0, 1000, 100000]],
  ['ageYears', undefined, [0, 14, 18, 40, 60, 80]],
  ['lengthOfStay', undefined, [0, 1, 3, 7, 15]],
  ['itemCount', undefined, [1, 3, 10, 50, 150]],
  ['hospitalLevel', undefined, [1, 2, 3]],
  ['policyExcess', undefined, [0, 0.5, 10]],
  ['member', '$.readmission.daysSinceDischarge', [0, 7, 15, 30]],
  ['member', '$.ytdFundFen', [0, 100000]],
  ['member', '$.admissionsBefore', [0, 1, 2]],
  ['benefits', '$.entitlement.excess', [0, 1, 100]],
  ['benefits', '$.waitingPeriod.days', [0, 90, 180]],
  ['grouping', '$.path[0].code', [1]],
];
const STRING_CLAIM: [string, string | undefined, unknown[]][] = [
  ['visitType', undefined, ['inpatient', 'outpatient', 'chronic', 'pharmacy']],
  ['insuranceType', undefined, ['employee', 'resident']],
  ['gender', undefined, ['M', 'F']],
  ['province', undefined, ['22', '23', '37', '51']],
  ['principalDiagnosis', undefined, ['I63.900', 'J18.000', 'K35.800', 'E11.900']],
  ['grouping', '$.status', ['grouped', 'ungroupable', 'check_failed']],
  ['grouping', '$.mdc', ['MDCB', 'MDCE', 'MDCF', null]],
  ['member', '$.duplicateOf', [null, 'x']],
  ['benefits', '$.inWaitingPeriod', [true, false]],
  ['reportedDrg', undefined, [null, 'BR25', 'ES35']],
];
const ARRAY_CLAIM: [string, unknown[]][] = [
  ['diagnosisCodes', ['I63.900', 'I10.x00', 'E11.900', 'J18.000']],
  ['procedureCodes', ['88.9100', '47.0100', '36.0601']],
];
const NUMERIC_ITEM: [string, number[]][] = [
  ['$.quantity', [0, 1, 2, 5, 30]],
  ['$.unitPrice', [0.1, 1, 10, 100, 1000]],
  ['$.amount', [1, 10, 100, 1000]],
  ['$.quantityOnDay', [1, 2, 4, 8]],
  ['$.daysOfSupply', [1, 7, 14]],
  ['$.priceExcess', [0, 1]],
  ['$.dayIndex', [0, 1, 5]],
  ['$.catalogue.maxPerDay', [1, 2, 4]],
  ['$.catalogue.ageMin', [6, 18]],
  ['$.catalogue.priceCap.3', [1, 100]],
];
const STRING_ITEM: [string, unknown[]][] = [
  ['$.category', ['drug', 'service', 'consumable']],
  ['$.itemClass', ['甲', '乙', '丙', null]],
  ['$.catalogue.gender', ['M', 'F']],
  ['$.catalogue.setting', ['inpatient', 'outpatient']],
  ['$.duplicateOf', [null, '1']],
  ['$.inCatalogue', [true, false]],
];

function leaf(rng: Rng, item: boolean): Record<string, unknown> {
  const kind = rng();
  if (item && kind < 0.45) {
    const [path, values] = pick(rng, NUMERIC_ITEM);
    const op = pick(rng, ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual', 'not:greaterThan'] as const);
    // Sometimes compare two facts.
    if (rng() < 0.15) return { fact: 'item', path, operator: op, value: { fact: 'item', path: pick(rng, NUMERIC_ITEM)[0] } };
    return { fact: 'item', path, operator: op, value: pick(rng, values) };
  }
  if (item && kind < 0.75) {
    const [path, values] = pick(rng, STRING_ITEM);
    const op = pick(rng, ['equal', 'notEqual', 'in', 'notIn', 'exists'] as const);
    if (op === 'in' || op === 'notIn') return { fact: 'item', path, operator: op, value: values.filter(() => rng() < 0.6) };
    if (op === 'exists') return { fact: 'item', path, operator: op, value: rng() < 0.7 };
    return { fact: 'item', path, operator: op, value: pick(rng, values) };
  }
  if (kind < 0.85 && rng() < 0.5) {
    const [fact, values] = pick(rng, ARRAY_CLAIM);
    const op = pick(rng, ['contains', 'doesNotContain', 'someFact:equal', 'everyFact:notEqual', 'anyStartsWithAny', 'noneStartsWithAny', 'someValue:swap:contains'] as const);
    const prefixes = values.map((v) => String(v).slice(0, 3));
    if (op === 'anyStartsWithAny' || op === 'noneStartsWithAny') return { fact, operator: op, value: prefixes.filter(() => rng() < 0.5) };
    if (op === 'someValue:swap:contains') return { fact, operator: op, value: values.filter(() => rng() < 0.5) };
    return { fact, operator: op, value: pick(rng, values) };
  }
  if (rng() < 0.55) {
    const [fact, path, values] = pick(rng, NUMERIC_CLAIM);
    const op = pick(rng, ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'] as const);
    return { fact, ...(path ? { path } : {}), operator: op, value: pick(rng, values) };
  }
  const [fact, path, values] = pick(rng, STRING_CLAIM);
  const op = pick(rng, ['equal', 'notEqual', 'in', 'notIn', 'exists', 'startsWithAny'] as const);
  const base = { fact, ...(path ? { path } : {}) };
  if (op === 'in' || op === 'notIn') return { ...base, operator: op, value: values.filter(() => rng() < 0.6) };
  if (op === 'exists') return { ...base, operator: op, value: rng() < 0.7 };
  if (op === 'startsWithAny') return { ...base, operator: op, value: values.map((v) => String(v).slice(0, 2)) };
  return { ...base, operator: op, value: pick(rng, values) };
}

function node(rng: Rng, item: boolean, depth: number): Record<string, unknown> {
  const r = rng();
  if (depth >= 3 || r < 0.45) return leaf(rng, item);
  if (r < 0.55) return { not: node(rng, item, depth + 1) };
  const n = Math.floor(rng() * 4); // 0..3 children; an empty all/any holds, as in the engine
  const children = Array.from({ length: n }, () => node(rng, item, depth + 1));
  return rng() < 0.5 ? { all: children } : { any: children };
}

/** `count` random rules (about a third per line item), valid for the project's rule loader. */
export function randomRules(seed: string, count: number): Record<string, unknown>[] {
  const rng = seedrandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const item = rng() < 0.35;
    return {
      id: `catalogue.random-${i}`,
      family: pick(rng, ['catalogue', 'benefits', 'history', 'grouping']),
      severity: pick(rng, ['info', 'warn', 'block']),
      appliesTo: item ? 'item' : 'claim',
      title: `random ${i}`,
      meta: TEST_META,
      message: item ? 'line {{item.lineId}} {{params.k}} {{item.quantity}}' : 'claim {{claimId}} {{params.k}} {{totalFen}}',
      priority: 1 + Math.floor(rng() * 3),
      params: { k: i, tag: pick(rng, ['a', 'b']) },
      ...(rng() < 0.3 ? { scope: { provinces: [pick(rng, ['22', '23', '37', '51'])] } } : {}),
      conditions: rng() < 0.7 ? { all: [node(rng, item, 1), node(rng, item, 1)] } : { any: [node(rng, item, 1), node(rng, item, 1)] },
    };
  });
}
