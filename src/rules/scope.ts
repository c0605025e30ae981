import { dayNumber } from '../contract/dates';
import type { RuleScope } from './rule-schema';

/**
 * A rule's scope as plain json-rules-engine conditions, so scoped rules keep the engine's meaning
 * (and compile like any other condition). Dates compare as day numbers of the service date.
 */
export function scopeConditions(scope: RuleScope | undefined): Record<string, unknown>[] {
  if (!scope) return [];
  const out: Record<string, unknown>[] = [];
  if (scope.provinces?.length) out.push({ fact: 'province', operator: 'in', value: scope.provinces });
  if (scope.regions?.length) out.push({ fact: 'region', operator: 'in', value: scope.regions });
  if (scope.schemes?.length) out.push({ fact: 'insuranceType', operator: 'in', value: scope.schemes });
  if (scope.visitTypes?.length) out.push({ fact: 'visitType', operator: 'in', value: scope.visitTypes });
  if (scope.effectiveFrom) {
    out.push({ fact: 'serviceDay', operator: 'greaterThanInclusive', value: dayNumber(scope.effectiveFrom) });
  }
  if (scope.effectiveTo) {
    out.push({ fact: 'serviceDay', operator: 'lessThanInclusive', value: dayNumber(scope.effectiveTo) });
  }
  return out;
}
