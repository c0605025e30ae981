import type { PatternClaim } from './pattern-store';

// Readmissions as the fund sees them: a member's stays across every institution in the record (a hospital's own
// indicator counts only its own returns), the next admission within a window of discharge. One walk for both metrics:
// the 15-day readmission (find-patterns.ts) and the 31-day unplanned one (unplanned-readmissions.ts).

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const byDate = (a: PatternClaim, b: PatternClaim) => a.serviceDate.localeCompare(b.serviceDate) || a.claimId.localeCompare(b.claimId);

/**
 * Stays followed by another admission of the same member within `withinDays` of discharge (以内: the last day counts),
 * at any institution; an admission by transfer is a hand-over, not a readmission, and one `excluded` says is not a
 * readmission (a planned course) is passed over for the next. The readmission may fall after the period (the caller
 * reads the window beyond it).
 */
export function readmittedStays(claims: readonly PatternClaim[], withinDays: number, excluded: (next: PatternClaim) => boolean = () => false): Set<string> {
  const byMember = new Map<string, PatternClaim[]>();
  for (const c of claims) {
    if (c.visitType !== 'inpatient' || c.insuredId === null || c.endDate === null) continue;
    const mine = byMember.get(c.insuredId);
    if (mine) mine.push(c);
    else byMember.set(c.insuredId, [c]);
  }
  const out = new Set<string>();
  for (const stays of byMember.values()) {
    stays.sort(byDate);
    for (let i = 0; i < stays.length; i++) {
      for (let j = i + 1; j < stays.length; j++) {
        const next = stays[j];
        const gap = days(stays[i].endDate!, next.serviceDate);
        if (gap > withinDays) break;
        if (gap >= 0 && next.admissionRoute !== 'transfer' && !excluded(next)) {
          out.add(stays[i].claimId);
          break;
        }
      }
    }
  }
  return out;
}
