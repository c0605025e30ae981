import { underAny } from '../contract/code-prefix';
import { atcOf, type Knowledge } from './knowledge';
import { closeCare } from './close-care';
import { plainDripOf } from './idle-days';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { BED_SERVICES, routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';

// 体检式住院 of a stable chronic hepatitis (飞行检查 低标准入院): the member on oral antivirals is followed in the clinic
// every 3–6 months with liver function, serology, AFP and ultrasound (《慢性乙型肝炎防治指南（2022年版）》), so a short
// stay doing that panel needed no bed. A hepatoprotectant infusion does not make it one: anti-inflammatory liver
// drugs are for marked ALT elevation or inflammation (same guideline), which a stay coding no liver-test abnormality,
// flare or decompensation does not show (stay-content.json lowIntensity.stableHepatitis).

/**
 * A stay of at most `maxNights` whose principal is a chronic viral hepatitis (`principal`) and every diagnosis among
 * `diagnoses` (no raised transaminases, failure, cirrhosis, ascites or another condition coded), with no coded
 * procedure, no close care, no treatment service and no consumable beyond a plain drip's (bedBlocking.plainDrip); its
 * parenteral drugs, if any, are hepatoprotectants (`hepatoprotectantAtc`) only; oral drugs, tests, bed, nursing and
 * the ward round otherwise.
 */
export function stableHepatitisStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.stableHepatitis;
  if (!t || c.lengthOfStay > t.maxNights || c.procedureCodes.length > 0) return null;
  if (!underAny(c.principalDiagnosis, t.principal) || !c.diagnosisCodes.every((d) => underAny(d, t.diagnoses))) return null;
  if (closeCare(c)) return null;
  const drip = plainDripOf(c, content.bedBlocking.plainDrip);
  const infused = new Set<string>();
  let drugs = 0;
  let tests = 0;
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    if (drip(it) !== null) continue;
    if (it.category === 'consumable') return null;
    if (it.category === 'drug') {
      if (!it.parenteral) drugs++;
      else if (underAny(atcOf(rowCodeOf(it), entry) ?? '', t.hepatoprotectantAtc)) infused.add(it.name);
      else return null;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === undefined || BED_SERVICES.has(sub)) return null;
    if (sub === 'lab' || sub === 'exam') tests++;
  }
  const infusion = infused.size ? `；注射用药仅保肝药（${[...infused].join('、')}），而无转氨酶升高、肝功能衰竭或失代偿等需静脉保肝的诊断` : '；无注射用药';
  return {
    nights: c.lengthOfStay,
    content: `病情稳定的慢性病毒性肝炎（无肝功能异常、肝衰竭、肝硬化或其他诊断编码），住院仅做门诊随访即可完成的检查检验${tests}行，口服药品${drugs}行${infusion}；无手术操作、治疗项目或耗材`,
    lineIds: routineLineIds(c.items),
  };
}
