import type { Hit, Severity } from '../contract/verdict';
import { toFen, toYuan } from '../money/fen';
import type { LoadedRule } from './load-ruleset';
import { resolvePath, show, templateParts } from './template';

// 事后发现 (事前提醒、事中审核、事后监管): a pair rule fires on the claim that arrives second, but the claim it names
// may be the suspect one (a clinic visit made during a stay settles days before the stay does). A rule that says
// so (`retrospective`) gives each such earlier claim a hit of its own, sent to people: a settled claim cannot be
// intercepted, so never above warn.

/** A finding about an earlier-arrived claim (`claimId`), made by the review of a later one. */
export interface RetrospectiveHit {
  claimId: string;
  hit: Hit;
}

interface Suspect {
  claimId: string;
  lineIds: string[];
  /** Money of the earlier claim concerned, yuan. */
  amount: number | null;
}

const capped = (s: Severity): Severity => (s === 'block' ? 'warn' : s);

const makers = new WeakMap<readonly LoadedRule[], Map<string, (facts: Record<string, unknown>, foundAt: string) => RetrospectiveHit[]>>();

function makersOf(rules: readonly LoadedRule[]) {
  let m = makers.get(rules);
  if (m) return m;
  m = new Map();
  for (const { def } of rules) {
    const retro = def.retrospective;
    if (!retro) continue;
    const parts = templateParts(retro.message);
    m.set(def.id, (facts, foundAt) => {
      const list = resolvePath(facts, retro.claims);
      if (!Array.isArray(list)) return [];
      const by = String(facts.claimId);
      return (list as Suspect[])
        .filter((s) => s && typeof s.claimId === 'string' && s.claimId !== by)
        .map((suspect) => {
          const scope = { ...facts, params: def.params ?? {}, suspect };
          let message = parts.texts[0];
          for (let i = 0; i < parts.paths.length; i++) message += show(resolvePath(scope, parts.paths[i].join('.'))) + parts.texts[i + 1];
          const hit: Hit = {
            ruleId: def.id,
            family: def.family,
            severity: capped(def.severity),
            message,
            lineIds: Array.isArray(suspect.lineIds) ? suspect.lineIds.map(String) : [],
            amount: typeof suspect.amount === 'number' ? toYuan(toFen(suspect.amount)) : null,
            evidence: { 发现单据: by },
            retrospective: { byClaimId: by, foundAt },
          };
          return { claimId: suspect.claimId, hit };
        });
    });
  }
  makers.set(rules, m);
  return m;
}

/**
 * This claim's own hits: a rule whose `retrospective.earlierOnly` path is true on its facts found something about the
 * earlier claims only (the other side of the pair is the suspect one, and this claim is the ordinary one that shows it),
 * so its hit here is dropped; its retrospective findings are made from the hits as fired.
 */
export function ownHits(rules: readonly LoadedRule[], facts: Record<string, unknown>, hits: readonly Hit[]): Hit[] {
  let paths = earlierOnly.get(rules);
  if (!paths) {
    paths = new Map(rules.filter(({ def }) => def.retrospective?.earlierOnly).map(({ def }) => [def.id, def.retrospective!.earlierOnly!]));
    earlierOnly.set(rules, paths);
  }
  if (!paths.size || !hits.some((h) => paths!.has(h.ruleId))) return hits as Hit[];
  return hits.filter((h) => {
    const path = paths!.get(h.ruleId);
    return !path || resolvePath(facts, path) !== true;
  });
}

const earlierOnly = new WeakMap<readonly LoadedRule[], Map<string, string>>();

/**
 * The findings this claim's hits make about earlier-arrived claims: for each rule that fired and declares
 * `retrospective`, one hit per suspect claim its fact path lists (a rule that fired on several lines once).
 */
export function retrospectiveHits(rules: readonly LoadedRule[], facts: Record<string, unknown>, hits: readonly Hit[], foundAt: string): RetrospectiveHit[] {
  const m = makersOf(rules);
  if (!m.size) return [];
  const out: RetrospectiveHit[] = [];
  for (const ruleId of new Set(hits.map((h) => h.ruleId))) {
    const make = m.get(ruleId);
    if (make) out.push(...make(facts, foundAt));
  }
  return out;
}
