import { prefixList, underAny } from '../contract/code-prefix';
import type { Knowledge } from './knowledge';
import { closeCare } from './close-care';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { needShown, routineLineIds } from './stay-day-content';

// 低标准入院 of a condition the clinic treats with physical therapy (stay-content.json lowIntensity.clinicTherapy, its
// source): non-specific low back pain is managed in the clinic with an NSAID, exercise and physical therapy (traction,
// electrotherapy, acupuncture, 推拿), none of which needs a bed. A stay that bills only those, day after day, is the
// clinic's course held in a ward — the longer, the more it cost, so length does not clear it (unlike outpatientTreatable's
// short stays, which judge a stay with nothing but tablets and tests).

/**
 * A stay whose principal (`principal`) and every diagnosis (`diagnoses`) is such a condition, with no coded procedure
 * beyond the therapy's own (`procedures`), no operation, no parenteral drug (an infusion of mannitol or a steroid for
 * radicular pain is treatment the clinic does not give), no close care, and nothing that shows the admission was needed
 * (outpatientTreatable.needShownBy: the CT or MRI that looks for a fracture, a tumour or a compressed root is the
 * red-flag work-up a bed may serve).
 */
export function clinicTherapyStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.clinicTherapy;
  if (!t || !underAny(c.principalDiagnosis, t.principal)) return null;
  if (!c.diagnosisCodes.every((d) => underAny(d, t.diagnoses))) return null;
  if (!c.procedureCodes.every((p) => underAny(p, t.procedures))) return null;
  if (c.items.some((it) => it.catalogue?.subcategory === 'surgery' || (it.category === 'drug' && it.parenteral)) || closeCare(c)) return null;
  if (needShown(c.items, content.outpatientTreatable?.needShownBy)) return null;
  return {
    nights: c.lengthOfStay,
    content: `诊断仅为${c.diagnosisCodes.join('、')}（属${prefixList(t.diagnoses)}，非特异性腰背痛），无手术操作、注射输液用药或一级以上护理，住院所做仅为口服药与牵引、电疗、针刺等门诊即可完成的理疗`,
    lineIds: routineLineIds(c.items),
  };
}
