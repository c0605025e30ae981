import { prefixList, underAny } from '../contract/code-prefix';
import type { Knowledge } from './knowledge';
import { closeCare } from './close-care';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { needShown, routineLineIds } from './stay-day-content';

// 低标准入院 of a condition the clinic treats with physical therapy (stay-content.json lowIntensity.clinicTherapy, its
// source): non-specific low back pain, neck pain, cervical spondylosis without root or cord signs and frozen shoulder are managed in the clinic with an NSAID, exercise and physical therapy (traction,
// electrotherapy, acupuncture, 推拿), none of which needs a bed; so is a sprained ankle, wrist or neck (its source in the table). A stay that bills only those, day after day, is the
// clinic's course held in a ward — the longer, the more it cost, so length does not clear it (unlike outpatientTreatable's
// short stays, which judge a stay with nothing but tablets and tests).

/**
 * A stay whose principal (`principal`) and every diagnosis (`diagnoses`) is such a condition, with no coded procedure
 * beyond the therapy's own (`procedures`), no operation, no parenteral drug (an infusion of mannitol or a steroid for
 * radicular pain is treatment the clinic does not give), no close care, and, within `workUpNights`, nothing that shows
 * the admission was needed (outpatientTreatable.needShownBy: the CT or MRI that looks for a fracture, a tumour or a
 * compressed root is the red-flag work-up a short bed may serve; a longer stay after it, its diagnoses still
 * non-specific, is the clinic's course again).
 */
export function clinicTherapyStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.clinicTherapy;
  if (!t || !underAny(c.principalDiagnosis, t.principal)) return null;
  if (!c.diagnosisCodes.every((d) => underAny(d, t.diagnoses))) return null;
  if (!c.procedureCodes.every((p) => underAny(p, t.procedures))) return null;
  if (c.items.some((it) => it.catalogue?.subcategory === 'surgery' || (it.category === 'drug' && it.parenteral)) || closeCare(c)) return null;
  // The red-flag work-up (outpatientTreatable.needShownBy) answers its question within a day or two; a stay that goes on
  // past workUpNights with every diagnosis still non-specific found no red flag, and its days are the clinic's course.
  const workedUp = needShown(c.items, content.outpatientTreatable?.needShownBy);
  if (workedUp && c.lengthOfStay <= t.workUpNights) return null;
  return {
    nights: c.lengthOfStay,
    content: `诊断仅为${c.diagnosisCodes.join('、')}（属${prefixList(t.diagnoses.filter((p) => c.diagnosisCodes.some((d) => underAny(d, [p]))))}，门诊理疗可治的颈肩腰背痛或关节扭伤），无手术操作、注射输液用药或一级以上护理，住院所做仅为口服药与牵引、电疗、针刺等门诊即可完成的理疗${workedUp ? `（影像检查后诊断仍为非特异性，住院${c.lengthOfStay}晚，超过检查所需的${t.workUpNights}晚）` : ''}`,
    lineIds: routineLineIds(c.items),
  };
}
