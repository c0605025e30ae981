import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { addDays } from '../../contract/dates';
import { CLINIC_VISITS, list, recordReaches } from './common';

// Internet-hospital visits (互联网+ 复诊), known by the register of 定点 internet hospitals or by the online
// consultation row the visit bills (internet-hospitals.json).

interface OnlineVisit {
  /** The 实体医疗机构 the care belongs to: the register's 依托 institution, or the claim's own. */
  parentHospitalId: string;
  /** How the visit is known to be online, as the investigator reads it. */
  knownBy: string;
}

/** How the claim is an online visit, else null. */
function onlineRow(e: Pick<MemberClaim, 'hospitalId' | 'serviceDate' | 'visitType' | 'consult'>, k: HistoryKnowledge): OnlineVisit | null {
  const reg = k.internetHospitals;
  if (!reg || !CLINIC_VISITS.has(e.visitType)) return null;
  const row = reg.on(e.hospitalId, e.serviceDate);
  if (row) return { parentHospitalId: row.parentHospitalId, knownBy: `定点互联网医院登记表（${row.name}）` };
  // The online 复诊 fee is charged for nothing else; 45号 settles it under the 实体 institution's own code.
  const consult = e.consult ? reg.onlineConsult(e.consult.row) : null;
  return consult ? { parentHospitalId: e.hospitalId, knownBy: `收取${consult}` } : null;
}

/** Whether a clinic visit is an internet-hospital visit (register or online consultation row): care given at a distance. */
export function isOnlineVisit(e: Pick<MemberClaim, 'hospitalId' | 'serviceDate' | 'visitType' | 'consult'>, k: HistoryKnowledge): boolean {
  return onlineRow(e, k) !== null;
}

/**
 * One condition: the same ICD-10 category, the same group of related-conditions.json, or the same block of the
 * category's first two characters (F32 and F33 are both 心境障碍 F30–F39; SAMPLE reading of 相同诊断 in
 * 《互联网诊疗管理办法（试行）》第十六条: a depressive episode diagnosed in person is renewed online as recurrent).
 */
function sameCondition(category: string, e: MemberClaim, k: HistoryKnowledge): boolean {
  const theirs = new Set([e.principalCategory, ...(e.codes ?? []).map((c) => c.slice(0, 3))]);
  const group = k.related?.get(category);
  for (const c of theirs) if (c === category || c.slice(0, 2) === category.slice(0, 2) || (group !== undefined && k.related?.get(c) === group)) return true;
  return false;
}

export interface OnlineFirstVisit {
  /** The 实体医疗机构 the internet hospital is attached to. */
  parentHospitalId: string;
  condition: string;
  knownBy: string;
  /**
   * The member's earliest claim in the ledger (judged only when it reaches `recordDays` back): the ledger cannot show a first visit before it
   * (the service going live, care in another region), so the finding stays a 可疑 for the 首诊 record to be checked.
   */
  recordSince: string;
  lineIds: string[];
  amount: number;
}

/**
 * An online visit with no in-person visit or stay for the same condition anywhere in the member's record up to its
 * day: 《互联网诊疗管理办法（试行）》(2018) 第十六条 不得对首诊患者开展互联网诊疗活动 — online care is a 复诊 of a
 * condition diagnosed at a 实体医疗机构. Pharmacy purchases are no diagnosis. Every line of the visit is named. Judged
 * only when the member's ledger reaches `onlineFirstVisit.recordDays` before the visit: a shorter record cannot show
 * the in-person diagnosis absent (recordReaches).
 */
