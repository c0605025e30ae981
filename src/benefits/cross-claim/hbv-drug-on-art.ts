import { startsWithAny } from '../../contract/code-prefix';
import { atcOfDrugCode } from '../../contract/drug-code';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { linesOf } from './common';

// 国家免费抗病毒药 (四免一关怀): a member living with HIV receives antiretroviral therapy free, never on a bill. For one
// with hepatitis B the ART regimen is itself the hepatitis B treatment — its backbone is tenofovir with lamivudine or
// emtricitabine, both active against HBV (《中国艾滋病诊疗指南（2024版）》HIV/HBV 合并感染: ART 方案应包含 TDF/TAF +
// 3TC/FTC; entecavir only added on an ART that cannot contain them, and never alone, which selects HIV resistance
// M184V). An anti-HBV nucleoside (J05AF) billed to the fund for a member with HIV on the claim or on record is
// the free regimen's drug day settled as a covered one (串换), or a regimen the guideline sends to be checked. The HIV
// codes and the drug class are rules/history/free-antivirals.json's, with their sources.

export interface HbvDrugOnArt {
  lineIds: string[];
  names: string;
  amount: number;
  /** Where HIV shows: this claim's codes or an earlier claim's, with its date. */
  hiv: string;
}

export function hbvDrugOnArt(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): HbvDrugOnArt | null {
  const t = k.freeAntivirals;
  if (!t) return null;
  const hiv = t.hiv.codes;
  const lines = items.filter((i) => i.category === 'drug' && startsWithAny([atcOfDrugCode(i.code) ?? ''], t.hbvNucleosides.atc));
  if (!lines.length) return null;
  const own = (me.codes ?? []).filter((c) => startsWithAny([c], hiv));
  const earlier = own.length ? undefined : prior.find((e) => e.serviceDate <= me.serviceDate && startsWithAny(e.codes ?? [], hiv));
  if (!own.length && !earlier) return null;
  return {
    ...linesOf(lines),
    hiv: own.length ? `本单诊断 ${own.join('、')}` : `${earlier!.serviceDate} 单据 ${earlier!.claimId}（${(earlier!.codes ?? []).filter((c) => startsWithAny([c], hiv)).join('、')}）`,
  };
}
