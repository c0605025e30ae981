/**
 * DRG split tests (none / mcc / mcc_or_cc) with the CC exclusion rule: a secondary MCC or CC does
 * not count when its exclusion table id equals that of the principal diagnosis (cce.json).
 */
import type { ComplicationKind, ExcludedComplication } from './types';

export type SplitKind = 'none' | 'mcc' | 'mcc_or_cc';
export const SPLIT_KINDS: readonly SplitKind[] = ['none', 'mcc', 'mcc_or_cc'];

export interface ComplicationTables {
  /** diagnosis -> exclusion table id */
  mcc: ReadonlyMap<string, string>;
  cc: ReadonlyMap<string, string>;
  /** principal diagnosis -> exclusion table id */
  cce: ReadonlyMap<string, string>;
}

export interface CountingComplication {
  code: string;
  kind: ComplicationKind;
  table: string;
}

export interface ComplicationFindings {
  principalTable: string | undefined;
  /** First secondary MCC that counts. */
  mcc: CountingComplication | null;
  /** First secondary CC that counts. */
  cc: CountingComplication | null;
  excluded: ExcludedComplication[];
}

const LABEL: Record<ComplicationKind, string> = { mcc: 'MCC', cc: 'CC' };

/**
 * One pass over the secondary diagnoses. `kinds` limits the excluded list to what the ADRG's
 * splits look at, so an excluded CC is not reported for an ADRG that splits on MCC only.
 */
export function findComplications(
  t: ComplicationTables,
  diagnoses: readonly string[],
  kinds: { mcc: boolean; cc: boolean },
): ComplicationFindings {
  const principal = diagnoses[0];
  const e = t.cce.get(principal);
  const out: ComplicationFindings = { principalTable: e, mcc: null, cc: null, excluded: [] };
  // A code could be in both mcc.json and cc.json in some variant; each list is judged on its own.
  for (let i = 1; i < diagnoses.length; i++) {
    const s = diagnoses[i];
    if (kinds.mcc) consider(out, principal, s, 'mcc', t.mcc.get(s));
    if (kinds.cc) consider(out, principal, s, 'cc', t.cc.get(s));
  }
  return out;
}

function consider(
  out: ComplicationFindings,
  principal: string,
  s: string,
  kind: ComplicationKind,
  table: string | undefined,
): void {
  if (table === undefined) return;
  const e = out.principalTable;
  if (e !== undefined && table === e) {
    if (!out.excluded.some((x) => x.code === s && x.kind === kind))
      out.excluded.push({
        code: s,
        kind,
        reason: `${LABEL[kind]} ${s} has exclusion table ${table}, the same as principal diagnosis ${principal} (cce ${e}), so it does not count`,
      });
  } else if (out[kind] === null) out[kind] = { code: s, kind, table };
}

/** The complication that makes a split hold, or null when it does not hold. 'none' holds with no complication. */
export function splitHolds(kind: SplitKind, f: ComplicationFindings): CountingComplication | null | true {
  if (kind === 'none') return true;
  if (kind === 'mcc') return f.mcc;
  return f.mcc ?? f.cc;
}
