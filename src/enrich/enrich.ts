import { admissionRouteName, plannedAdmission, type Claim } from '../contract/claim';
import { toFen, toYuan } from '../money/fen';
import { ageInYears, dayNumber, daysBetween } from '../contract/dates';
import type { ClaimFacts, EnrichedClaim } from './facts';
import type { ItemFacts } from './item-fact-types';
import { atEmergency, type ExamRecognition } from '../benefits/history-knowledge';
import { groupingFacts } from './grouping-facts';
import { itemFacts } from './item-facts';
import { DEFAULT_PARENTERAL_MARKS } from './stay-knowledge';
import { applyKnowledge } from './knowledge-facts';
import { testLoadFacts } from './test-load-facts';
import { anaesthesiaForSeveralOperations, codedProcedures, markRepeatsExplained } from './operation-count';
import { markSessionBundled } from './session-bundled';
import { stayFacts } from './stay-facts';
import { markSerialTests } from './serial-tests';
import { markInfusionGroups, markInfusionSets } from './infusion-facts';
import { markDrugPreparations } from './drug-preparations';
import { markExtraPerDay } from './extra-per-day';
import { markHourlyLines } from './hourly-lines';
import { markInjectionCourses } from './injection-courses';
import { markAcupunctureTechniques } from './acupuncture-techniques';
import { ageImplausible } from './age-facts';
import { sexImplausible } from './sex-facts';
import { externalCause, retiredForWork } from './external-cause';
import { highEnergyFall } from './injury-mechanism';
import { birthWeightUnsupported } from './birth-weight-facts';
import { DEFAULT_LIMITS } from '../benefits/history-knowledge';
import { policyFor } from '../benefits/policy';
import type { EnrichRefs } from './load-refs';
import { rowCodeOf } from '../contract/catalogue-row';

export type { EnrichRefs };

