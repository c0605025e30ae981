import { startsWithAny } from '../../contract/code-prefix';
import { addDays } from '../../contract/dates';
import { isInjectableDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, linesOf } from './common';

// A subcutaneous or intradermal injection gives a product: insulin, a heparin, a vaccine, a tuberculin skin test. On
// a clinic visit whose bill holds no injectable drug, and the member's claims of the last RECORD_DAYS hold none either
// (no insulin or heparin supply the patient brought), what was injected came from outside the fund: a vaccine
// (预防接种, 劳社部发〔1999〕22号 不予支付) or a public-health test (结核菌素皮肤试验 of a TB contact, free under
// 《中国结核病预防控制工作技术规范（2020年版）》) — settled as the fund's injection service (串换) — or nothing at all.

const SC_INJECTION = ['001204000060001'];
const SC_MARKS = ['皮下注射', '皮内注射'];
/** Days back in the member's record a supply of an injectable may come from (SAMPLE: a 12-week long prescription). */
const RECORD_DAYS = 84;

export interface InjectionWithoutDrug {
  lineIds: string[];
  names: string;
  amount: number;
}

/**
 * Conditions treated by subcutaneous allergen immunotherapy, whose extract is often dispensed or paid apart from the
 * visit's bill: the injection is the treatment, not a product outside the fund (变应性鼻炎诊断和治疗指南 2022; 中国过敏性
 * 哮喘诊治指南 2019; 中国变应原特异性免疫治疗专家共识 2015: allergic rhinitis, allergic asthma, hymenoptera venom allergy).
 */
const IMMUNOTHERAPY_DIAGNOSES = ['J30', 'J45', 'T63.4', 'T78.4', 'Z91.0'];

export function injectionWithoutDrug(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], _k: HistoryKnowledge): InjectionWithoutDrug | null {
  if (!CLINIC_VISITS.has(me.visitType)) return null;
  const lines = items.filter((i) => i.category === 'service' && (SC_INJECTION.includes(i.catalogue?.code ?? i.code) || SC_MARKS.some((m) => i.name.includes(m))));
  if (!lines.length || startsWithAny(me.codes ?? [], IMMUNOTHERAPY_DIAGNOSES)) return null;
  if (items.some((i) => i.category === 'drug' && (isInjectableDrugCode(i.code) || i.name.includes('注射')))) return null;
  const from = addDays(me.serviceDate, -RECORD_DAYS);
  const supplied = prior.some((e) => e.serviceDate >= from && e.serviceDate <= me.serviceDate && (e.lines ?? []).some((l) => l.kind === 'drug' && isInjectableDrugCode(l.code)));
  if (supplied) return null;
  return linesOf(lines);
}
