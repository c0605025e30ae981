import { underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { isBefore } from '../ledger-entry';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

// 《医疗保障基金结算清单填写规范》(医保办发〔2021〕34号) 主要诊断选择: a stay whose purpose is chemotherapy of a malignancy
// takes the treatment encounter (Z51.1) as principal; the tumour is principal only when the stay first diagnoses it,
// operates on it or treats it otherwise. A cycle coded to the tumour between cycles the same hospital record coded
// Z51.1 is the same care coded differently, the usual way a chemotherapy stay is moved into a heavier group.

export interface ChemoStayPrincipal {
  /** This stay's principal category (the tumour) and its antineoplastics (names). */
  tumour: string;
  drugs: string;
  /** The member's earlier claims coding the same tumour with a chemotherapy encounter principal, and their dates (empty, left out of the evidence, when the stay codes the encounter itself). */
  claims: string;
  dates: string;
  /** What shows the stay is a chemotherapy course, in the investigator's words: its own Z51.1 code, or the earlier claims. */
  record: string;
  lineIds: string[];
}

type Table = NonNullable<HistoryKnowledge['limits']['chemoStayPrincipal']>;

/** ICD-9-CM-3 codes begin with a digit; ICD-10 codes with a letter. */
const isProcedure = (c: string) => /^\d/.test(c);

/** Whether the stay does something to the tumour beyond giving the drugs: an operation, biopsy or pathology. */
function treatsOrDiagnoses(me: MemberClaim, items: readonly BenefitItem[], t: Table): boolean {
  if ((me.codes ?? []).some((c) => isProcedure(c) && !underAny(c, t.administration))) return true;
  return items.some((i) => t.workUpItems.includes(i.code) || t.workUpMarks.some((m) => i.name.includes(m)));
}

/**
 * An inpatient claim whose principal is a malignancy (`malignant`, ICD-10 prefixes) billing a parenteral
 * antineoplastic (`drugs`, national drug-code prefixes, named with a `parenteralMarks` mark), with no procedure other
 * than the drugs' administration (`administration`, ICD-9-CM-3 prefixes) and no biopsy or pathology (`workUpItems`,
 * `workUpMarks`), while the member's claims within `windowDays` before it code the same tumour (ICD-10 category) under a
 * chemotherapy encounter principal (`encounter`), or the stay itself codes the encounter as a secondary diagnosis. The
 * first stay of a tumour has no such claim before it and, coding no encounter, is not judged.
 */
export function chemoStayPrincipal(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ChemoStayPrincipal | null {
  const t = k.limits.chemoStayPrincipal;
  if (!t || me.visitType !== 'inpatient' || !underAny(me.principalCategory, t.malignant)) return null;
  const drugs = items.filter((i) => i.category === 'drug' && underAny(i.code, t.drugs) && t.parenteralMarks.some((m) => i.name.includes(m)));
  if (!drugs.length || treatsOrDiagnoses(me, items, t)) return null;
  const tumour = (me.codes ?? []).find((c) => c.startsWith(me.principalCategory)) ?? me.principalCategory;
  const drugNames = [...new Set(drugs.map((i) => i.name))].join('、');
  const earlier = prior.filter((e) => {
    if (e.claimId === me.claimId || !isBefore(e, me)) return false;
    if (daysBetween(e.serviceDate, me.serviceDate) > t.windowDays) return false;
    const codes = e.codes ?? [];
    return underAny(e.principalCategory, t.encounter.map((p) => p.slice(0, 3))) && codes.some((c) => underAny(c, t.encounter)) && codes.some((c) => c.startsWith(me.principalCategory));
  });
  const own = (me.codes ?? []).find((c) => underAny(c, t.encounter));
  if (own) {
    // The first stay of a tumour may stage it (CT, MRI, PET-CT) before its first cycle: a diagnostic stay, the tumour may
    // be principal (医保办发〔2021〕34号). After earlier cycles the same imaging is a restaging, no reason for it.
    if (!earlier.length && items.some((i) => t.stagingItems.includes(i.code))) return null;
    return { tumour, drugs: drugNames, claims: '', dates: '', record: `本次住院自身已编码化疗疗程（${own}）为其他诊断`, lineIds: drugs.map((i) => i.lineId) };
  }
  if (!earlier.length) return null;
  earlier.sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  const claims = list(earlier.map((e) => e.claimId));
  const dates = list(earlier.map((e) => e.serviceDate));
  return { tumour, drugs: drugNames, claims, dates, record: `参保人此前同一肿瘤的化疗住院（单据${claims}，${dates}）均以化疗疗程（Z51.1）为主要诊断`, lineIds: drugs.map((i) => i.lineId) };
}
