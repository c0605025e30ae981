import type { BenefitItem } from '../benefit-claim';
import type { MemberClaim } from '../member-claim';
import { linesOf, list } from './common';

// 分解处方 / 分次结算 at a pharmacy: one prescriber's drugs for the member on one day settled as several pharmacy claims
// at one pharmacy (《医疗保障基金使用监督管理条例》第十五条: 不得分解处方; the pattern of 月底集中刷卡, one visit's
// basket swiped as several settlements). A prescription holds up to five 西药 or 中成药 (《处方管理办法》第六条(八));
// what one doctor writes for one patient in one day within that is one prescription and one settlement. Separate
// prescriptions are right where the 办法 asks for them, and those are not judged: 西药 apart from 中成药 (第六条(七)
// allows either), 饮片 (单独开具), a 麻醉药品 or 精神药品 (its own special prescription, 附件1 处方标准), a 长处方 beside an
// ordinary one, or more than five drugs together.

/** Most drugs one 西药/中成药 prescription holds (《处方管理办法》第六条(八): 每张处方不得超过5种药品). */
export const DRUGS_PER_PRESCRIPTION = 5;

export interface SplitPrescription {
  /** The earlier claim(s) of the same prescriber at this pharmacy that day, and the prescriber. */
  claims: string;
  doctorId: string;
  /** How many drugs the day's claims hold together, and this claim's drugs by name. */
  drugs: number;
  names: string;
  lineIds: string[];
  amount: number;
}

/** The kind of prescription a claim's drugs are written on (西药 X, 中成药 Z, 长处方 or not), or null when not one ordinary kind. */
function prescriptionKind(e: Pick<MemberClaim, 'lines'>): string | null {
  const drugs = (e.lines ?? []).filter((l) => l.kind === 'drug');
  if (!drugs.length || drugs.some((l) => l.controlled || !l.drug)) return null;
  const kinds = new Set(drugs.map((l) => `${l.code[0]}${l.long ? '长' : ''}`));
  if (kinds.size !== 1) return null;
  const kind = [...kinds][0];
  return kind[0] === 'X' || kind[0] === 'Z' ? kind : null;
}

const drugKeys = (e: MemberClaim) => new Set((e.lines ?? []).filter((l) => l.kind === 'drug').map((l) => l.drug as string));

/**
 * A pharmacy claim after earlier pharmacy claims of the member the same day at the same pharmacy on the same prescriber's
 * prescription, of the same kind (prescriptionKind), with other drugs, the day's drugs together within one prescription's
 * five. Not judged: a claim without a prescriber, a repeated bill (the duplicate rules' and prescription-redispensed's),
 * a claim sharing a drug with the earlier one (a drug bought twice is the supply checks').
 */
export function splitPrescription(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], duplicate: boolean): SplitPrescription | null {
  if (duplicate || me.visitType !== 'pharmacy' || !me.doctorId) return null;
  const kind = prescriptionKind(me);
  if (!kind) return null;
  const mine = drugKeys(me);
  const earlier = prior.filter((e) => e !== me && e.claimId !== me.claimId && e.visitType === 'pharmacy' && e.hospitalId === me.hospitalId
    && e.serviceDate === me.serviceDate && e.doctorId === me.doctorId && prescriptionKind(e) === kind);
  if (!earlier.length) return null;
  const theirs = new Set(earlier.flatMap((e) => [...drugKeys(e)]));
  if ([...mine].some((d) => theirs.has(d))) return null;
  const drugs = mine.size + theirs.size;
  if (drugs > DRUGS_PER_PRESCRIPTION) return null;
  const ids = new Set((me.lines ?? []).filter((l) => l.kind === 'drug').map((l) => l.lineId));
  return { claims: list(earlier.map((e) => e.claimId)), doctorId: me.doctorId, drugs, ...linesOf(items.filter((i) => ids.has(i.lineId))) };
}
