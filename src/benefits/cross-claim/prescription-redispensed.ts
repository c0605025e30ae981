import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

// One prescription dispensed twice (一方多配): a pharmacy dispenses on a prescription (外配处方), which is valid on the
// day it is written and for at most three days (《处方管理办法》第十八条). The same prescriber's prescription with the
// same drugs in the same quantities settled again at a pharmacy within those days is that prescription used twice —
// at another pharmacy, or at the same one on another day (the same bill the same day is duplicateOf's). A renewal is
// a new prescription, written when the last supply runs low: a month later, not within the validity of the first.

/** Days a prescription stays valid: the day written and up to three days (处方管理办法 第十八条). */
export const PRESCRIPTION_VALID_DAYS = 3;

export interface PrescriptionRedispensed {
  /** The earlier pharmacy claim(s) settling the same prescription, their pharmacies, and the prescriber. */
  claims: string;
  pharmacies: string;
  doctorId: string;
  /** Names of the drugs dispensed again. */
  names: string;
  lineIds: string[];
  amount: number;
}

/** The prescription a pharmacy claim dispenses, as its drugs and quantities (null: no drug line, or a line without a quantity). */
function prescriptionOf(e: Pick<MemberClaim, 'lines'>): string | null {
  const drugs = (e.lines ?? []).filter((l) => l.kind === 'drug');
  if (!drugs.length || drugs.some((l) => l.quantity === undefined)) return null;
  return drugs.map((l) => `${l.code}×${l.quantity}`).sort().join('|');
}

/**
 * A pharmacy claim dispensing exactly the drugs and quantities of an earlier pharmacy claim of the member on the
 * same prescriber's prescription within its validity. Not judged: a claim without a prescriber, and the same bill
 * the same day at the same pharmacy (duplicateOf's).
 */
export function prescriptionRedispensed(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], duplicate: boolean): PrescriptionRedispensed | null {
  if (duplicate || me.visitType !== 'pharmacy' || !me.doctorId) return null;
  const mine = prescriptionOf(me);
  if (!mine) return null;
  const earlier = prior.filter((e) => e.visitType === 'pharmacy' && e.doctorId === me.doctorId && e.serviceDate <= me.serviceDate
    && daysBetween(e.serviceDate, me.serviceDate) <= PRESCRIPTION_VALID_DAYS && prescriptionOf(e) === mine);
  if (!earlier.length) return null;
  const drugs = new Set((me.lines ?? []).filter((l) => l.kind === 'drug').map((l) => l.lineId));
  const lines = items.filter((i) => drugs.has(i.lineId));
  return {
    claims: list(earlier.map((e) => e.claimId)), pharmacies: list(earlier.map((e) => e.hospitalId)), doctorId: me.doctorId,
    names: list(lines.map((l) => l.name), 8), lineIds: lines.map((l) => l.lineId), amount: toYuan(fenOf(items, drugs)),
  };
}
