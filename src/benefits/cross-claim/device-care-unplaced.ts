import { startsWithAny } from '../../contract/code-prefix';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { deviceRecord, placementLines, placesDevice, removesDevice } from '../device-in-place';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { linesOf } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 串换 of a venous access device: each device is maintained with its own service, so the care a member keeps coming
// back for names the device he carries. Care of one kind (PICC维护) whose member's record within the window shows no
// placement of that kind at any institution, but shows a device of another kind placed (a port) and not taken out
// since, contradicts that placement: the claim that billed the other device is the suspect (a PICC billed as a port).
// A record with no device placed says nothing (the placement may predate it); a placement of the cared-for kind
// anywhere explains the care. The devices judged are those with care services in rules/history/devices-in-place.json
// (device-in-place.ts reads what places and removes each, and its window), with their sources.

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


export function deviceCareUnplaced(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DeviceCareUnplaced | null {
  const devices = (k.devicesInPlace?.devices ?? []).filter((d) => d.care);
  for (const cared of devices) {
    const care = items.filter((i) => cared.care!.services.includes(rowCodeOf(i)));
    if (!care.length) continue;
    const ownCodes = new Set(items.map(rowCodeOf));
    if (startsWithAny(me.codes ?? [], cared.placement.procedures) || cared.placement.services.some((c) => ownCodes.has(c))) continue;
    const window = deviceRecord(me, prior, cared, false);
    if (window.some((e) => placesDevice(e, cared))) continue;
    // The latest placement of another kind still in: no removal of it coded on a later-or-same-day claim since.
    const others = devices.filter((d) => d !== cared).flatMap((d) => window.filter((e) => placesDevice(e, d)).map((e) => ({ d, e })))
      .filter(({ d, e }) => ![...window, me].some((r) => r.claimId !== e.claimId && r.serviceDate >= e.serviceDate && removesDevice(r, d)))
      .sort((a, b) => a.e.serviceDate.localeCompare(b.e.serviceDate));
    const last = others[others.length - 1];
    if (!last) continue;
    const theirs = placementLines(last.e, last.d);
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