export function onlineFirstVisit(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): OnlineFirstVisit | null {
  const recordDays = k.limits.onlineFirstVisit?.recordDays;
  const row = onlineRow(me, k);
  if (!row || recordDays === undefined) return null;
  const others = prior.filter((e) => e.claimId !== me.claimId);
  if (!recordReaches(others, addDays(me.serviceDate, -recordDays))) return null;
  const inPerson = prior.some(
    (e) => e.claimId !== me.claimId && e.visitType !== 'pharmacy' && e.serviceDate <= me.serviceDate && !onlineRow(e, k) && sameCondition(me.principalCategory, e, k),
  );
  if (inPerson) return null;
  const ids = new Set(items.map((i) => i.lineId));
  const since = others.reduce((d, e) => (e.serviceDate < d ? e.serviceDate : d), me.serviceDate);
  const recordSince = `${since}起（本系统记录以外的线下就诊无从核对）`;
  return { parentHospitalId: row.parentHospitalId, condition: me.principalCategory, knownBy: row.knownBy, recordSince, lineIds: [...ids], amount: toYuan(fenOf(items, ids)) };
}

export interface OnlineControlledDrug {
  /** The drugs as the investigator reads them: 酒石酸唑吡坦片（第二类精神药品）. */
  drugs: string;
  lineIds: string[];
  amount: number;
}

/**
 * A 麻醉药品 or 精神药品 (catalogue specialControl) prescribed on an online visit: 《互联网诊疗管理办法（试行）》第十九条
 * and 《互联网诊疗监管细则（试行）》(2022): 不得开具麻醉药品、精神药品等特殊管理药品的处方.
 */
export function onlineControlledDrug(me: MemberClaim, items: readonly BenefitItem[], _prior: readonly MemberClaim[], k: HistoryKnowledge): OnlineControlledDrug | null {
  if (!onlineRow(me, k)) return null;
  const lines = items.filter((i) => i.category === 'drug' && i.catalogue?.specialControl);
  if (!lines.length) return null;
  const ids = new Set(lines.map((i) => i.lineId));
  const names = [...new Set(lines.map((i) => `${i.name}（${i.catalogue!.specialControl!.class}）`))];
  return { drugs: list(names, 8), lineIds: [...ids], amount: toYuan(fenOf(items, ids)) };
}

export interface OnlineSameDayConsult {
  /** The other consultation's claim and institution, and which of the two was online. */
  claimId: string;
  hospitalId: string;
  online: '本单为互联网复诊' | '另一单为互联网复诊';
  lineIds: string[];
  amount: number;
}

/**
 * An online and an in-person consultation of one hospital group (the internet hospital and the 实体医疗机构 it is
 * attached to) for the same condition on one day, whichever arrives second: one 复诊, its 诊察费 charged twice
 * (医保发〔2020〕45号: online 复诊 is priced and paid as the in-person 普通门诊诊察费, not beside it). This claim's
 * consultation lines of the day are named.
 */
export function onlineSameDayConsult(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): OnlineSameDayConsult | null {
  if (!CLINIC_VISITS.has(me.visitType) || !k.internetHospitals) return null;
  const consult = items.filter((i) => i.catalogue?.subcategory === 'consult' && i.date === me.serviceDate);
  if (!consult.length) return null;
  const mine = onlineRow(me, k);
  const hasConsult = (e: MemberClaim) => Boolean(e.consult) || (e.lines ?? []).some((l) => l.kind === 'consult' && l.date === e.serviceDate);
  const other = prior.find((e) => {
    if (e.claimId === me.claimId || e.serviceDate !== me.serviceDate || !CLINIC_VISITS.has(e.visitType) || !hasConsult(e)) return false;
    const theirs = onlineRow(e, k);
    const oneGroup = mine ? !theirs && e.hospitalId === mine.parentHospitalId : theirs !== null && theirs.parentHospitalId === me.hospitalId;
    return oneGroup && sameCondition(me.principalCategory, e, k);
  });
  if (!other) return null;
  const ids = new Set(consult.map((i) => i.lineId));
  return { claimId: other.claimId, hospitalId: other.hospitalId, online: mine ? '本单为互联网复诊' : '另一单为互联网复诊', lineIds: [...ids], amount: toYuan(fenOf(items, ids)) };
}
