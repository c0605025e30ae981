import { plannedAdmission } from '../../contract/claim';
import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { itemIn } from '../../contract/catalogue-row';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { CLINIC_VISITS, linesOf, list } from './common';

// 无指征冠脉介入: in chronic (stable) coronary disease PCI is for angina despite optimal medical therapy, or for
// prognostically important ischaemia or anatomy (中国经皮冠状动脉介入治疗指南 2016; ESC 2019 CCS, 2018 revascularisation).
// Chinese coding puts I25.1 as the principal of legitimate elective PCI too, so the member's record decides: a stent
// placed after a coronary clinic visit, with no angina, no anti-anginal drug and no ischaemia test anywhere in the
// record, is for the investigator to check against the angiography report. A member whose record holds no coronary
// visit before the stay is not judged (absence of history is not evidence).

export interface ElectivePci {
  /** The clinic visits coding coronary disease before the stay, and their dates. */
  visits: string;
  dates: string;
  /** The stay's PCI procedure codes. */
  procedures: string;
  /** The PCI fee, stent and balloon lines of the stay, their names and money (yuan). */
  lineIds: string[];
  names: string;
  amount: number;
}

export function electivePci(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ElectivePci | null {
  const t = k.limits.electivePci;
  if (!t || me.visitType !== 'inpatient' || !me.codes || !plannedAdmission(me.admissionRoute)) return null;
  const procedures = me.codes.filter((c) => underAny(c, t.procedures));
  if (!procedures.length || !t.principalCategories.includes(me.principalCategory) || startsWithAny(me.codes, t.indications)) return null;
  const rows = new Set(t.items);
  const lines = items.filter((i) => itemIn(rows, i));
  if (!lines.length) return null;
  const before = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId && e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= t.windowDays);
  const coronaryVisits = before.filter((e) => CLINIC_VISITS.has(e.visitType) && startsWithAny(e.codes ?? [e.principalCategory], t.coronary));
  if (!coronaryVisits.length) return null;
  const tests = new Set(t.ischaemiaTests);
  const shows = (e: MemberClaim) =>
    startsWithAny(e.codes ?? [e.principalCategory], t.indications) ||
    (e.lines ?? []).some((l) => (l.kind === 'drug' && (underAny(l.code, t.antianginal) || (l.drug !== undefined && underAny(l.drug, t.antianginal)))) || tests.has(ledgerRowOf(l)));
  // An entry written before lines and codes were kept shows nothing either way: such a record is not judged.
  if (before.some((e) => shows(e) || !e.codes || !e.lines)) return null;
  coronaryVisits.sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  return {
    visits: list(coronaryVisits.map((e) => e.claimId)),
    dates: list(coronaryVisits.map((e) => e.serviceDate)),
    procedures: list(procedures),
    ...linesOf(lines),
  };
}
