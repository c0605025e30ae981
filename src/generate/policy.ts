import { loadPolicies, policyFor, type BenefitRule, type Policies, type ProvincePolicy, type Scheme, type VisitKind } from '../benefits/policy';

// The benefit policy table (rules/benefits/policies.json) as the review loads and resolves it: the generator pays its
// claims by the member's region's policy in force on the service date, regional overrides and dated entries included.

export type { BenefitRule, Policies, ProvincePolicy };

export function loadGeneratorPolicies(rulesDir: string): Policies {
  const p = loadPolicies(rulesDir);
  if (!p) throw new Error(`${rulesDir}: the generator needs rules/benefits/policies.json`);
  return p;
}

/** The region's policy in force on the date; every generated region has one. */
export function policyOn(policies: Policies, region: string, date: string): ProvincePolicy {
  const p = policyFor(policies, region, date);
  if (!p) throw new Error(`no benefit policy for region ${region} on ${date}`);
  return p;
}

/** The scheme's rule for the visit type in force; every generated claim has one. */
export function ruleOf(p: ProvincePolicy, scheme: Scheme, visit: VisitKind): BenefitRule {
  const rule = p.schemes[scheme][visit];
  if (!rule) throw new Error(`no ${scheme} ${visit} benefit rule in force for ${p.name}`);
  return rule;
}
