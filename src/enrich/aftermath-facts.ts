import { prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import type { Aftermath } from './aftermath-table';
import { atcOf } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { rowCodeOf } from '../contract/catalogue-row';

// An event and the care that must follow it (aftermath-table.ts): a patient brought back from a cardiac arrest is
// taken into intensive care, a lysed stroke is monitored for 24 hours with no antiplatelet before the 24-hour scan.
// A stay whose bill shows the event and none of what follows it names the event day's lines as care the rest of the
// stay does not bear out.

type Line = KnowledgeClaimInput['items'][number];

function injectedUnder(x: Line, atcs: readonly string[]): boolean {
  if (x.category !== 'drug' || atcs.length === 0) return false;
  const atc = atcOf(rowCodeOf(x), x.catalogue);
  return atc !== null && underAny(atc, atcs) && x.parenteral;
}

/** The earliest day of the event: a dated procedure of `eventProcedures`, or a billed injected drug of `eventAtc`. */
function eventDay(c: KnowledgeClaimInput, t: Aftermath): number | undefined {
  let day: number | undefined;
  c.procedureCodes.forEach((code, i) => {
    const d = c.procedureDays[i];
    if (d !== null && d !== undefined && underAny(code, t.eventProcedures) && (day === undefined || d < day)) day = d;
  });
  for (const x of c.items) if ((day === undefined || x.dayIndex < day) && injectedUnder(x, t.eventAtc)) day = x.dayIndex;
  return day;
}

/** Marks the event day's lines of a stay whose event is followed by none of its aftermath. */
export function applyAftermath(c: KnowledgeClaimInput, t: Aftermath): void {
  if (!c.inpatient || c.dischargeDay === undefined || t.notJudgedDischargeModes.includes(c.dischargeMode ?? '')) return;
  if (t.principal.length > 0 && !underAny(c.principalDiagnosis ?? c.diagnosisCodes[0] ?? '', t.principal)) return;
  const day = eventDay(c, t);
  // Nothing after the event to read when it was on the last day of the stay.
  if (day === undefined || day >= c.dischargeDay || startsWithAny(c.procedureCodes, t.aftermathProcedures)) return;
  const from = t.eventDayCounts ? day : day + 1;
  if (c.items.some((x) => x.dayIndex >= from && x.dayIndex <= day + t.afterDays && t.aftermath.includes(rowCodeOf(x)))) return;
  // A withheld drug billed beside the aftermath is a deviation real units make; beside none it is named with the rest.
  const withheld = t.withholdAtc.length > 0 && !startsWithAny(c.procedureCodes, t.withholdUnlessProcedures) &&
    c.items.some((x) => x.dayIndex === day && x.category === 'drug' && underAny(atcOf(rowCodeOf(x), x.catalogue) ?? '', t.withholdAtc));
  const values: Record<string, string> = {
    day: String(day + 1),
    afterDays: String(t.afterDays),
    aftermath: t.aftermath.map(c.nameOf).join('、'),
    aftermathProcedures: prefixList(t.aftermathProcedures),
    withheld: withheld ? t.withheldFinding : '',
  };
  const expected = t.expected.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  for (const x of c.items) {
    if (x.dayIndex !== day || !(t.dayCodes.includes(rowCodeOf(x)) || injectedUnder(x, t.dayAtc))) continue;
    x.contextSupported = false;
    x.contextFinding = 'context';
    x.contextExpected = expected;
  }
}
