import { prefixList, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { atcOf, type Knowledge } from './knowledge';
import { closeCare } from './close-care';
import { plainDripOf } from './idle-days';
import { dialysisProgrammeStay } from './dialysis-stay';
import { oralChemotherapyStay } from './oral-chemotherapy-stay';
import { stableHepatitisStay } from './stable-hepatitis-stay';
import { minorInjuryRehabilitationStay } from './minor-injury-rehabilitation';
import { clinicTherapyStay } from './clinic-therapy-stay';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { BED_SERVICES, homeMonitoringOf, isHomeMedication, needShown, ROUTINE, routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';

// A short stay with nothing that needs a bed (低标准入院, stay-content.json lowIntensity, outpatientTreatable,
// outpatientProcedures): no procedure, injection, treatment or consumable; a condition the clinic treats; or only
// procedures the clinic does.

/**
 * A short stay whose bill holds nothing that needs a bed: no coded procedure, no injection or infusion, no
 * treatment or surgery service, no consumable; only oral drugs, tests, bed, nursing and the ward round. A
 * stay that ended in death or a transfer is not judged (the patient was ill enough to need one).
 */
export function lowIntensity(c: StayContentInput): StayContentFacts['lowIntensity'] {
  const content = c.knowledge!.stayContent;
  if (!content) return null;
  if (c.dischargeMode === 'death' || c.dischargeMode === 'transfer') return null;
  const byDiagnosis = outpatientTreatable(c, content);
  if (byDiagnosis) return byDiagnosis;
  const byProcedure = outpatientProcedure(c, content);
  if (byProcedure) return byProcedure;
  const byDialysis = dialysisProgrammeStay(c, content);
  if (byDialysis) return byDialysis;
  const byOralChemotherapy = oralChemotherapyStay(c, content);
  if (byOralChemotherapy) return byOralChemotherapy;
  const byStableHepatitis = stableHepatitisStay(c, content);
  if (byStableHepatitis) return byStableHepatitis;
  const byMinorInjury = minorInjuryRehabilitationStay(c, content);
  if (byMinorInjury) return byMinorInjury;
  const byClinicTherapy = clinicTherapyStay(c, content);
  if (byClinicTherapy) return byClinicTherapy;
  const stable = content.lowIntensity.stableCourse;
  const longer = c.lengthOfStay > content.lowIntensity.maxNights;
  const stableNursing = stableNursingOnly(c.items, content.outpatientTreatable?.stableNursing ?? []);
  // Past the stable course's nights only a patient nursed as stable and self-caring throughout (Ⅲ级护理) is read —
  // or one whose every night bills a stableInfusions drip: the bill itself then shows the whole of the care.
  const beyond = !!stable && c.lengthOfStay > stable.maxNights;
  const daily = longer && dailyStableInfusion(c, stable?.stableInfusions ?? []);
  if (c.procedureCodes.length > 0 || (longer && (!stable || (beyond && !daily && !(stable.anyLengthWhenStable && stableNursing))))) return null;
  if (workUpAdmission(c)) return null;
  const home = homeCareStay(c, content);
  if (home) return home;
  // A longer stay is the same finding only when its tests were the admission work-up and nothing needed watching.
  if (longer && (closeCare(c) || !c.diagnosisCodes.length || !c.diagnosisCodes.every((d) => underAny(d, stable!.diagnoses)))) return null;
  // In the longer stable course every diagnosis is a stable chronic condition, which a plain carrier-fluid drip with
  // nothing added (bedBlocking.plainDrip) treats none of: it counts as the routine content, as the 挂床 check reads it.
  const drip = longer ? plainDripOf(c, content.bedBlocking.plainDrip) : () => null;
  // A stable patient's 中药注射剂 (stableCourse.stableInfusions) grounds no admission (paid on a stay only, 无住院指征):
  // given every night it is the course at any length and under any grade short of closeCare, which the hospital
  // chooses (Ⅱ级 is 病情稳定 too, WS/T 431—2013); on some nights only, within the course's nights at Ⅲ级.
  const infusions = daily || (longer && !beyond && stableNursing) ? new Set(stable!.stableInfusions) : new Set<string>();
  let infused = 0;
  // A diabetic whose every diagnosis is a stable one: the finger-stick profile is home monitoring (stableCourse.glucoseMonitoring).
  const glucose = selfMonitoredGlucose(c, stable);
  const specimens = new Set(content.lowIntensity.specimenCollection);
  let drugs = 0;
  let tests = 0;
  let drips = 0;
  let glucoseLines = 0;
  const routine: string[] = [];
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    if (drip(it) !== null) {
      drips++;
      continue;
    }
    if (glucose.has(rowCodeOf(it))) {
      glucoseLines++;
      continue;
    }
    if (it.category === 'consumable') return null;
    if (it.category === 'drug') {
      if (it.parenteral && !infusions.has(entry.subcategory as string)) return null;
      if (it.parenteral) infused++;
      else drugs++;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    // The blood draw for the tests is the tests' own step (lowIntensity.specimenCollection), not a treatment.
    const specimen = specimens.has(rowCodeOf(it));
    if (!specimen && (sub === undefined || BED_SERVICES.has(sub))) return null;
    if (sub !== undefined && ROUTINE.has(sub)) routine.push(it.lineId);
    else if (longer && it.dayIndex >= stable!.testDays) return null;
    else tests++;
  }
  const dripText = infused
    ? `、中药注射剂${infused}行及其输液${drips}行（${stableNursing ? '全程Ⅲ级护理、' : daily ? '每日仅此输液、无连续一级以上护理、' : ''}病情稳定，无住院指征）`
    : drips ? `、未加药的单纯输液${drips}行（稳定慢性病无需补液）` : '';
  const glucoseText = glucoseLines ? `、床旁快速血糖及试纸${glucoseLines}行（口服药治疗的糖尿病在家自我监测即可）` : '';
  return { nights: c.lengthOfStay, content: `口服等非注射药品${drugs}行、检查检验${tests}行、床位护理诊查${routine.length}行${dripText}${glucoseText}；无手术操作、${infused ? '' : '注射输液、'}治疗项目或耗材`, lineIds: routine };
}

/**
 * The glucose-monitoring codes read as home monitoring on this stay: a diabetes code, and every diagnosis stable —
 * or, `onTablets` (the caller has every drug an oral home medication: no insulin), whatever else is coded; else none.
 */
function selfMonitoredGlucose(c: StayContentInput, stable: NonNullable<Knowledge['stayContent']>['lowIntensity']['stableCourse'], onTablets = false): ReadonlySet<string> {
  const g = stable?.glucoseMonitoring;
  if (!g || !c.diagnosisCodes.length || (!onTablets && !c.diagnosisCodes.every((d) => underAny(d, stable!.diagnoses)))) return new Set();
  return c.diagnosisCodes.some((d) => underAny(d, g.diabetes)) ? new Set(g.codes) : new Set();
}

/**
 * Whatever the diagnoses (stableCourse.homeMedicationOnly): a stay of up to stableCourse.maxNights with no procedure,
 * nursed throughout at a self-caring grade (Ⅲ级护理), whose every drug is the member's oral home medication, whose
 * only bedside check is the home monitoring (a blood pressure reading or two a day), with no treatment, surgery or
 * consumable and no test repeated on a second day (a work-up once, nothing followed): the member's own outpatient
 * regimen given in a bed (住院期间仅口服药、Ⅲ级护理, 飞行检查).
 */
function homeCareStay(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const stable = content.lowIntensity.stableCourse;
  const nursing = content.outpatientTreatable?.stableNursing ?? [];
  if (!stable?.homeMedicationOnly || c.lengthOfStay > stable.maxNights || c.procedureCodes.length) return null;
  if (!stableNursingOnly(c.items, nursing)) return null;
  const { homeMedicationAtc, homeMonitoring } = content.bedBlocking;
  const monitoring = homeMonitoringOf(c.items, homeMonitoring);
  // Every drug a tablet of the member's (checked below): a diabetic's finger-stick profile is self-monitoring too.
  const glucose = selfMonitoredGlucose(c, stable, true);
  let glucoseLines = 0;
  const drugs = new Set<string>();
  const testDays = new Map<string, Set<number>>();
  for (const it of c.items) {
    if (glucose.has(rowCodeOf(it))) {
      glucoseLines++;
      continue;
    }
    if (!it.catalogue || it.category === 'consumable') return null;
    if (it.category === 'drug') {
      if (!isHomeMedication(it, homeMedicationAtc)) return null;
      drugs.add(it.name);
      continue;
    }
    const sub = it.catalogue.subcategory as string | undefined;
    if (sub !== undefined && ROUTINE.has(sub)) continue;
    if (monitoring(it)) continue;
    if (!content.lowIntensity.specimenCollection.includes(rowCodeOf(it)) && (sub === undefined || BED_SERVICES.has(sub))) return null;
    const days = testDays.get(rowCodeOf(it)) ?? testDays.set(rowCodeOf(it), new Set()).get(rowCodeOf(it))!;
    if (days.add(it.dayIndex).size > 1) return null;
  }
  if (!drugs.size) return null;
  return {
    nights: c.lengthOfStay,
    content: `全程Ⅲ级护理（病情稳定、生活自理），药品仅为门诊长期处方即可的口服维持用药（${[...drugs].join('、')}），检查检验${testDays.size}项各只做一次${glucoseLines ? `，床旁快速血糖及试纸${glucoseLines}行（口服药治疗的糖尿病在家自我监测即可）` : ''}，无注射输液、治疗项目、手术操作或耗材`,
    lineIds: routineLineIds(c.items),
  };
}

export function workUpAdmission(c: StayContentInput): boolean {
  const indicated = c.knowledge?.stayContent?.lowIntensity.admissionIndicated;
  const not = c.knowledge?.stayContent?.lowIntensity.admissionNotIndicated ?? [];
  return !!indicated?.length && underAny(c.principalDiagnosis, indicated) && !underAny(c.principalDiagnosis, not);
}

/**
 * A principal diagnosis normally treated in outpatient clinics (the table's outpatientTreatable list), with no
 * diagnosis off the list on the claim (no complication or comorbidity to justify the bed), in a short stay with no
 * procedure beyond the clinic chair's (`chairside`: an extraction or root canal under local anaesthesia): the
 * admission itself is the finding, whatever drugs or infusions it billed (an infusion does not need a bed).
 */
function outpatientTreatable(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.outpatientTreatable;
  if (!t || c.ageYears < t.minAge) return null;
  // A longer stay is judged only for a principal read at any length, nursed at a stable grade throughout.
  const longStable = c.lengthOfStay > t.maxNights && underAny(c.principalDiagnosis, t.anyLengthWhenStable) && stableNursingOnly(c.items, t.stableNursing);
  if (c.lengthOfStay > t.maxNights && !longStable) return null;
  // Every diagnosis on the list: another outpatient condition (a second tooth) is no reason for a bed either.
  if (!underAny(c.principalDiagnosis, t.diagnoses)) return null;
  if (!c.diagnosisCodes.every((d) => underAny(d, t.diagnoses) || underAny(d, t.explainedSymptoms))) return null;
  const elderlyStable = c.ageYears > t.maxAge && stableNursingOnly(c.items, t.stableNursing);
  if (c.ageYears > t.maxAge && !elderlyStable) return null;
  // A procedure or operation is a reason for the bed unless the clinic chair does it (an extraction under local anaesthesia).
  const chair = t.chairside ?? { procedures: [], items: [] };
  if (!c.procedureCodes.every((p) => underAny(p, chair.procedures))) return null;
  if (c.items.some((it) => it.catalogue?.subcategory === 'surgery' && !chair.items.includes(rowCodeOf(it)))) return null;
  if (needShown(c.items, t.needShownBy)) return null;
  return {
    nights: c.lengthOfStay,
    content: `主诊断属门诊可治疗的疾病（${prefixList(t.diagnoses)}），${c.diagnosisCodes.length === 1 ? '无其他诊断（并发症或合并症）' : '其他诊断亦属门诊可治疗的疾病或其可解释的症状（发热、咳嗽），无并发症或合并症'}，${chairText(c, chair.items)}（口服、注射输液等治疗门诊即可完成）${longStable ? `；住院${c.lengthOfStay}晚全程Ⅲ级护理（病情稳定、生活自理），住院时长不改变门诊可治疗的性质` : ''}${elderlyStable ? `；患者${c.ageYears}岁，但全程Ⅲ级护理（病情稳定、生活自理），无高龄患者需住院观察的迹象` : ''}`,
    lineIds: routineLineIds(c.items),
  };
}

/**
 * A short stay whose every coded procedure is an outpatient procedure in itself (the table's outpatientProcedures:
 * a diagnostic endoscopy with biopsy, ESWL, a stent removal, a joint injection, one infusion of a bisphosphonate or
 * iron), billing nothing beside it but bed, nursing, the ward round, tests, oral drugs and the anaesthesia (judged
 * by the theatre rules), with no coded condition that needs the ward for it and no close care: the procedure did
 * not need the bed (将可在门诊完成的检查、治疗收治住院). A stay of a day-surgery length is day surgery.
 */
function outpatientProcedure(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.outpatientProcedures;
  if (!t || !c.procedureCodes.length || c.lengthOfStay < t.minNights || c.lengthOfStay > t.maxNights) return null;
  const rows = new Set<(typeof t.rows)[number]>();
  for (const p of c.procedureCodes) {
    const row = t.rows.find((r) => underAny(p, r.procedures));
    if (!row || (row.minAge !== undefined && c.ageYears < row.minAge)) return null;
    rows.add(row);
  }
  if (c.diagnosisCodes.some((d) => underAny(d, t.notWithDiagnoses))) return null;
  if (closeCare(c)) return null;
  const own = new Set([...rows].flatMap((r) => r.items).concat(t.withItems));
  const marks = [...rows].flatMap((r) => r.nameMarks);
  const atc = [...rows].flatMap((r) => r.atc).concat(t.withAtc, t.drip?.atc ?? []);
  // A plain carrier-fluid bag with nothing added (with its fee, set and cannula), for a patient no coded condition
  // keeps from drinking (the 挂床 check's bedBlocking.plainDrip), is no hydration on any day: only a drip the stay's
  // diagnoses call for counts against the procedure's one drip day.
  const plain = plainDripOf(c, content.bedBlocking.plainDrip);
  const dripDays = new Set<string>();
  // The first day billing the procedure: the prophylaxis window runs from it.
  const procedureDays = c.items.filter((it) => own.has(rowCodeOf(it)) && !t.withItems.includes(rowCodeOf(it))).map((it) => it.dayIndex);
  const from = procedureDays.length ? Math.min(...procedureDays) : null;
  const prophylaxis = (code: string, day: number) =>
    t.prophylaxis !== undefined && from !== null && underAny(code, t.prophylaxis.atc) && day >= from && day - from <= t.prophylaxis.days;
  let done = 0;
  let prophylactic = false;
  for (const it of c.items) {
    const entry = it.catalogue;
    if (own.has(rowCodeOf(it)) || (!entry && marks.some((m) => it.name.includes(m)))) {
      done++;
      continue;
    }
    if (plain(it) !== null) continue;
    if (!entry || it.category === 'consumable') return null;
    if (it.category === 'drug') {
      // The procedure's own drug may be infused (the iron or bisphosphonate); any other parenteral drug is treatment.
      const code = atcOf(it.code, entry) ?? '';
      if (it.parenteral && !underAny(code, atc)) {
        if (!prophylaxis(code, it.dayIndex)) return null;
        prophylactic = true;
      }
      if (t.drip && underAny(code, t.drip.atc) && dripDays.add(it.date).size > t.drip.days) return null;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    // The blood draw for the admission tests is the tests' own step (lowIntensity.specimenCollection), as in the other
    // low-intensity readings, not a treatment.
    if (!content.lowIntensity.specimenCollection.includes(rowCodeOf(it)) && (sub === undefined || BED_SERVICES.has(sub))) return null;
  }
  const names = [...rows].map((r) => r.name).join('、');
  return {
    nights: c.lengthOfStay,
    content: `手术操作（${c.procedureCodes.join('、')}）均为门诊可完成的检查治疗（${names}），收费${done}行；其余仅床位、护理、诊查、检查检验和口服药品${prophylactic ? `（及操作当日起${t.prophylaxis!.days + 1}日内的预防用抗菌药物，门诊同样可给）` : ''}，无出血、梗阻、感染、抗凝、严重心肺疾病、衰弱或并发症等需住院实施的情形编码`,
    lineIds: routineLineIds(c.items),
  };
}

/** What the stay did by way of procedures: none, or only what is done in the clinic chair (named). */
function chairText(c: StayContentInput, chairItems: readonly string[]): string {
  const names = [...new Set(c.items.filter((it) => chairItems.includes(rowCodeOf(it))).map((it) => it.name))];
  if (!c.procedureCodes.length && !names.length) return '无手术操作';
  const done = [c.procedureCodes.length ? `操作编码${c.procedureCodes.join('、')}` : '', names.join('、')].filter(Boolean).join('，');
  return `仅有门诊椅旁即可完成的操作（${done}），无需住院的手术`;
}

/**
 * Every night of the stay (admission day to the day before discharge) bills a parenteral drug of `subcategories`
 * (stableCourse.stableInfusions): a daily infusion course, not a drug given once on the way.
 */
function dailyStableInfusion(c: StayContentInput, subcategories: readonly string[]): boolean {
  if (!subcategories.length) return false;
  const days = new Set(c.items.filter((it) => it.category === 'drug' && it.parenteral && subcategories.includes(it.catalogue?.subcategory as string)).map((it) => it.dayIndex));
  for (let d = 0; d < c.lengthOfStay; d++) if (!days.has(d)) return false;
  return true;
}

/** Every nursing line of the stay is a grade of a stable, self-caring patient (and there is at least one). */
function stableNursingOnly(items: readonly ItemFacts[], stable: readonly string[]): boolean {
  if (!stable.length) return false;
  const nursing = items.filter((it) => it.catalogue?.subcategory === 'nursing');
  return nursing.length > 0 && nursing.every((it) => stable.includes(it.code));
}
