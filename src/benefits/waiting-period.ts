import { addDays, daysBetween } from '../contract/dates';
import type { WaitingPeriodPolicy } from './policy';

// The waiting period (待遇等待期) of seeds/004 (吉林省落实基本医疗保险参保长效机制若干举措, items 3–6, 10–11):
// - 90 fixed days for anyone not enrolled in the concentrated payment period or not continuously enrolled;
// - +30 days for each further lapsed year (a partial year counts as a whole one; "每多断保1年" read as each
//   lapsed year beyond the first unless countFirstLapsedYear says otherwise);
// - −30 days of the variable part for each back-paid year;
// - after more than 4 lapsed years the repaired total is still at least 180 days;
// - none for newborns enrolled within 90 days of birth, students transferring in, veterans and other status
//   changes, and members with 2+ continuous years switching schemes (the special enrollment kinds).

export interface EnrollmentFacts {
  enrolledOn?: string;
  inConcentratedPeriod?: boolean;
  continuousYears?: number;
  lapsedYears?: number;
  backPaidYears?: number;
  special?: string | null;
}

export interface WaitingPeriod {
  /** Days from enrolment during which benefits are not paid; 0 when none applies. */
  days: number;
  fixedDays: number;
  variableDays: number;
  /** Why no waiting period applies, where that is the case. */
  exemption: string | null;
  /** First day benefits are paid (enrolledOn + days); null when enrolment is unknown. */
  endsOn: string | null;
}

export function waitingPeriod(e: EnrollmentFacts | undefined, birthDate: string, p: WaitingPeriodPolicy): WaitingPeriod {
  const none = (exemption: string | null): WaitingPeriod => ({
    days: 0,
    fixedDays: 0,
    variableDays: 0,
    exemption,
    endsOn: e?.enrolledOn ?? null,
  });
  if (!e?.enrolledOn) return none('enrolment unknown');
  const special = e.special ?? null;
  if (special && p.exemptSpecial.includes(special)) {
    if (special === 'newborn') {
      const age = daysBetween(birthDate, e.enrolledOn);
      if (age <= p.newbornEnrolWithinDays) return none(`newborn enrolled ${age} days after birth`);
    } else if (special === 'scheme_switch') {
      if ((e.continuousYears ?? 0) >= p.schemeSwitchMinContinuousYears) return none('scheme switch after continuous enrolment');
    } else {
      return none(special);
    }
  }
  const lapsed = e.lapsedYears ?? 0;
  const continuous = e.inConcentratedPeriod !== false && lapsed === 0;
  if (continuous) return none('enrolled in the concentrated period without a lapse');

  const fixedDays = p.fixedDays;
  const counted = p.countFirstLapsedYear ? lapsed : Math.max(0, lapsed - 1);
  let variableDays = Math.max(0, counted * p.perExtraLapsedYearDays - (e.backPaidYears ?? 0) * p.backPaidYearReducesDays);
  if (lapsed > 4 && fixedDays + variableDays < p.minTotalDaysIfLapsedOver4Years) {
    variableDays = p.minTotalDaysIfLapsedOver4Years - fixedDays;
  }
  const days = fixedDays + variableDays;
  return { days, fixedDays, variableDays, exemption: null, endsOn: addDays(e.enrolledOn, days) };
}
