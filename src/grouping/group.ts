/**
 * The grouping algorithm of the README: checks, then MDCs in evaluation order, first matching ADRG
 * (falling through to the next MDC when an entered MDC has none), then the first DRG whose split
 * holds. Every decision leaves a PathStep so a reviewer can see why.
 */
import { candidates } from './candidates';
import { applyCodeMaps, checkFailure } from './checks';
import { explain, holdsAll, type Condition, type RecordView } from './conditions';
import type { CompiledAdrg, CompiledMdc, CompiledScheme } from './scheme';
import { groupThroughParent } from './parent-codes';
import { findComplications, splitHolds, type ComplicationFindings } from './split';
import type { GrouperInput, GroupingResult, GroupingStatus, PathStep } from './types';

const SPLIT_TEXT = { none: 'no split', mcc: 'needs an MCC', mcc_or_cc: 'needs an MCC or CC' } as const;

function noGroup(s: CompiledScheme, status: GroupingStatus, path: PathStep[]): GroupingResult {
  return {
    scheme: s.scheme,
    status,
    mdc: '0000',
    adrg: '00',
    drg: '0000',
    drgName: null,
    path,
    excludedComplications: [],
    complication: null,
  };
}

function anyOrProcedure(s: CompiledScheme, r: RecordView): string | undefined {
  return r.procedures.find((p) => s.orProcedures.has(p));
}

/** The 歧义病案 result, only reachable when a scheme marks an ambiguous group active. */
function ambiguous(s: CompiledScheme, mdc: CompiledMdc, procedure: string, path: PathStep[]): GroupingResult {
  const code = mdc.ambiguous.code;
  path.push({
    step: 'ambiguous',
    detail: `${mdc.code}: procedure ${procedure} is an OR procedure that matched no earlier ADRG, so the case is ambiguous (${code})`,
    code: procedure,
  });
  return {
    scheme: s.scheme,
    status: 'ambiguous',
    mdc: `MDC${code[0]}`,
    adrg: code.slice(1),
    drg: code,
    drgName: s.drgNames.get(code) ?? null,
    path,
    excludedComplications: [],
    complication: null,
  };
}

/**
 * When the entry condition fails only after its first test held (e.g. principal diagnosis is in
 * the MDCN list but the gender is M), say so: it explains most ungroupable records.
 */
function noteSkippedEntry(mdc: CompiledMdc, r: RecordView, path: PathStep[]): void {
  const entry: Condition = mdc.entry;
  if (entry.length < 2) return;
  const first = entry[0].holds(r);
  if (first === null) return;
  const failed = entry.find((t) => t.holds(r) === null);
  if (!failed) return;
  path.push({
    step: 'mdc_skipped',
    detail: `${mdc.code} not entered: ${entry[0].describe(r, first)}, but ${failed.whyNot(r)}`,
    ...(first ? { code: first } : {}),
  });
}

function chooseDrg(s: CompiledScheme, mdc: CompiledMdc, adrg: CompiledAdrg, r: RecordView, path: PathStep[]): GroupingResult {
  let findings: ComplicationFindings | null = null;
  if (adrg.splitsOn.mcc || adrg.splitsOn.cc) {
    findings = findComplications(s.complications, r.diagnoses, adrg.splitsOn);
    for (const x of findings.excluded) path.push({ step: 'complication_excluded', detail: x.reason, code: x.code });
  }
  for (const d of adrg.drgs) {
    const hit = findings ? splitHolds(d.split, findings) : true;
    if (hit === null) {
      path.push({ step: 'split', detail: `${d.drg} (${SPLIT_TEXT[d.split]}) not taken: no counting ${d.split === 'mcc' ? 'MCC' : 'MCC or CC'}` });
      continue;
    }
    const complication = hit === true ? null : { code: hit.code, kind: hit.kind };
    path.push(
      hit === true
        ? { step: 'split', detail: `${d.drg} chosen (${d.split === 'none' ? 'no split or no complication needed' : SPLIT_TEXT[d.split]})` }
        : {
            step: 'split',
            detail: `${d.drg} chosen: secondary diagnosis ${hit.code} is a counting ${hit.kind.toUpperCase()} (table ${hit.table}${
              findings?.principalTable === undefined ? ', principal has no exclusion table' : `, principal table ${findings.principalTable}`
            })`,
            code: hit.code,
          },
    );
    return {
      scheme: s.scheme,
      status: 'grouped',
      mdc: mdc.code,
      adrg: adrg.code,
      drg: d.drg,
      drgName: s.drgNames.get(d.drg) ?? null,
      path,
      excludedComplications: findings ? findings.excluded : [],
      complication,
    };
  }
  // Unreachable with well-formed tables (last split is 'none'); the README's fallback is the ADRG code.
  path.push({ step: 'split', detail: `no DRG split of ${adrg.code} held; the ADRG code is the result` });
  return {
    scheme: s.scheme,
    status: 'grouped',
    mdc: mdc.code,
    adrg: adrg.code,
    drg: adrg.code,
    drgName: null,
    path,
    excludedComplications: findings ? findings.excluded : [],
    complication: null,
  };
}

