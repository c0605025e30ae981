import { createHash } from 'node:crypto';
import { itemIn } from '../contract/catalogue-row';
import { daysBetween } from '../contract/dates';
import type { BenefitClaim } from './benefit-claim';
import { isCostlyRow } from './costly-item';
import { daysOfSupply, onDaysShare, packDays, supplyPerDay, TAKE_HOME_DAYS_BEFORE_DISCHARGE } from './days-of-supply';
import { icdCategories, STAY_OPENING_DAYS, type LedgerLine, type MemberClaim } from './member-claim';
import { genericDrugKey } from './history-knowledge';
import { herbPrescriptionDays } from './herb-prescription';
import { operationDays, startsWithAny } from '../contract/code-prefix';

/**
 * The lines cross-claim checks read: every line outside a stay (few per claim); on a stay only items with a
 * billing-frequency limit, a staged paired-organ operation or a recognised examination (`frequencyCodes`: HistoryKnowledge.stayLedgerCodes, by code or catalogue row),
 * the examinations of its admission day (a clinic visit's repeated on admission, read from the visit:
 * repeated-exams.ts),
 * its operations and interventions (catalogue subcategory surgery, marked `operation`), the drugs of its last day in bed
 * and discharge day (marked `courseEnd`, for a course continued in outpatient visits), the drugs of its first days
 * (marked `courseStart`: a readmission restarting the course, related-stays.ts newEvent) and its costly consumables
 * (marked `costly`, costly-item.ts: the provider patterns' share of stays with a 高值耗材), its ureteric stents (marked
 * `stent`: a placement whatever was coded, stent-removal-unplaced.ts) and its drugs whose catalogue
 * row limits the days paid (限定支付疗程 maxDays, marked `courseLimit`: a course continued over a transfer) and every
 * day of a drug given once per cycle or per week (`scheduleRows`, catalogue row codes: a next cycle given too soon on
 * another claim, dose-schedule.ts) and its hour-billed services of the admission and discharge days (a day's 24 hours shared
 * with an emergency visit or the other hospital of a transfer, day-clock.ts), so a 60-line stay adds little to the ledger.
 */
