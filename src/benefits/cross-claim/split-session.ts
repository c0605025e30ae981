import type { BenefitItem } from '../benefit-claim';
import type { ExamRecognition } from '../history-knowledge';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import { fenOf, toYuan } from '../../money/fen';
import { CLINIC_VISITS, emergencyVisit, list, type Suspect } from './common';

// 拆单重复收费: a clinic session's own monitoring settled on a second claim of the same day at the same hospital. The
// session price includes what it runs with (catalogue includesDuring `sameDayClaims`, kept on the session's ledger line
// as `includesOnDay`: 血液透析 and its ECG, SpO₂ and blood-pressure monitoring — 自查自纠问题清单（血液透析）: 血液透析治疗中
// 重复收取心电监护、血氧饱和度监测), on whatever claim of the day it is billed. The within-claim case is
// catalogue.bundled-charge's.

export interface SplitSession {
  /** The other claim of the pair: the session's when this claim bills the included lines, else the first claim billing them. */
  claimId: string;
  /** The session's claim and the claims billing its included lines. */
  sessionClaimId: string;
  claims: string;
  /** The included lines' names (this claim's) or codes (another claim's). */
  included: string;
  /** This claim's included lines and their money, yuan; none when this claim is the session. */
  lineIds: string[];
  amount: number;
  /** When this claim is the session: the earlier-arrived claims billing its included lines, with those lines (事后发现). */
  suspects: Suspect[];
}

/** date → codes the claim's sessions include on other claims that day. */
function sessionDays(c: MemberClaim): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of c.lines ?? []) {
    if (!l.includesOnDay?.length) continue;
    const codes = out.get(l.date) ?? new Set<string>();
    for (const x of l.includesOnDay) codes.add(x);
    out.set(l.date, codes);
  }
  return out;
}

/** The lines of `c` another claim's sessions include that day; none when `c` bills the session itself (then its own bill holds both). */
function includedLines(c: MemberClaim, sessions: Map<string, Set<string>>): LedgerLine[] {
  if (!sessions.size) return [];
  const own = sessionDays(c);
  return (c.lines ?? []).filter((l) => l.kind !== 'drug' && !own.has(l.date) && sessions.get(l.date)?.has(ledgerRowOf(l)) === true);
}

/**
 * A 门诊 or 门诊慢特病 claim billing lines a session settled on another clinic claim of the member that day at the same
 * hospital includes, whichever arrives second. Not judged: an emergency visit on the billing side (a patient worse by
 * evening is watched for a new reason), the same bill settled again (duplicateOf's), a claim that bills the session
 * itself. A visit to another department that day with its own consultation, tests and drugs bills none of the
 * session's included lines and is not concerned.
 */
export function splitSession(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], table: ExamRecognition | undefined): SplitSession | null {
  if (!CLINIC_VISITS.has(me.visitType)) return null;
  const peers = prior.filter((e) => CLINIC_VISITS.has(e.visitType) && e.hospitalId === me.hospitalId && e.serviceDate === me.serviceDate && e.itemsSignature !== me.itemsSignature);
  if (!peers.length) return null;
  const mySessions = sessionDays(me);
  if (!mySessions.size) {
    if (emergencyVisit(me, table)) return null;
    for (const e of peers) {
      const mine = includedLines(me, sessionDays(e));
      if (!mine.length) continue;
      const ids = new Set(mine.map((l) => l.lineId));
      const names = new Map(items.map((i) => [i.lineId, i.name]));
      return {
        claimId: e.claimId, sessionClaimId: e.claimId, claims: e.claimId, included: list(mine.map((l) => names.get(l.lineId) ?? l.code), 8),
        lineIds: [...ids], amount: toYuan(fenOf(items, ids)), suspects: [],
      };
    }
    return null;
  }
  const suspects: Suspect[] = [];
  const codes: string[] = [];
  let fen = 0;
  for (const e of peers) {
    if (emergencyVisit(e, table)) continue;
    const theirs = includedLines(e, mySessions);
    if (!theirs.length) continue;
    const theirFen = theirs.reduce((s, l) => s + l.amountFen, 0);
    fen += theirFen;
    suspects.push({ claimId: e.claimId, lineIds: theirs.map((l) => l.lineId), amount: toYuan(theirFen) });
    codes.push(...theirs.map((l) => ledgerRowOf(l)));
  }
  if (!suspects.length) return null;
  return {
    claimId: suspects[0].claimId, sessionClaimId: me.claimId, claims: list(suspects.map((s) => s.claimId)), included: list(codes, 8),
    lineIds: [], amount: toYuan(fen), suspects,
  };
}