export function enrichClaim(claim: Claim, refs: EnrichRefs): EnrichedClaim {
  const inpatient = claim.visitType === 'inpatient';
  // Validation guarantees these dates exist for the visit type.
  const serviceDate = (inpatient ? claim.admissionDate : claim.visitDate) as string;
  const endDate = (inpatient ? claim.dischargeDate : claim.visitDate) as string;
  // Nights in bed (discharge day less admission day); the stay's length counts a same-day stay as one day.
  const nights = inpatient ? daysBetween(serviceDate, endDate) : 0;
  const lengthOfStay = inpatient ? Math.max(1, nights) : 0;
  const principal = claim.diagnoses.find((d) => d.principal === true) ?? claim.diagnoses[0];
  // The grouper reads the first diagnosis as principal, whatever order the claim listed them in.
  const diagnosisCodes = [principal.code, ...claim.diagnoses.filter((d) => d !== principal).map((d) => d.code)];
  const procedureCodes = (claim.procedures ?? []).map((p) => p.code);
  const ageYears = ageInYears(claim.patient.birthDate, serviceDate);
  const ageDays = daysBetween(claim.patient.birthDate, serviceDate);
  const procedureDays = (claim.procedures ?? []).map((p) => (p.date ? daysBetween(serviceDate, p.date) : null));

  // Catalogue rows by each item's date; the 乙类 share is the insured region's policy on the service date.
  const yiShares = policyFor(refs.policies, claim.insuredRegion ?? claim.region, serviceDate)?.yiSelfPayShare ?? null;
  const parenteralMarks = refs.knowledge?.stayContent?.parenteralDrugNameMarks ?? DEFAULT_PARENTERAL_MARKS;
  const items: ItemFacts[] = itemFacts(claim, refs.catalogue, serviceDate, diagnosisCodes, parenteralMarks, yiShares);
  if (refs.knowledge) {
    const nameOf = (code: string) => refs.catalogue.get(code)?.name ?? code;
    const coded = codedProcedures(claim, refs.knowledge.procedureBilling);
    markRepeatsExplained(items, coded, refs.knowledge.procedureBilling, refs.knowledge.implants, diagnosisCodes);
    markAcupunctureTechniques(items, coded, refs.knowledge.acupunctureTechniques);
    if (inpatient) markSessionBundled(items, coded, refs.knowledge.procedureBilling);
    if (refs.knowledge.serialTests) markSerialTests(items, diagnosisCodes, procedureCodes, refs.knowledge.serialTests);
    if (refs.knowledge.stayContent) {
      markInfusionGroups(items, refs.knowledge.stayContent);
      markInfusionSets(items, refs.knowledge.stayContent);
      markDrugPreparations(items);
      markInjectionCourses(items, inpatient, refs.knowledge.stayContent.bedBlocking.plainDrip?.fluids);
    }
    markHourlyLines(items);
    markExtraPerDay(items, diagnosisCodes);
    applyKnowledge({ diagnosisCodes, principalDiagnosis: principal.code, procedureCodes, ageYears, gender: claim.patient.gender, ageDays, items, inpatient, pharmacy: claim.visitType === 'pharmacy', chronicApproved: claim.visitType === 'chronic' ? (claim.enrollment?.chronicDiseases ?? null) : null, emergency: inpatient ? claim.admissionRoute === 'emergency' : emergencyVisit(claim, items, refs.history?.examRecognition), plannedAdmission: inpatient && plannedAdmission(claim.admissionRoute), transferIn: inpatient && claim.admissionRoute === 'transfer', procedureDays, nameOf, visitType: claim.visitType, dischargeDay: inpatient ? nights : undefined, dischargeMode: claim.dischargeMode, selfPaidClaim: toFen(claim.amounts.policy) === 0 && toFen(claim.amounts.fundClaimed) === 0 }, refs.knowledge);
    anaesthesiaForSeveralOperations(items, coded, refs.knowledge.procedureBilling, refs.knowledge.operationHours);
  }

  const grouping =
    inpatient && refs.grouper
      ? refs.grouper.group({
          gender: claim.patient.gender,
          ageYears,
          ageDays,
          birthWeightGrams: claim.patient.birthWeightGrams,
          diagnoses: diagnosisCodes,
          procedures: procedureCodes,
        })
      : null;

  const reportedDrg = claim.reportedGroup?.drg ?? null;
  const reportedDip = claim.reportedGroup?.dip ?? null;
  const totalFen = toFen(claim.amounts.total);
  const fundClaimedFen = toFen(claim.amounts.fundClaimed);
  const drgDip = groupingFacts(
    { region: claim.region, inpatient, principalDiagnosis: principal.code, procedureCodes, lengthOfStay, nights,
      procedureDays, dischargeMode: claim.dischargeMode ?? null, totalFen, fundClaimedFen,
      reportedDrg, reportedDip, grouping, items, diagnosisCodes, diagnosisName: (c) => refs.grouper?.diagnosisName(c),
      itemName: (c) => refs.catalogue.get(c)?.name ?? c, complicationOf: refs.grouper ? (c) => refs.grouper?.complicationOf(c) : undefined,
      exclusionTableOf: refs.grouper ? (c) => refs.grouper?.exclusionTableOf(c) : undefined,
      kidneyFailure: refs.history?.limits.dialysisAfterTransplant?.kidneyFailure },
    refs.norms ?? null,
    refs.knowledge ?? null,
  );

  const computedDrg = grouping && grouping.status === 'grouped' ? grouping.drg : null;
  // The test norms are national: where the region pays by neither scheme, the group's length from the other regions' tables.
  const testNormLos = drgDip.normLos ?? (computedDrg ? (refs.norms?.drgLos?.(computedDrg) ?? null) : null);
  const tests = testLoadFacts(items, computedDrg, refs.knowledge, lengthOfStay, testNormLos, principal.code);
  const policyFen = toFen(claim.amounts.policy);
  const expectedPolicyFen = items.reduce((sum, it) => sum + it.policyScopeFen, 0);
  const facts: ClaimFacts = {
    claimId: claim.claimId,
    region: claim.region,
    insuredRegion: claim.insuredRegion ?? claim.region,
    province: claim.region.slice(0, 2),
    insuranceType: claim.insuranceType,
    visitType: claim.visitType,
    inpatient,
    hospitalId: claim.provider.hospitalId,
    hospitalLevel: claim.provider.level,
    department: claim.provider.department ?? null,
    doctorId: claim.provider.doctorId ?? null,
    insuredId: claim.patient.insuredId,
    gender: claim.patient.gender,
    retired: claim.patient.retired === true,
    ageYears,
    ageDays,
    serviceDate,
    serviceDay: dayNumber(serviceDate),
    endDate,
    month: serviceDate.slice(0, 7),
    lengthOfStay,
    days: inpatient ? lengthOfStay : 1,
    admissionRoute: claim.admissionRoute ?? null,
    admissionRouteName: admissionRouteName(claim.admissionRoute),
    dischargeMode: claim.dischargeMode ?? null,
    transferFromHospitalId: claim.transferFromHospitalId ?? null,
    principalDiagnosis: principal.code,
    diagnosisCodes,
    procedureCodes,
    reportedDrg: claim.reportedGroup?.drg ?? null,
    reportedDip: claim.reportedGroup?.dip ?? null,
    totalFen: toFen(claim.amounts.total),
    policyFen,
    expectedPolicyFen,
    policyExcess: toYuan(Math.max(0, policyFen - expectedPolicyFen)),
    fundClaimedFen: toFen(claim.amounts.fundClaimed),
    fundClaimed: toYuan(toFen(claim.amounts.fundClaimed)),
    itemCount: items.length,
    items,
    stay: stayFacts({
      items, inpatient, visitType: claim.visitType, serviceDate, endDate, lengthOfStay, principalDiagnosis: principal.code, ageYears, diagnosisCodes, procedureCodes,
      procedureDates: (claim.procedures ?? []).map((p) => p.date ?? null), dischargeMode: claim.dischargeMode ?? null,
      admissionRoute: claim.admissionRoute ?? null, limits: refs.history?.limits ?? DEFAULT_LIMITS, knowledge: refs.knowledge, region: claim.region,
      recordDiagnoses: claim.enrollment?.chronicDiseases ?? null, department: claim.provider.department ?? null,
      hospitalLevel: claim.provider.level, gender: claim.patient.gender,
      procedureName: refs.grouper ? (c) => refs.grouper!.procedureName(c) : undefined,
      emergencyItems: refs.history?.examRecognition?.emergencyItems,
    }),
    ageImplausible: ageImplausible({ visitType: claim.visitType, ageYears, diagnosisCodes, procedureCodes, department: claim.provider.department, items }, refs.knowledge?.agePlausibility),
    sexImplausible: sexImplausible(claim.patient.gender, diagnosisCodes, items, totalFen, refs.knowledge?.sexSpecificDiagnoses),
    birthWeightUnsupported: inpatient
      ? birthWeightUnsupported({ inpatient, ageDays, birthWeightGrams: claim.patient.birthWeightGrams, diagnosisCodes, nights, items }, refs.knowledge?.birthWeightCare)
      : null,
    externalCause: externalCause(diagnosisCodes, claim.insuranceType, retiredForWork(claim.patient.retired, ageYears, claim.patient.gender), refs.knowledge?.externalCauses, toYuan(fundClaimedFen), (c) => refs.grouper?.diagnosisName(c)),
    highEnergyFall: highEnergyFall(diagnosisCodes, ageYears, refs.knowledge?.injuryMechanisms, toYuan(fundClaimedFen)),
    grouping,
    member: null,
    benefits: null,
    // The DRG/DIP facts listed, not spread (...drgDip): a spread of ~30 fields was a slow path in V8.
    paymentScheme: drgDip.paymentScheme,
    computedDrg: drgDip.computedDrg,
    computedDip: drgDip.computedDip,
    computedScore: drgDip.computedScore,
    reportedScore: drgDip.reportedScore,
    totalCost: drgDip.totalCost,
    splitComplication: drgDip.splitComplication,
    splitComplicationKind: drgDip.splitComplicationKind,
    splitComplicationName: drgDip.splitComplicationName,
    complicationSupported: drgDip.complicationSupported,
    complicationSplitsGroup: drgDip.complicationSplitsGroup,
    complicationSupportExpected: drgDip.complicationSupportExpected,
    complicationLineIds: drgDip.complicationLineIds,
    complicationExplained: drgDip.complicationExplained,
    complicationBesideDialysis: drgDip.complicationBesideDialysis,
    groupSettled: drgDip.groupSettled,
    groupable: drgDip.groupable,
    ungroupableReason: drgDip.ungroupableReason,
    ungroupableValidParent: drgDip.ungroupableValidParent,
    groupedThroughParent: drgDip.groupedThroughParent,
    groupComputed: drgDip.groupComputed,
    groupComputedName: drgDip.groupComputedName,
    groupReported: drgDip.groupReported,
    computedWeight: drgDip.computedWeight,
    reportedWeight: drgDip.reportedWeight,
    weightDifference: drgDip.weightDifference,
    baseRate: drgDip.baseRate,
    estimatedOverpayment: drgDip.estimatedOverpayment,
    normLos: drgDip.normLos,
    normCost: drgDip.normCost,
    costRatio: drgDip.costRatio,
    costAboveNorm: drgDip.costAboveNorm,
    losRatio: drgDip.losRatio,
    dailyCostRatio: drgDip.dailyCostRatio,
    complicationAmount: drgDip.complicationAmount,
    surgicalGroupProcedure: drgDip.surgicalGroupProcedure,
    daySurgeryProcedure: drgDip.daySurgeryProcedure,
    testCount: tests.testCount,
    testCost: tests.testCost,
    testLineIds: tests.testLineIds,
    testNormGroup: tests.testNormGroup,
    testNormCount: tests.testNormCount,
    testNormCost: tests.testNormCost,
    testCostAboveNorm: tests.testCostAboveNorm,
    testCostRatio: tests.testCostRatio,
    testCountAboveNorm: tests.testCountAboveNorm,
  };
  return { claim, facts };
}

/**
 * A visit to the emergency department (exam-recognition.json: its departments, or 急诊诊察费 billed): the same acute
 * assessment as an emergency admission's first days, so the tests indicated there (血气分析) are indicated here too.
 */
function emergencyVisit(claim: Claim, items: readonly ItemFacts[], table: ExamRecognition | undefined): boolean {
  return table ? atEmergency(table, claim.provider.department, items, rowCodeOf) : false;
}