function ledgerLines(f: BenefitClaim, frequencyCodes: ReadonlySet<string> | ReadonlyMap<string, unknown>, scheduleRows: ReadonlyMap<string, unknown>, stentMarks: readonly string[]): LedgerLine[] {
  const out: LedgerLine[] = [];
  // A drug kept only for the stay's first days: newEvent reads which drugs (and their smallest quantity), so one line
  // a code is enough (a year-long stay billed on its admission day would otherwise keep thousands).
  const openingOnly = new Map<string, LedgerLine>();
  // A 饮片 line lasts as long as its prescription's 剂 (herb-prescription.ts), not its grams at one herb's usual dose.
  const herbDays = f.inpatient ? null : herbPrescriptionDays(f.items, f.diagnosisCodes);
  for (const it of f.items) {
    const courseEnd = f.inpatient && it.category === 'drug' && it.date <= f.endDate && daysBetween(it.date, f.endDate) <= TAKE_HOME_DAYS_BEFORE_DISCHARGE;
    const courseStart = f.inpatient && it.category === 'drug' && it.date >= f.serviceDate && daysBetween(f.serviceDate, it.date) < STAY_OPENING_DAYS;
    const entry = it.catalogue;
    // A stay's operations show what it treated (a transfer up for a PCI and back: transfer-episode.ts).
    const operation = f.inpatient && it.category === 'service' && entry?.subcategory === 'surgery';
    const costlyConsumable = f.inpatient && it.category === 'consumable' && isCostlyRow(entry);
    // A billed ureteric stent was placed, coded or not (devices-in-place.json placement.nameMarks).
    const stent = it.category === 'consumable' && stentMarks.some((m) => it.name.includes(m));
    // A course-limited drug's days of a stay: the course runs on after a transfer (course-over-transfer.ts).
    const courseLimit = f.inpatient && it.category === 'drug' && typeof entry?.maxDays === 'number' ? entry.maxDays : undefined;
    const drugKey = it.category === 'drug' ? genericDrugKey(it.code, entry) : null;
    const scheduled = f.inpatient && drugKey !== null && scheduleRows.has(drugKey);
    // A kept code names the billed code or its catalogue row (a recognised examination billed under a code beneath its row).
    const kept = itemIn(frequencyCodes, it);
    // The admission day's examinations: a clinic visit arriving after its stay is compared with them
    // (repeated-exams.ts).
    const admissionExam = f.inpatient && it.category === 'service' && entry?.subcategory === 'exam' && it.date === f.serviceDate;
    // Hour-billed care on the admission and discharge days: the days a stay shares with another claim (day-clock.ts).
    const edgeHours = f.inpatient && entry?.unit === '小时' && (it.date === f.serviceDate || it.date === f.endDate);
    if (f.inpatient && !kept && !edgeHours && !admissionExam && !courseEnd && !courseStart && !operation && !costlyConsumable && !stent && courseLimit === undefined && !scheduled) continue;
    const kind = it.category === 'drug' ? 'drug' : it.category === 'consumable' ? 'consumable' : entry?.subcategory === 'consult' ? 'consult' : 'service';
    const line: LedgerLine = { lineId: it.lineId, code: it.code, date: it.date, kind, amountFen: it.amountFen, quantity: it.quantity };
    if (kind === 'service' && entry && entry.code !== it.code) line.row = entry.code;
    if (kind === 'service' && (entry?.subcategory === 'lab' || entry?.subcategory === 'exam')) line.test = true;
    if (kind === 'service' && entry?.subcategory === 'exam') line.exam = true;
    if (line.test) line.indicatedBy = icdCategories(it.indicatedBy ?? [f.principalDiagnosis]);
    if (operation) line.operation = true;
    if (kind === 'service' && !f.inpatient && entry?.subcategory === 'lab' && entry.includes?.length) line.parts = [...entry.includes];
    if (kind === 'service' && !f.inpatient && entry?.includesDuring) {
      const codes = entry.includesDuring.filter((g) => g.sameDayClaims && (!g.visitTypes || (g.visitTypes as readonly string[]).includes(f.visitType))).flatMap((g) => g.codes);
      if (codes.length) line.includesOnDay = codes;
    }
    if (kind === 'drug') {
      line.drug = drugKey as string;
      const perDay = supplyPerDay(entry);
      if (!f.inpatient && perDay) {
        // herbDays holds the 饮片 lines only (catalogue subcategory tcm-herb): any other drug finds none there.
        line.days = herbDays?.get(it.lineId) ?? daysOfSupply(it.quantity, perDay);
        // An `onClaim` dose is the prescribing claim's: a TB regimen's levofloxacin, not a bronchitis course elsewhere.
        const doses = (entry?.supplyPerDayFor ?? []).filter((r) => !r.onClaim || startsWithAny(f.diagnosisCodes, r.codes));
        if (doses.length) line.daysFor = doses.map((r) => ({ codes: [...r.codes], days: daysOfSupply(it.quantity, r.perDay * onDaysShare(entry)) }));
        // Kept to one decimal in the ledger, as the days are.
        const pack = packDays(perDay);
        if (pack) line.unitDays = Math.round(pack * 10) / 10;
      }
      if (it.longPrescription) line.long = true;
      if (!f.inpatient && entry?.specialControl) line.controlled = true;
      if (courseEnd) line.courseEnd = true;
      if (courseStart) line.courseStart = true;
      if (courseLimit !== undefined) line.courseLimit = courseLimit;
    }
    if (costlyConsumable) line.costly = true;
    if (stent) line.stent = true;
    if (courseStart && !kept && !courseEnd && courseLimit === undefined && !scheduled) {
      const first = openingOnly.get(it.code);
      if (first) {
        first.quantity = Math.min(first.quantity ?? 1, it.quantity);
        continue;
      }
      openingOnly.set(it.code, line);
    }
    out.push(line);
  }
  return out;
}

