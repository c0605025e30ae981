import type { Hit } from '../contract/verdict';
import type { ItemFacts } from '../enrich/item-fact-types';
import { toYuan } from '../money/fen';
import type { LoadedRule } from './load-ruleset';
import { show, templateParts } from './template';

// A fired rule as the hit an investigator reads. Paths in the message, amount, lineIds and evidence name a
// value in the hit's scope: the claim facts, `item` (item rules) and `params` (the rule's event params). The
// paths are split once per rule set and read straight from the facts: copying the ~80 claim facts into a
// scope object for every hit cost more than judging the claim.

/** Builds a rule's hit maker once; the maker runs per fired rule (and line). */
export type HitMaker = (facts: Record<string, unknown>, item: ItemFacts | null) => Hit;

/**
 * The value at `keys` in the scope {...facts, item, params}: `params` always the rule's, `item` the line when
 * there is one, any other first key a claim fact; a step through null or a non-object gives undefined.
 */
function resolveIn(facts: Record<string, unknown>, item: ItemFacts | null, params: Record<string, unknown>, keys: string[]): unknown {
  const first = keys[0];
  let cur: unknown = first === 'params' ? params : first === 'item' && item ? item : facts[first];
  for (let i = 1; i < keys.length; i++) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[keys[i]];
  }
  return cur;
}

export function hitMaker({ def }: LoadedRule): HitMaker {
  const message = templateParts(def.message);
  const amountPath = def.amount ? def.amount.split('.') : null;
  const lineIdsPath = def.lineIds ? def.lineIds.split('.') : null;
  const evidence = def.evidence ? Object.entries(def.evidence).map(([name, path]) => [name, path.split('.')] as const) : null;
  return (facts, item) => {
    const params = def.params ?? {};
    let text = message.texts[0];
    for (let i = 0; i < message.paths.length; i++) text += show(resolveIn(facts, item, params, message.paths[i])) + message.texts[i + 1];
    const amountYuan = amountPath ? resolveIn(facts, item, params, amountPath) : item ? item.amount : undefined;
    const lineIdsValue = lineIdsPath ? resolveIn(facts, item, params, lineIdsPath) : undefined;
    // An item rule names its line, and beside it any line its `lineIds` path gives (the other side of a pair).
    const named = Array.isArray(lineIdsValue) ? lineIdsValue.map(String) : typeof lineIdsValue === 'string' ? [lineIdsValue] : [];
    const lineIds = item ? [item.lineId, ...named.filter((l) => l !== item.lineId)] : Array.isArray(lineIdsValue) ? named : [];
    const hit: Hit = {
      ruleId: def.id,
      family: def.family,
      severity: def.severity,
      message: text,
      lineIds,
      amount: typeof amountYuan === 'number' ? toYuan(Math.round(amountYuan * 100)) : null,
    };
    if (evidence) {
      const out: Record<string, unknown> = {};
      // An empty text is a field that does not apply to this finding (no earlier claim to name): left out, not shown blank.
      for (const [name, path] of evidence) {
        const v = resolveIn(facts, item, params, path) ?? null;
        if (v !== '') out[name] = v;
      }
      hit.evidence = out;
    }
    return hit;
  };
}
