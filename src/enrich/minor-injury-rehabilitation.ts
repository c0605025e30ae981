import { prefixList, underAny } from '../contract/code-prefix';
import { isExternalCause } from '../contract/injury-code';
import type { Knowledge } from './knowledge';
import { closeCare } from './close-care';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { routineLineIds } from './stay-day-content';

// 过度康复 (低标准入院): an inpatient rehabilitation stay is for a functional impairment that needs the ward's daily
// multidisciplinary programme (after a stroke, a spinal cord or brain injury, a fracture or joint operation). A sprain
// or a contusion is treated by early functional loading and exercises at home or in the clinic, and recovers in weeks
// (stay-content.json lowIntensity.minorInjuryRehabilitation, its source).

/**
 * A rehabilitation stay (principal among `principal`: Z50) whose every other diagnosis is a minor injury (`injuries`:
 * sprains of ligaments, contusions, superficial injuries) or its external cause, at least one injury coded, with no
 * procedure beyond the therapy's own (`procedures`), no operation billed and no close care: nothing rehabilitated
 * needed the bed. Length does not clear it: the longer the stay, the more it cost.
 */
export function minorInjuryRehabilitationStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.lowIntensity.minorInjuryRehabilitation;
  if (!t || !underAny(c.principalDiagnosis, t.principal)) return null;
  const others = c.diagnosisCodes.filter((d) => d !== c.principalDiagnosis);
  const injuries = others.filter((d) => underAny(d, t.injuries));
  if (!injuries.length || !others.every((d) => underAny(d, t.injuries) || isExternalCause(d))) return null;
  if (!c.procedureCodes.every((p) => underAny(p, t.procedures))) return null;
  if (c.items.some((it) => it.catalogue?.subcategory === 'surgery') || closeCare(c)) return null;
  return {
    nights: c.lengthOfStay,
    content: `住院康复的对象仅为扭伤、挫伤或浅表损伤（${injuries.join('、')}，属${prefixList(t.injuries)}），无骨折、神经损伤、手术或需住院康复的功能障碍，门诊或居家功能锻炼即可`,
    lineIds: routineLineIds(c.items),
  };
}
