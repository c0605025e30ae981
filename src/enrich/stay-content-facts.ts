import { implantUnsupported } from './implant-facts';
import { operationUnsupported, procedureUnsupported } from './procedure-facts';
import { operationBeyondCoded, withSides } from './operation-count';
import { excisionWithoutPathology, pathologyBeyondSpecimens } from './excision-specimen';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { idleDays, preOperativeIdle } from './idle-days';
import { courseBreak } from './course-break';
import { lowIntensity, workUpAdmission } from './low-intensity';
import { afterTakeHome } from './take-home-idle';
import { closeCare } from './close-care';
import { therapyOnOperationDay, therapyUnsupported, therapyWithoutParticipation } from './therapy-facts';
import { therapyPreventive } from './preventive-therapy';
import { infusionUnsupported } from './infusion-facts';
import { pushesUnsupported } from './push-injections';
import { parenteralNutritionUngiven, parenteralUnadministered } from './unadministered-drugs';
import { principalUnsupported } from './principal-support-facts';
import { symptomPrincipal } from './symptom-principal';
import { enteralDuringDecompression } from './enteral-decompression';
import { parenteralBesideEnteral } from './parenteral-beside-enteral';
import { parenteralAdditiveAlone } from './parenteral-additives';

// What a stay's days contain, against what a stay is for (tables: rules/knowledge/stay-content.json,
// therapy-indications.json): days with a bed but no care (挂床住院, idle-days.ts), a short stay with nothing that
// needs a bed (低标准入院, low-intensity.ts), rehabilitation and physiotherapy no diagnosis on the claim calls for
// and group activity therapy on days the patient could not take part (虚构治疗项目, therapy-facts.ts), infusions
// billed on days with no parenteral drug (虚记数量, infusion-facts.ts), drugs the stay infuses billed on days nothing gives them (虚记, unadministered-drugs.ts)
// and pushes of drugs already in the infusion
// (重复收费, push-injections.ts), a heavy principal diagnosis with none of its
// characteristic work-up (主要诊断高编, principal-support-facts.ts), a symptom coded principal beside the disease that
// explains it (symptom-principal.ts), coded procedures nothing on the bill bills
// (手术操作高编, procedure-billing.json) and billed operations no coded procedure supports (串换手术项目). This file
// puts the checks together, for stays and for visits.

const NONE: StayContentFacts = { therapyOnOperationDay: null, therapyWithoutParticipation: null, idleDays: null, courseBreak: null, afterTakeHome: null, lowIntensity: null, workUpAdmission: false, closeCare: null, therapyUnsupported: null, therapyPreventive: null, infusionUnsupported: null, parenteralUnadministered: null, parenteralNutritionUngiven: null, enteralDuringDecompression: null, parenteralBesideEnteral: null, parenteralAdditiveAlone: null, pushesUnsupported: null, principalUnsupported: null, symptomPrincipal: null, implantUnsupported: null, procedureUnsupported: null, operationUnsupported: null, operationBeyondCoded: null, preOperativeIdle: null, excisionWithoutPathology: null, pathologyBeyondSpecimens: null };

/**
 * Implants and operation consumables against the coded operations, a repair of a hernia the diagnoses call bilateral
 * counted as both sides (withSides: each coded procedure is one operation, so that procedure counts twice).
 */
function implantsAgainstSides(c: StayContentInput, inpatient: boolean): ReturnType<typeof implantUnsupported> {
  const k = c.knowledge!;
  const procs = withSides(c.procedureCodes.map((code, i) => ({ code, date: c.procedureDates?.[i] ?? null })), c.diagnosisCodes, k.procedureBilling);
  const twice = procs.flatMap((p) => (p.bothSides ? [p, p] : [p]));
  return implantUnsupported(c.items, twice.map((p) => p.code), k.implants, twice.map((p) => p.date), inpatient, c.diagnosisCodes, k.operationClasses ?? null);
}

export function stayContentFacts(c: StayContentInput): StayContentFacts {
  if (!c.knowledge) return NONE;
  // Rehabilitation and physiotherapy sessions at a clinic visit are judged like a stay's (康复理疗 for a cold).
  // So are implants and operation consumables billed at a visit with no operation (a lens with no cataract surgery),
  // and infusion groups beyond the visit's bottles and bags.
  if (!c.inpatient) {
    return {
      ...NONE,
      infusionUnsupported: infusionUnsupported(c),
      therapyUnsupported: c.knowledge.therapy.size ? therapyUnsupported(c) : null,
      therapyPreventive: c.knowledge.therapy.size ? therapyPreventive(c) : null,
      implantUnsupported: implantsAgainstSides(c, false),
      operationUnsupported: operationUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling, false, c.diagnosisCodes),
    };
  }
  return {
    idleDays: idleDays(c),
    courseBreak: courseBreak(c),
    afterTakeHome: afterTakeHome(c),
    lowIntensity: lowIntensity(c),
    workUpAdmission: workUpAdmission(c),
    closeCare: closeCare(c),
    therapyUnsupported: therapyUnsupported(c),
    therapyPreventive: null,
    therapyOnOperationDay: therapyOnOperationDay(c),
    therapyWithoutParticipation: therapyWithoutParticipation(c),
    infusionUnsupported: infusionUnsupported(c),
    parenteralUnadministered: parenteralUnadministered(c),
    parenteralNutritionUngiven: parenteralNutritionUngiven(c),
    enteralDuringDecompression: enteralDuringDecompression(c),
    parenteralBesideEnteral: parenteralBesideEnteral(c),
    parenteralAdditiveAlone: parenteralAdditiveAlone(c),
    pushesUnsupported: pushesUnsupported(c),
    principalUnsupported: principalUnsupported(c),
    symptomPrincipal: symptomPrincipal(c),
    implantUnsupported: implantsAgainstSides(c, true),
    procedureUnsupported: procedureUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling),
    operationUnsupported: operationUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling, true, c.diagnosisCodes),
    preOperativeIdle: preOperativeIdle(c),
    operationBeyondCoded: operationBeyondCoded(c.items, withSides(c.procedureCodes.map((code, i) => ({ code, date: c.procedureDates?.[i] ?? null })), c.diagnosisCodes, c.knowledge.procedureBilling), c.knowledge.procedureBilling),
    excisionWithoutPathology: excisionWithoutPathology(c.items, c.procedureCodes, c.principalDiagnosis, c.knowledge.procedureBilling),
    pathologyBeyondSpecimens: pathologyBeyondSpecimens(c.items, c.procedureCodes, c.knowledge.procedureBilling, c.diagnosisCodes),
  };
}
