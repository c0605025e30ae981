import type { Claim } from '../contract/claim';
import type { Hit } from '../contract/verdict';
import type { EnrichedClaim } from '../enrich/facts';
import { ledgerEntry } from '../benefits/ledger-entry';
import { placementNameMarks } from '../benefits/device-in-place';
import { hasBill, type BillKey } from '../benefits/identical-bills';
import { dayBillOf } from '../benefits/template-rotation';
import { enrichClaim } from '../enrich/enrich';
import type { EnrichRefs } from '../enrich/load-refs';
import { attachMemberFacts } from '../features/reviews/review';
import { validateClaim } from '../validate/validate-claim';
import type { Ruleset } from '../rules/engine';
import { buildExample, loadBaseClaims, type BaseClaims, type RuleExample } from '../rules/examples';
import { retrospectiveHits } from '../rules/retrospective';

export interface ExampleFailure {
  ruleId: string;
  kind: 'fires' | 'quiet' | 'missing';
  index: number;
  note: string;
  problem: string;
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/**
 * Runs every rule's examples through the real validate → enrich → rules path of the given rule set:
 * a "fires" example must raise the rule, a "quiet" one must not, and a rule without both kinds fails. A rule with
 * `retrospective` needs a "fires" example naming the earlier claims its finding reaches (and, where the claim can
 * itself be the suspect side, one with `retrospective`: []); each such example must give exactly those.
 * `evaluate` lets a caller judge by another path (the compiled one) against the same examples; it is told which
 * example it judges.
 */
export async function runRuleExamples(
  ruleset: Ruleset,
  rulesDir: string,
  evaluate: (claim: EnrichedClaim, example: { ruleId: string; kind: 'fires' | 'quiet'; index: number }) => Promise<Hit[]> = ruleset.evaluate,
): Promise<ExampleReport> {
  const bases = loadBaseClaims(rulesDir);
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const { def } of ruleset.rules) {
    const sets: ['fires' | 'quiet', RuleExample[]][] = [
      ['fires', (def.examples?.fires ?? []) as RuleExample[]],
      ['quiet', (def.examples?.quiet ?? []) as RuleExample[]],
    ];
    if (def.retrospective) {
      const named = sets[0][1].map((e) => e.retrospective).filter((r): r is string[] => Array.isArray(r));
      if (!named.some((r) => r.length)) failures.push({ ruleId: def.id, kind: 'missing', index: -1, note: '', problem: 'no "fires" example naming the earlier claims its retrospective finding reaches' });
    }
    for (const [kind, list] of sets) {
      if (list.length === 0) {
        failures.push({ ruleId: def.id, kind: 'missing', index: -1, note: '', problem: `no "${kind}" example` });
      }
      for (const [index, example] of list.entries()) {
        examples += 1;
        const note = example.note ?? '';
        const built = [...(example.history ?? []), example].map((e) => validExample(e, bases, ruleset.refs));
        const invalid = built.find((b): b is string => typeof b === 'string');
        if (invalid !== undefined) {
          failures.push({ ruleId: def.id, kind, index, note, problem: `example is not a valid claim: ${invalid}` });
          continue;
        }
        const [me, ...earlier] = (built as Claim[]).reverse().map((c) => enrichClaim(c, ruleset.refs));
        const history = earlier.map((e) => ledgerEntry(e.facts, ruleset.refs.history?.stayLedgerCodes ?? ruleset.refs.history?.frequency, ruleset.refs.history?.schedules, placementNameMarks(ruleset.refs.history?.devicesInPlace), e.claim.procedures ?? []));
        // Earlier claims of other members (another patient.insuredId) stand for the store's identical bills, the
        // doctor's other patients and the stays admitted with this one.
        const billsOf = async (keys: BillKey[]) => history.filter((h) => keys.some((k) => hasBill(h, k)));
        await attachMemberFacts([me], ruleset, {
          history: async () => history,
          identicalBills: billsOf,
          earlierBills: billsOf,
          doctorVisits: async (keys) => history.filter((h) => h.consult && keys.some((k) => k.hospitalId === h.hospitalId && k.doctorId === h.doctorId && h.serviceDate >= k.from && h.serviceDate <= k.to)),
          admissions: async (keys) => history.filter((h) => h.visitType === 'inpatient' && keys.some((k) => k.hospitalId === h.hospitalId && k.serviceDate === h.serviceDate)),
          doctorDays: async (keys) =>
            history
              .filter((h) => (h.visitType === 'outpatient' || h.visitType === 'chronic') && keys.some((k) => k.hospitalId === h.hospitalId && k.doctorId === h.doctorId && k.serviceDate === h.serviceDate))
              .map(dayBillOf),
          doctorClinics: async (keys) => history.filter((h) => (h.visitType === 'outpatient' || h.visitType === 'chronic') && keys.some((k) => k.doctorId === h.doctorId && k.serviceDate === h.serviceDate)),
          doctorOperations: async (keys) => history.filter((h) => h.visitType === 'inpatient' && keys.some((k) => k.doctorId === h.doctorId && h.operationDays?.includes(k.serviceDate))),
        });
        const hits = await evaluate(me, { ruleId: def.id, kind, index });
        const fired = hits.some((h) => h.ruleId === def.id);
        if (fired !== (kind === 'fires')) {
          failures.push({ ruleId: def.id, kind, index, note, problem: kind === 'fires' ? 'did not fire' : 'fired' });
        } else if (fired && Array.isArray(example.retrospective)) {
          const reached = retrospectiveHits(ruleset.rules, me.facts as unknown as Record<string, unknown>, hits.filter((h) => h.ruleId === def.id), 'example').map((r) => r.claimId);
          if (reached.join(',') !== example.retrospective.join(',')) {
            failures.push({ ruleId: def.id, kind, index, note, problem: `retrospective finding reached [${reached.join(', ')}], expected [${example.retrospective.join(', ')}]` });
          }
        }
      }
    }
  }
  return { rules: ruleset.rules.length, examples, failures };
}

function validExample(example: RuleExample, bases: BaseClaims, refs: EnrichRefs): Claim | string {
  const checked = validateClaim(buildExample(example, bases, refs.catalogue, refs.policies));
  return checked.ok ? checked.claim : checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}