/** `parentCodes`: read an unlisted parent code through the codes beneath it (GrouperOptions); off, the national grouper. */
export function groupRecord(s: CompiledScheme, raw: GrouperInput, parentCodes = false): GroupingResult {
  const path: PathStep[] = [];
  let input = raw;
  if (s.codeMaps) {
    const mapped = applyCodeMaps(raw, s.codeMaps, path);
    if ('failed' in mapped) {
      path.push({ step: 'check', detail: `${mapped.kind} ${mapped.failed} is not in the code map (code not convertible)`, code: mapped.failed });
      return noGroup(s, 'check_failed', path);
    }
    input = mapped.input;
  }
  const failure = checkFailure(input);
  if (failure !== null) {
    path.push({ step: 'check', detail: `input check failed: ${failure}` });
    return noGroup(s, 'check_failed', path);
  }

  const r: RecordView = input;
  const pdx = r.diagnoses[0];
  const ppx = r.procedures.length > 0 ? r.procedures[0] : undefined;
  for (const m of candidates(s.mdcIndex, pdx, ppx)) {
    const mdc = s.mdcs[m];
    const entered = holdsAll(mdc.entry, r);
    if (entered === null) {
      noteSkippedEntry(mdc, r, path);
      continue;
    }
    const e = explain(mdc.entry, r, entered);
    path.push({ step: 'mdc', detail: `${mdc.code} entered: ${e.detail}`, ...(e.code ? { code: e.code } : {}) });

    // The ambiguous check runs just before ADRG `position`, i.e. once no earlier ADRG matched.
    const amb = mdc.ambiguous;
    let ambiguityChecked = !amb.active;
    for (const i of candidates(mdc.adrgIndex, pdx, ppx)) {
      if (!ambiguityChecked && amb.position <= i) {
        ambiguityChecked = true;
        const p = anyOrProcedure(s, r);
        if (p !== undefined) return ambiguous(s, mdc, p, path);
      }
      const adrg = mdc.adrgs[i];
      const matched = holdsAll(adrg.condition, r);
      if (matched === null) continue;
      const a = explain(adrg.condition, r, matched);
      path.push({ step: 'adrg', detail: `${adrg.code} ${adrg.name}: ${a.detail}`, ...(a.code ? { code: a.code } : {}) });
      return chooseDrg(s, mdc, adrg, r, path);
    }
    if (!ambiguityChecked) {
      const p = anyOrProcedure(s, r);
      if (p !== undefined) return ambiguous(s, mdc, p, path);
    }
    path.push({ step: 'fallthrough', detail: `${mdc.code} was entered but none of its ${mdc.adrgs.length} ADRGs matched; trying the next MDC` });
  }

  // A parent code the tables do not list, whose listed codes beneath it all group alike (parent-codes.ts).
  const throughParent = parentCodes ? groupThroughParent(s, input, (i) => groupRecord(s, i)) : null;
  if (throughParent && 'parts' in throughParent) {
    path.push({
      step: 'parent_code_parts',
      detail: `principal diagnosis ${pdx} is not listed; the listed codes beneath it (${throughParent.beneath.join(', ')}) group to ${throughParent.parts.join(' or ')}, so ${pdx} does not say which`,
      code: pdx,
    });
  } else if (throughParent) return throughParent;
  // The rule's message names this: a code outside the dictionary is the coder's error, not the grouper's.
  if (!s.diagnosisNames.has(pdx)) path.push({ step: 'not_in_dictionary', detail: `principal diagnosis ${pdx} is not in the grouper's diagnosis dictionary`, code: pdx });
  path.push({
    step: 'ungroupable',
    detail: s.diagnosisNames.has(pdx)
      ? `no MDC yielded a group for principal diagnosis ${pdx}`
      : `no MDC yielded a group; principal diagnosis ${pdx} is not in the grouper's diagnosis dictionary`,
    code: pdx,
  });
  return noGroup(s, 'ungroupable', path);
}
