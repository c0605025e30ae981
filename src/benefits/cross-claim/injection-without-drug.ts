import { startsWithAny } from '../../contract/code-prefix';
import { addDays } from '../../contract/dates';
import { isInjectableDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { InjectionRecord } from '../injection-record';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, linesOf } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// An injection gives a product (rules/history/injection-record.json). An injection billed with no injectable drug on
// the bill gave something from outside the fund — a vaccine, a tuberculin skin test — settled as the fund's injection
// service (串换), or nothing. Two things say so: the visit's own codes (vaccination, rabies exposure: the self-paid
// vaccine's injection, intramuscular or subcutaneous, whatever the record holds), or the member's record (a clinic's
// subcutaneous or intradermal injection, no injectable supply on the record of the last `recordDays` either: no insulin
// or heparin the patient brought).

export interface InjectionWithoutDrug {
  lineIds: string[];
  names: string;
  amount: number;
  /** Why nothing on the bill means an injection outside the fund: the visit's vaccination codes, or the empty record. */
  reason: string;
}

const isService = (i: BenefitItem, s: InjectionRecord['subcutaneous']) => i.category === 'service' && (s.codes.includes(rowCodeOf(i)) || s.nameMarks.some((m) => i.name.includes(m)));

export function injectionWithoutDrug(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): InjectionWithoutDrug | null {
  const t = k.injectionRecord;
  const recordDays = k.limits.injectionRecord?.recordDays;
  if (!t || !recordDays) return null;
  const subcutaneous = items.filter((i) => isService(i, t.subcutaneous));
  const intramuscular = items.filter((i) => isService(i, t.intramuscular));
  if (!subcutaneous.length && !intramuscular.length) return null;
  if (items.some((i) => i.category === 'drug' && (isInjectableDrugCode(i.code) || t.injectableMarks.some((m) => i.name.includes(m))))) return null;
  const vaccination = (me.codes ?? []).filter((c) => startsWithAny([c], t.vaccinationDiagnoses));
  if (vaccination.length) {
    const lines = items.filter((i) => subcutaneous.includes(i) || intramuscular.includes(i));
    return { ...linesOf(lines), reason: `本次就诊编码${vaccination.join('、')}（预防接种或狂犬病暴露），注射的为自费疫苗` };
  }
  if (!subcutaneous.length || !CLINIC_VISITS.has(me.visitType) || startsWithAny(me.codes ?? [], t.immunotherapyDiagnoses)) return null;
  const from = addDays(me.serviceDate, -recordDays);
  const supplied = prior.some((e) => e.serviceDate >= from && e.serviceDate <= me.serviceDate && (e.lines ?? []).some((l) => l.kind === 'drug' && isInjectableDrugCode(l.code)));
  if (supplied) return null;
  return { ...linesOf(subcutaneous), reason: `参保人近${recordDays}天的就诊记录亦无可自带的注射用药（如胰岛素、低分子肝素）` };
}
