import { underAny, startsWithAny } from '../contract/code-prefix';
import { atcOf, isParenteral, rowCodeOf } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import type { ThrombolysisAftermath } from './thrombolysis-aftermath';

// A stroke thrombolysis and what goes with it: the lysed patient is monitored closely for 24 hours and gets no
// antiplatelet until the 24-hour scan, so a fibrinolytic billed beside no monitoring is the drug of a patient the rest
// of the bill shows was not lysed (the same day's antiplatelet loading, where billed, is named beside it).

/** Marks the lysis day's fibrinolytic lines of a stroke stay whose bill contradicts the thrombolysis. */
export function applyThrombolysisAftermath(c: KnowledgeClaimInput, t: ThrombolysisAftermath, marks: readonly string[]): void {
  if (!c.inpatient || c.dischargeDay === undefined || t.notJudgedDischargeModes.includes(c.dischargeMode ?? '')) return;
  if (!underAny(c.principalDiagnosis ?? c.diagnosisCodes[0] ?? '', t.principal)) return;
  const atcOfLine = (x: KnowledgeClaimInput['items'][number]): string | null => (x.category === 'drug' ? atcOf(rowCodeOf(x), x.catalogue) : null);
  const isLysis = (x: KnowledgeClaimInput['items'][number]): boolean => {
    const atc = atcOfLine(x);
    return atc !== null && underAny(atc, t.lysisAtc) && isParenteral(x, marks);
  };
  let day: number | undefined;
  for (const x of c.items) if (isLysis(x) && (day === undefined || x.dayIndex < day)) day = x.dayIndex;
  // Nothing after the lysis to read when it was on the last day of the stay.
  if (day === undefined || day >= c.dischargeDay) return;
  const lysis = day;
  const withheld = !startsWithAny(c.procedureCodes, t.withholdUnlessProcedures) && c.items.some((x) => {
    const atc = x.dayIndex === lysis ? atcOfLine(x) : null;
    return atc !== null && underAny(atc, t.withholdAtc);
  });
  const monitored = startsWithAny(c.procedureCodes, t.aftermathProcedures) ||
    c.items.some((x) => x.dayIndex >= lysis && x.dayIndex <= lysis + t.afterDays && t.aftermath.includes(rowCodeOf(x)));
  // A same-day antiplatelet alone is a deviation real stroke units make; only beside no monitoring does it say no lysis.
  if (monitored) return;
  const found = [`溶栓当日至其后${t.afterDays}日无监护收费`, withheld ? '溶栓当日即收抗血小板药' : ''].filter(Boolean).join('，');
  const expected = `静脉溶栓（住院第${lysis + 1}天）后的监护与用药：溶栓后24小时内应有 ${t.aftermath.map(c.nameOf).join('、')}，` +
    `且24小时复查头颅CT/MRI前不用抗血小板药（本次${found}）`;
  for (const x of c.items) {
    if (x.dayIndex !== lysis || !isLysis(x)) continue;
    x.contextSupported = false;
    x.contextFinding = 'context';
    x.contextExpected = expected;
  }
}
