import { startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf, type Knowledge } from './knowledge';
import { closeCare } from './close-care';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { ROUTINE, routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';

// 将门诊透析患者收住院 (飞行检查 血液透析; 低标准入院): a maintenance-dialysis member's stay whose content is the
// outpatient programme (stay-content.json lowIntensity.maintenanceDialysis).

/**
 * A stay of a member on maintenance dialysis holding nothing the outpatient session does not: sessions at most the
 * programme's `perWeek` in any 7 days (added sessions treat hyperkalaemia or overload), their monitoring on session
 * days, the session drugs and their administration, oral drugs, tests, dialysis consumables and routine care; no
 * procedure beyond the dialysis, no close care, and every diagnosis a condition the programme manages (an acute
 * complication, an access operation or an infection coded keeps it unjudged).
 */
export function dialysisProgrammeStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.maintenanceDialysis;
  if (!t || c.lengthOfStay > t.maxNights) return null;
  if (!startsWithAny(c.diagnosisCodes, t.onDialysis)) return null;
  if (!c.diagnosisCodes.every((d) => underAny(d, t.diagnoses))) return null;
  if (!c.procedureCodes.every((p) => underAny(p, t.procedures))) return null;
  const sessions = c.items.filter((it) => t.sessions.includes(rowCodeOf(it)));
  if (!sessions.length) return null;
  const days = [...new Set(sessions.map((it) => it.dayIndex))].sort((a, b) => a - b);
  if (sessions.length > days.length || days.some((d, i) => days.filter((x, j) => j >= i && x < d + 7).length > t.perWeek)) return null;
  if (closeCare(c)) return null;
  const sessionDays = new Set(days);
  const during = new Set(sessions.flatMap((it) => it.catalogue?.includesDuring?.flatMap((g) => g.codes) ?? []));
  let drugs = 0;
  let tests = 0;
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    const row = rowCodeOf(it);
    if (t.sessions.includes(row)) continue;
    if (during.has(row)) {
      if (!sessionDays.has(it.dayIndex)) return null;
      continue;
    }
    if (it.category === 'consumable') {
      if (entry.subcategory !== 'dialysis') return null;
      continue;
    }
    if (it.category === 'drug') {
      if (it.parenteral && !underAny(atcOf(it.code, entry) ?? '', t.sessionDrugAtc)) return null;
      drugs++;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === 'lab' || sub === 'exam') tests++;
    else if (!(sub !== undefined && ROUTINE.has(sub)) && !t.administration.includes(row)) return null;
  }
  return {
    nights: c.lengthOfStay,
    content: `维持性血液透析患者住院期间血液透析${days.length}次（任意7天不超过${t.perWeek}次，即门诊维持透析的频次），其余仅透析中监护、透析用药及口服药品${drugs}行、检查检验${tests}行、透析耗材和床位护理诊查；诊断均为维持透析门诊管理的慢性病情，无高钾血症、容量超负荷、血管通路失功、感染等急性并发症，无透析以外的手术操作：住院内容即门诊透析方案，疑似将门诊透析患者收住院`,
    lineIds: routineLineIds(c.items),
  };
}
