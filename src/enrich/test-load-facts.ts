import { underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import type { CriticalCareMonitoring, Knowledge } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// A stay's tests against the peers of its DRG (rules/knowledge/test-norms.json).

/** Tests (lab and exam service lines) of a stay against the peers of its DRG. */
export interface TestLoadFacts {
  /** Lab and exam service lines on the claim. */
  testCount: number;
  /** Their amount, yuan. */
  testCost: number;
  testLineIds: string[];
  /** The peer group the norm came from (DRG, else its ADRG); null: no norm (visits, ungrouped stays, unknown groups). */
  testNormGroup: string | null;
  /** 95th percentile of the peers' test lines and test cost (yuan) per stay, grown with a stay beyond the norm length of stay. */
  testNormCount: number | null;
  testNormCost: number | null;
  /** testCost − testNormCost, yuan (0 when within it; null without a norm). */
  testCostAboveNorm: number | null;
  /** testCost ÷ testNormCost (2 decimals); testCount − testNormCount. Null without a norm. */
  testCostRatio: number | null;
  testCountAboveNorm: number | null;
}

const TEST_SUBCATEGORIES = new Set(['lab', 'exam']);

/**
 * A diagnostic test or examination line. Bedside monitoring (a lab item the catalogue expects several times a day,
 * such as rapid glucose) follows the days of the stay, not the work-up, so it is not counted.
 */
export function isTestLine(it: Pick<ItemFacts, 'category' | 'catalogue'>): boolean {
  const cat = it.catalogue;
  const sub = cat?.subcategory;
  return it.category === 'service' && sub !== undefined && TEST_SUBCATEGORIES.has(sub) && !((cat?.usualPerDay ?? 1) > 1);
}

/** Days of the stay billing critical care (ICU bed or care, 特级护理, ventilation, CRRT), with the tests exempt on them; null when none. */
function criticalCareDays(
  items: readonly ItemFacts[],
  cc: CriticalCareMonitoring | null,
): { days: ReadonlySet<number>; tests: ReadonlySet<string> } | null {
  if (cc === null) return null;
  let days: Set<number> | null = null;
  for (const it of items) if (cc.dayCodes.has(rowCodeOf(it))) (days ??= new Set()).add(it.dayIndex);
  return days === null ? null : { days, tests: cc.tests };
}

/** The peers a stay's tests are compared with: its principal's group where the table names one, else its DRG's, else its ADRG's. */
function normOf(k: Knowledge, drg: string, principal: string | null) {
  const by = principal === null ? undefined : k.testNormPrincipals?.find((p) => underAny(principal, p.principal));
  const group = by ? k.testNorms.get(by.group) : undefined;
  return group ?? k.testNorms.get(drg) ?? k.testNorms.get(drg.slice(0, 3));
}

/**
 * `stayDays` and `normLos`: a stay longer than its group's norm has more days of care to test, so the norm
 * grows in proportion beyond the norm length of stay (a stay that is itself too long is grouping.los-far-off's).
 */
export function testLoadFacts(
  items: readonly ItemFacts[],
  drg: string | null,
  k: Knowledge | null | undefined,
  stayDays = 0,
  normLos: number | null = null,
  principal: string | null = null,
): TestLoadFacts {
  let count = 0;
  let fen = 0;
  const lineIds: string[] = [];
  const critical = criticalCareDays(items, k?.criticalCareMonitoring ?? null);
  const serialDays = new Set<string>();
  for (const it of items) {
    if (!isTestLine(it)) continue;
    // A critical-care day's own monitoring is that care's standard, not work-up to compare with ward peers.
    if (critical !== null && critical.days.has(it.dayIndex) && critical.tests.has(rowCodeOf(it))) continue;
    if (it.repeatExplained) {
      // A repeat the coded condition calls for within its daily allowance (serial-tests.json: gases in ketoacidosis)
      // is that condition's monitoring: the day's first test counts, its allowed repeats do not. Above the
      // allowance nothing is marked and every line counts.
      const key = `${rowCodeOf(it)}|${it.dayIndex}`;
      if (serialDays.has(key)) continue;
      serialDays.add(key);
      count++;
      fen += it.quantity > 1 ? Math.round(it.amountFen / it.quantity) : it.amountFen;
      lineIds.push(it.lineId);
      continue;
    }
    count++;
    fen += it.amountFen;
    lineIds.push(it.lineId);
  }
  const testCost = fen / 100;
  const norm = drg && k ? normOf(k, drg, principal) : undefined;
  if (!norm) {
    return { testCount: count, testCost, testLineIds: lineIds, testNormGroup: null, testNormCount: null, testNormCost: null,
      testCostAboveNorm: null, testCostRatio: null, testCountAboveNorm: null };
  }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const scale = normLos !== null && normLos > 0 && stayDays > normLos ? stayDays / normLos : 1;
  const normCount = r2(norm.countP95 * scale);
  const normCost = r2(norm.costP95 * scale);
  return {
    testCount: count,
    testCost,
    testLineIds: lineIds,
    testNormGroup: norm.group,
    testNormCount: normCount,
    testNormCost: normCost,
    testCostAboveNorm: r2(Math.max(0, testCost - normCost)),
    testCostRatio: r2(testCost / Math.max(normCost, 1)),
    testCountAboveNorm: r2(count - normCount),
  };
}
