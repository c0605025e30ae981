import { addDays, daysBetween } from '../contract/dates';
import type { WaitingPeriodPolicy } from './policy';

// The waiting period (待遇等待期) of seeds/004 (吉林省落实基本医疗保险参保长效机制若干举措, items 3–6, 10–11),
// for the schemes the provision covers (items 6–11 concern 居民医保) and from the date it takes effect
// (自 2025 年起; the policy table's effectiveFrom):
// - 90 fixed days for anyone not enrolled in the concentrated payment period or not continuously enrolled;
// - +30 days for each further lapsed year (a partial year counts as a whole one; "每多断保1年" read as each
//   lapsed year beyond the first unless countFirstLapsedYear says otherwise);
// - −30 days of the variable part for each back-paid year;
// - 连续断缴4年以上: from 4 lapsed years on (以上 includes the number, Civil Code art. 1259) the repaired
//   total is still at least 180 days;
// - none for newborns enrolled within 90 days of birth, students transferring in, veterans and other status
//   changes, and members with 2+ continuous years switching schemes who re-enrol within 90 days (item 6:
//   中断缴费 90 天内参加居民医保并接续缴费的，视为连续参保缴费).

export interface EnrollmentFacts {
  enrolledOn?: string;
  inConcentratedPeriod?: boolean;
  continuousYears?: number;
  lapsedYears?: number;
  backPaidYears?: number;
  /** Days between the end of the previous coverage and this enrolment, where the claim says. */
  lapseDays?: number;
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

/** `p` is the provision in force on the service date (null: none); `scheme` the claim's insuranceType. */
export function waitingPeriod(e: EnrollmentFacts | undefined, birthDate: string, p: WaitingPeriodPolicy | null, scheme: string): WaitingPeriod {
  const none = (exemption: string | null): WaitingPeriod => ({
    days: 0,
    fixedDays: 0,
    variableDays: 0,
    exemption,
    endsOn: e?.enrolledOn ?? null,
  });
  if (!p) return none('no waiting-period provision in force on the service date');
  if (!p.schemes.includes(scheme as 'employee' | 'resident')) return none(`the provision covers ${p.schemes.join(', ')} only`);
  if (!e?.enrolledOn) return none('enrolment unknown');
  const lapsed = e.lapsedYears ?? 0;
  const special = e.special ?? null;
  if (special && p.exemptSpecial.includes(special as never)) {
    if (special === 'newborn') {
      const age = daysBetween(birthDate, e.enrolledOn);
      if (age <= p.newbornEnrolWithinDays) return none(`newborn enrolled ${age} days after birth`);
    } else if (special === 'scheme_switch') {
      // Without lapseDays, a recorded lapsed year (a partial year counts as one) cannot show re-enrolment
      // within the window: only a switch without any lapse is taken as continuous.
      const within = e.lapseDays !== undefined ? e.lapseDays <= p.schemeSwitchReenrolWithinDays : lapsed === 0;
      if ((e.continuousYears ?? 0) >= p.schemeSwitchMinContinuousYears && within) return none('scheme switch after continuous enrolment, re-enrolled within the window');
    } else {
      return none(special);
    }
  }
  const continuous = e.inConcentratedPeriod !== false && lapsed === 0;
  if (continuous) return none('enrolled in the concentrated period without a lapse');

  const fixedDays = p.fixedDays;
  const counted = p.countFirstLapsedYear ? lapsed : Math.max(0, lapsed - 1);
  let variableDays = Math.max(0, counted * p.perExtraLapsedYearDays - (e.backPaidYears ?? 0) * p.backPaidYearReducesDays);
  if (lapsed >= p.longLapseYears && fixedDays + variableDays < p.minTotalDaysAfterLongLapse) {
    variableDays = p.minTotalDaysAfterLongLapse - fixedDays;
  }
  const days = fixedDays + variableDays;
  return { days, fixedDays, variableDays, exemption: null, endsOn: addDays(e.enrolledOn, days) };
}
