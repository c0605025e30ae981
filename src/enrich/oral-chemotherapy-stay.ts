import { underAny } from '../contract/code-prefix';
import { atcOf, type Knowledge } from './knowledge';
import { closeCare } from './close-care';
import { plainDripOf } from './idle-days';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { BED_SERVICES, routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';

// 口服化疗药收住院 (飞行检查; 低标准入院): a cycle of an oral anticancer drug is taken at home (门诊特殊病种 恶性肿瘤门诊
// 放化疗), so a stay whose only anticancer treatment is the tablets handed over needed no bed
// (stay-content.json lowIntensity.oralChemotherapy).

/**
 * A stay of at most `maxNights` for a chemotherapy encounter or a malignancy (`principal`) whose anticancer drugs
 * (`antineoplasticAtc`) are all oral, with no coded procedure (no intravenous or intrathecal chemotherapy, no
 * radiotherapy, no operation), no close care, no treatment service, no consumable and no parenteral drug beyond a
 * plain carrier-fluid drip (bedBlocking.plainDrip, as the 挂床 check reads it: no diagnosis calling for fluids) on at
 * most `dripDays` days; oral drugs, tests, bed, nursing and the ward round otherwise. A complication treated in the
 * bed (fluids day after day or for dehydration, potassium, an antiemetic or antibiotic injection, close care) keeps
 * the stay unjudged.
 */
export function oralChemotherapyStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.oralChemotherapy;
  if (!t || c.lengthOfStay > t.maxNights || c.procedureCodes.length > 0) return null;
  if (!underAny(c.principalDiagnosis, t.principal)) return null;
  if (closeCare(c)) return null;
  const drip = plainDripOf(c, content.bedBlocking.plainDrip);
  const dripDays = new Set<number>();
  const oral = new Set<string>();
  let drugs = 0;
  let tests = 0;
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    const dripLine = drip(it);
    if (dripLine !== null) {
      if (dripLine === 'fluid') dripDays.add(it.dayIndex);
      continue;
    }
    if (it.category === 'consumable') return null;
    if (it.category === 'drug') {
      if (it.parenteral) return null;
      if (underAny(atcOf(rowCodeOf(it), entry) ?? '', t.antineoplasticAtc)) oral.add(it.name);
      else drugs++;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === undefined || BED_SERVICES.has(sub)) return null;
    if (sub === 'lab' || sub === 'exam') tests++;
  }
  if (oral.size === 0 || dripDays.size > t.dripDays) return null;
  const dripText = dripDays.size ? `（仅单纯补液${dripDays.size}天，无需静脉补液的诊断）` : '';
  return {
    nights: c.lengthOfStay,
    content: `本次住院唯一的抗肿瘤治疗为口服药（${[...oral].join('、')}），可门诊取药居家服用；无静脉或鞘内化疗、放疗及手术操作，无注射用药、治疗项目或并发症处置${dripText}；其余仅口服药品${drugs}行、检查检验${tests}行和床位护理诊查`,
    lineIds: routineLineIds(c.items),
  };
}
