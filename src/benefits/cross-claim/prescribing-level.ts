import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';

// 双通道 (医保发〔2021〕28号) and 医联体延伸处方: a level-restricted drug (catalogue minLevel) dispensed at a lower-level
// institution on a higher-level hospital's prescription is paid as at that hospital, so the prescribing level is the
// one judged. The bill names no prescriber; the member's own claim at a hospital of the level, for one of the drug's
// indications, shortly before (limits.json levelPrescription) stands for the prescription.

/**
 * Where a prescription written elsewhere is dispensed: a pharmacy purchase, or a 门诊慢特病 claim (双通道 dispensing
 * and 延伸处方 are for chronic disease). An ordinary clinic visit at a lower-level hospital prescribes for itself.
 */
const DISPENSING = new Set(['pharmacy', 'chronic']);

/**
 * The lines of this claim whose level-restricted drug is below this institution's level yet was prescribed at a
 * hospital of the level: an earlier claim (the member's entries, already indexed by member) within the window, at that
 * level or above, whose principal diagnosis category falls under the row's indications (any where the row names none;
 * the ledger keeps the principal category only, so a prefix longer than a category matches the category).
 */
export function levelPrescribed(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): string[] {
  const windowDays = k.limits.levelPrescription?.windowDays;
  if (windowDays === undefined || typeof me.hospitalLevel !== 'number' || !DISPENSING.has(me.visitType)) return [];
  const level = me.hospitalLevel;
  const below = items.filter((it) => it.category === 'drug' && (it.catalogue?.minLevel ?? 0) > level);
  if (!below.length) return [];
  const prescribers = prior.filter(
    (e) => typeof e.hospitalLevel === 'number' && e.hospitalLevel > level && e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= windowDays,
  );
  if (!prescribers.length) return [];
  const indicated = (e: MemberClaim, indications: readonly string[] | undefined) =>
    !indications?.length || indications.some((p) => e.principalCategory.startsWith(p) || p.startsWith(e.principalCategory));
  return below
    .filter((it) => prescribers.some((e) => (e.hospitalLevel as number) >= (it.catalogue?.minLevel as number) && indicated(e, it.catalogue?.indications)))
    .map((it) => it.lineId);
}
