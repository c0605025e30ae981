import { prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf, isParenteral, rowCodeOf } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import type { ResuscitationAftermath } from './resuscitation-aftermath';

// A resuscitation and the care that follows it: a patient brought back from a cardiac arrest is watched and treated
// in intensive care over the next days, so a coded CPR followed by ward days alone names the resuscitation day's
// lines as care the rest of the stay does not bear out.

/** Marks the arrest day's lines of a stay whose resuscitation is followed by no post-arrest care. */
export function applyResuscitationAftermath(c: KnowledgeClaimInput, t: ResuscitationAftermath, marks: readonly string[]): void {
  if (!c.inpatient || c.dischargeDay === undefined || t.notJudgedDischargeModes.includes(c.dischargeMode ?? '')) return;
  let day: number | undefined;
  c.procedureCodes.forEach((code, i) => {
    const d = c.procedureDays[i];
    if (d !== null && d !== undefined && underAny(code, t.arrestProcedures) && (day === undefined || d < day)) day = d;
  });
  // Nothing after the arrest to read when it was on the last day of the stay.
  if (day === undefined || day >= c.dischargeDay || startsWithAny(c.procedureCodes, t.aftermathProcedures)) return;
  const arrest = day;
  const cared = c.items.some((x) => x.dayIndex > arrest && x.dayIndex <= arrest + t.afterDays && t.aftermath.includes(rowCodeOf(x)));
  if (cared) return;
  const expected = `心肺复苏（住院第${arrest + 1}天）后的监护与处置：复苏后${t.afterDays}日内应有 ${t.aftermath.map(c.nameOf).join('、')}` +
    (t.aftermathProcedures.length ? `；或手术操作 ${prefixList(t.aftermathProcedures)}` : '') + '（复苏成功者转入重症监护行复苏后综合治疗）';
  for (const x of c.items) {
    if (x.dayIndex !== arrest) continue;
    const code = rowCodeOf(x);
    const atc = x.category === 'drug' ? atcOf(code, x.catalogue) : null;
    if (!t.dayCodes.includes(code) && !(atc !== null && underAny(atc, t.dayAtc) && isParenteral(x, marks))) continue;
    x.contextSupported = false;
    x.contextFinding = 'context';
    x.contextExpected = expected;
  }
}
