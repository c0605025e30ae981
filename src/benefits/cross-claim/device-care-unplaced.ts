import { startsWithAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import type { VascularAccessDevices } from '../vascular-access-devices';
import { linesOf } from './common';

// 串换 of a venous access device: each device is maintained with its own service, so the care a member keeps coming
// back for names the device he carries. Care of one kind (PICC维护) whose member's record within the window shows no
// placement of that kind at any institution, but shows a device of another kind placed (a port) and not taken out
// since, contradicts that placement: the claim that billed the other device is the suspect (a PICC billed as a port).
// A record with no device placed says nothing (the placement may predate it); a placement of the cared-for kind
// anywhere explains the care. Codes and window are rules/history/vascular-access-devices.json's, with their sources.

type Device = VascularAccessDevices['devices'][number];

export interface DeviceCareUnplaced {
  /** This claim's care lines. */
  lineIds: string[];
  names: string;
  amount: number;
  /** The device cared for, and the other device the record shows placed. */
  cared: string;
  placed: string;
  /** That placement: date, hospital, claim. */
  earlier: string;
  claimId: string;
  /** The placement claim, the finding's suspect: its device lines kept on the ledger. */
  suspects: { claimId: string; lineIds: string[]; amount: number | null }[];
  /** The finding concerns the earlier placement only (the care itself is what the member received). */
  earlierOnly: true;
}

const codeOf = (i: BenefitItem) => i.catalogue?.code ?? i.code;

function places(e: MemberClaim, d: Device): boolean {
  const bills = new Set([...d.placement.services, ...d.placement.consumables]);
  return startsWithAny(e.codes ?? [], d.placement.procedures) || (e.lines ?? []).some((l) => bills.has(l.row ?? l.code));
}

export function deviceCareUnplaced(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DeviceCareUnplaced | null {
  const t = k.vascularAccessDevices;
  if (!t) return null;
  const window = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate <= me.serviceDate && daysBetween(e.endDate, me.serviceDate) <= t.windowDays.days);
  for (const cared of t.devices) {
    const care = items.filter((i) => cared.care.services.includes(codeOf(i)));
    if (!care.length) continue;
    const ownCodes = new Set(items.map(codeOf));
    if (startsWithAny(me.codes ?? [], cared.placement.procedures) || cared.placement.services.some((c) => ownCodes.has(c))) continue;
    if (window.some((e) => places(e, cared))) continue;
    // The latest placement of another kind still in: no removal of it coded on a later-or-same-day claim since.
    const others = t.devices.filter((d) => d !== cared).flatMap((d) => window.filter((e) => places(e, d)).map((e) => ({ d, e })))
      .filter(({ d, e }) => ![...window, me].some((r) => r.claimId !== e.claimId && r.serviceDate >= e.serviceDate && startsWithAny(r.codes ?? [], d.removal.procedures)))
      .sort((a, b) => a.e.serviceDate.localeCompare(b.e.serviceDate));
    const last = others[others.length - 1];
    if (!last) continue;
    const bills = new Set([...last.d.placement.services, ...last.d.placement.consumables]);
    const theirs = (last.e.lines ?? []).filter((l) => bills.has(l.row ?? l.code));
    return {
      ...linesOf(care),
      cared: cared.name,
      placed: last.d.name,
      earlier: `${last.e.serviceDate} ${last.e.hospitalId} 单据${last.e.claimId}（置入${last.d.name}）`,
      claimId: last.e.claimId,
      suspects: [{ claimId: last.e.claimId, lineIds: theirs.map((l) => l.lineId), amount: theirs.length ? toYuan(theirs.reduce((s, l) => s + l.amountFen, 0)) : null }],
      earlierOnly: true,
    };
  }
  return null;
}