/** A clinic visit's first consultation line dated the visit day (its catalogue row), else null. */
function consultOf(f: BenefitClaim): MemberClaim['consult'] {
  if (f.visitType !== 'outpatient' && f.visitType !== 'chronic') return null;
  const it = f.items.find((i) => i.catalogue?.subcategory === 'consult' && i.date === f.serviceDate);
  return it ? { row: it.catalogue!.code, lineId: it.lineId, amountFen: it.amountFen } : null;
}

/** The member-ledger entry of a claim: only what the claim itself says. */
export function ledgerEntry(
  f: BenefitClaim,
  frequencyCodes: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
  scheduleRows: ReadonlyMap<string, unknown> = new Map(),
  stentMarks: readonly string[] = [],
  /** The claim's coded procedures with their days (claim.procedures): a stay's operation days. */
  procedures: readonly { code: string; date?: string | null }[] = [],
): MemberClaim {
  const lineOf = (it: BenefitClaim['items'][number]) => `${it.code}|${it.date}|${it.quantity}|${it.unitPrice}`;
  const each = f.items.map(lineOf);
  const signature = createHash('sha1').update([...each].sort().join(';'));
  // The visit's care without its drugs: what a treatment bundle billed alike to several members is compared by. A
  // stay's: its orders without their dates (each line's code, daily quantity and price, once), so stays of one doctor's
  // admission day are compared whatever day each member went home (identical-bills.ts).
  const care = f.visitType === 'outpatient' ? each.filter((_, i) => f.items[i].category !== 'drug').sort() : f.inpatient ? [...new Set(f.items.map((it) => `${it.code}|${it.quantity}|${it.unitPrice}`))].sort() : [];
  const lines = ledgerLines(f, frequencyCodes, scheduleRows, stentMarks);
  // An operation stay of a member insured elsewhere is compared only with members of the same pooling region
  // (identical-bills.ts: a group brought in from one place); every other bundle as before.
  const insuredElsewhere = f.inpatient && f.insuredRegion && f.insuredRegion !== f.region ? f.insuredRegion : undefined;
  if (insuredElsewhere && care.length && lines.some((l) => l.operation)) care.push(`参保地|${insuredElsewhere}`);
  const days = f.inpatient && f.doctorId ? operationDays(procedures) : [];
  const bundleSignature = care.length ? createHash('sha1').update(care.join(';')).digest('hex').slice(0, 16) : null;
  return {
    insuredId: f.insuredId,
    claimId: f.claimId,
    insuranceType: f.insuranceType,
    visitType: f.visitType,
    serviceDate: f.serviceDate,
    endDate: f.endDate,
    hospitalId: f.hospitalId,
    hospitalLevel: f.hospitalLevel,
    region: f.region,
    doctorId: f.doctorId ?? null,
    department: f.department ?? null,
    consult: consultOf(f),
    principalCategory: f.principalDiagnosis.slice(0, 3),
    mdc: f.grouping?.status === 'grouped' ? f.grouping.mdc : null,
    totalFen: f.totalFen,
    policyFen: f.policyFen,
    fundClaimedFen: f.fundClaimedFen,
    itemsSignature: signature.digest('hex').slice(0, 16),
    bundleSignature,
    // Always present (undefined when not): a spread in mid-literal was V8's slow path, and gave entries two shapes.
    insuredElsewhere,
    serviceCodes: [...new Set(f.items.filter((i) => i.category === 'service').map((i) => i.code))].sort(),
    admissionRoute: f.admissionRoute,
    dischargeMode: f.dischargeMode,
    transferFromHospitalId: f.transferFromHospitalId,
    codes: [...new Set([...f.diagnosisCodes, ...f.procedureCodes])],
    thirdParty: f.externalCause !== null,
    lines,
    operationDays: days.length ? days : undefined,
  };
}

/**
 * Ledger order: by service date, then claimId. A claim's member state is built from the entries before it
 * in this order, whatever order the claims arrived in.
 */
export function isBefore(a: Pick<MemberClaim, 'serviceDate' | 'claimId'>, b: Pick<MemberClaim, 'serviceDate' | 'claimId'>): boolean {
  return a.serviceDate < b.serviceDate || (a.serviceDate === b.serviceDate && a.claimId < b.claimId);
}
