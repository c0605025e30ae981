import { addDays, daysBetween, weekday } from '../../contract/dates';
import { injuryRegion } from '../../contract/injury-code';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import { genericDrugKey, type FrequencyRow, type HistoryKnowledge } from '../history-knowledge';
import { emergencyVisit, lineIn, list } from './common';
import { followedThereBefore, referredUp } from './referred-up';
import { startsWithAny, underAny, withOperations } from '../../contract/code-prefix';
import { diagnosisIn } from '../../contract/exact-diagnoses';
import { atcOfDrugCode } from '../../contract/drug-code';
import { rowCodeOf } from '../../contract/catalogue-row';

export interface TooOften {
  items: string;
  /** The earlier claims counted (ids); 本单 when none. */
  claims: string;
  /** The same claims, each with its dates and institution, as the investigator reads them: EX-1（2026-03-02、2026-03-09，H51010001）. */
  earlier: string;
  lineIds: string[];
  amount: number;
}

/**
 * Items billed more often than the billing-frequency table allows: per episode on this claim, per period of
 * days across this claim and the member's earlier claims at any institution. Names this claim's lines beyond
 * the allowance.
 */
/** The item with its allowance, as an investigator reads it: 血型鉴定（限每次住院或就诊1次）. */
function limitText(row: Pick<FrequencyRow, 'name' | 'per' | 'periodDays' | 'max' | 'distinctDays' | 'sites' | 'extraPerDayWith'>, sites = 1, unit = '次'): string {
  if (row.sites) return `${row.name}（限${row.periodDays ?? 1}天内每${row.sites.name}${row.max}${row.sites.unit}，其间就诊所示${sites}${row.sites.name}）`;
  if (row.per === 'episode') return `${row.name}（限每次住院或就诊${row.max}${unit}${row.extraPerDayWith ? `，${row.extraPerDayWith.label}当日另计1${unit}` : ''}）`;
  if (row.per === 'week') return `${row.name}（限每周（周一至周日）${row.max}${row.distinctDays ? '个治疗日' : unit}）`;
  const days = row.periodDays ?? 1;
  // Counted by days billed (distinctDays): the allowance is of days, not units (two canals repositioned at one sitting).
  if (row.distinctDays && days > 1) return `${row.name}（限${days}天内${row.max}个收费日）`;
  return `${row.name}（限${days === 1 ? '每日' : `${days}天内`}${row.max}${unit}）`;
}

/**
 * The sites (teeth) the visits of a window show, for a row counted per site (`sites`): each visit opens as many as it
 * codes distinct site diagnoses (at least one) unless it is coded as a later stage only; the window shows at least its
 * distinct site diagnoses, and one site.
 */
function sitesShown(site: NonNullable<FrequencyRow['sites']>, visits: readonly MemberClaim[]): number {
  const diagnoses = (e: MemberClaim) => (e.codes ?? []).filter((c) => underAny(c, site.diagnoses));
  let opened = 0;
  for (const e of visits) if (!startsWithAny(e.codes ?? [], site.continuing) || startsWithAny(e.codes ?? [], site.opening)) opened += Math.max(1, new Set(diagnoses(e)).size);
  return Math.max(1, opened, new Set(visits.flatMap(diagnoses)).size);
}

/**
 * The teeth opened at one institution in a window (`billingsPerSite`): its visits there that code a site diagnosis or an
 * opening procedure, billing or not — a course's opening visit often bills nothing — read as sitesShown reads them; and
 * at least its visits coding a `filling` stage, each of which ends a tooth's course (teeth opened together under one
 * code, filled one a visit).
 */
function sitesOpenedAt(site: NonNullable<FrequencyRow['sites']>, visits: readonly MemberClaim[]): number {
  const ofSite = visits.filter((e) => (e.codes ?? []).some((c) => underAny(c, site.diagnoses)) || startsWithAny(e.codes ?? [], site.opening));
  const filled = site.filling ? visits.filter((e) => startsWithAny(e.codes ?? [], site.filling!)).length : 0;
  return Math.max(ofSite.length ? sitesShown(site, ofSite) : 1, filled);
}

/** Whether the claim codes one of a scoped row's withDiagnoses (by prefix) or exactDiagnoses (whole); true when it names neither. */
function codesCondition(r: FrequencyRow, codes: readonly string[]): boolean {
  if (!r.withDiagnoses && !r.exactDiagnoses.length) return true;
  return codes.some((d) => diagnosisIn(d, r.withDiagnoses ?? [], r.exactDiagnoses));
}

/** Whether the claim codes one of a row's withProcedures (ICD-9-CM-3 prefixes); true when it names none. */
function codesProcedure(r: FrequencyRow, e: MemberClaim): boolean {
  return !r.withProcedures || startsWithAny(e.codes ?? [], r.withProcedures);
}

/** The row judging a code on this claim: a row scoped to its principal diagnosis, else the code's general row. */
function rowFor(code: string, me: MemberClaim, items: readonly BenefitItem[], k: HistoryKnowledge): FrequencyRow | undefined {
  const scoped = k.scopedFrequency?.get(code)?.find((r) => (!r.forPrincipal || underAny(me.principalCategory, r.forPrincipal)) && codesCondition(r, me.codes ?? []) && codesProcedure(r, me));
  if (scoped && !scoped.notWithItems?.some((m) => items.some((it) => it.name.includes(m)))) return scoped;
  return k.frequency.get(code);
}

/**
 * A follow-up row's reading of the earlier claims (followUp): only tests of the condition's schedule count; a test
 * before a stay that ended since does not (the stay is a change of condition); nor one whose claim, or the member's
 * claim of the drug before it, or any since, has the condition's drug (doseDrugs) in another strength or quantity than
 * this claim (a dose changed at or after that test: the recheck 4–8 weeks on is the schedule's); nor one whose claim
 * codes an abnormal result (afterAbnormal).
 */
function followUpCounts(row: FrequencyRow, me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]) {
  // A test whose claim coded an abnormal result is the start of that finding's rechecks, not a stable follow-up.
  const ofCondition = (e: MemberClaim) => !(row.afterAbnormal && startsWithAny(e.codes ?? [], row.afterAbnormal));
  const stayEnds = prior.filter((e) => e.visitType === 'inpatient' && e.endDate <= me.serviceDate).map((e) => e.endDate);
  // An earlier test is the schedule's when the condition alone called for it (the ledger line's indicatedBy, as this
  // claim's lines are read: one another diagnosis calls for is that diagnosis's care), whatever its claim's principal:
  // a diabetic's HbA1c at a visit coded principal I10 with E11 beside it is the diabetes's HbA1c, and the one 20 days
  // on repeats it. A line no diagnosis called for, or one kept without indicatedBy, is read by its claim's principal.
  // The ledger keeps a line's indicatedBy as ICD categories (ledger-entry.ts), so a row narrowed to a subcategory
  // (E06 with E06.3) cannot tell an earlier E06.1 test from an E06.3 one: the condition stays the category (review 32
  // item 19, left open: it needs the ledger to keep whole codes).
  const condition = [...row.forPrincipal!, ...(row.withDiagnoses ?? [])];
  const ofSchedule = (l: LedgerLine, e: MemberClaim) =>
    l.indicatedBy?.length ? l.indicatedBy.every((d) => diagnosisIn(d, condition, row.exactDiagnoses)) : underAny(e.principalCategory, row.forPrincipal!);
  const line = (l: LedgerLine, e: MemberClaim) => ofSchedule(l, e) && !stayEnds.some((end) => end >= l.date);
  const drugs = new Set(items.filter((i) => i.category === 'drug' && row.doseDrugs?.some((m) => i.name.includes(m))).map((i) => genericDrugKey(i.code, i.catalogue)));
  if (!drugs.size) return { claim: ofCondition, line };
  const doses = (lines: readonly { code: string; quantity: number }[]) => lines.map((l) => `${l.code}×${l.quantity}`).sort().join(',');
  const mine = doses(items.filter((i) => i.category === 'drug' && drugs.has(genericDrugKey(i.code, i.catalogue))));
  // The member's claims carrying the drug, by date, with their doses.
  const carrying = prior
    .map((e) => ({ e, dose: doses((e.lines ?? []).filter((l) => l.kind === 'drug' && l.drug !== undefined && drugs.has(l.drug)).map((l) => ({ code: l.code, quantity: l.quantity ?? 1 }))) }))
    .filter((x) => x.dose !== '' && x.e.serviceDate <= me.serviceDate)
    .sort((a, b) => (a.e.serviceDate < b.e.serviceDate ? -1 : a.e.serviceDate > b.e.serviceDate ? 1 : 0));
  const sameDose = (e: MemberClaim) => {
    const before = carrying.filter((x) => x.e.serviceDate < e.serviceDate).at(-1);
    const from = before?.e.serviceDate ?? e.serviceDate;
    const since = carrying.filter((x) => x.e.serviceDate >= from);
    return since.some((x) => x.e === e) && since.every((x) => x.dose === mine);
  };
  return { claim: (e: MemberClaim) => ofCondition(e) && sameDose(e), line };
}

/** The dates on which some line's code starts with one of the prefixes (read once a claim, not once a line). */
const datesBilling = (lines: readonly { code: string; date: string }[], prefixes: readonly string[]) =>
  new Set(lines.filter((l) => underAny(l.code, prefixes)).map((l) => l.date));

interface Session {
  date: string;
  n: number;
  claimId: string;
  hospitalId: string;
  /** The row (or billed code) the units are of: a countsWith row's sessions of one claim and day are one session. */
  code?: string;
}

/**
 * Units of the window's sessions, for a row counting other codes with its own (countsWith: HD with HDF). A region
 * pricing HDF as an add-on bills it beside 血液透析 on the day of one session (review34 item 13), so on one claim and
 * day of single units the codes' units are not added: the day holds as many sessions as its most-billed code (HD ×1 +
 * HDF ×1 is one session; HD ×1 twice is two). A day with a line of several units is a settlement of sessions
 * (门诊慢特病: HD ×12 and HDF ×4 on the settlement date are sixteen), whose units add up (review35 item 8). Claims of
 * two institutions on one day stay two sessions.
 */
function sessionUnits(within: readonly Session[]): number {
  const byDay = new Map<string, { perCode: Map<string, number>; sum: number; single: boolean }>();
  for (const w of within) {
    const key = `${w.claimId}|${w.date}`;
    const day = byDay.get(key) ?? byDay.set(key, { perCode: new Map(), sum: 0, single: true }).get(key)!;
    day.perCode.set(w.code ?? '', (day.perCode.get(w.code ?? '') ?? 0) + w.n);
    day.sum += w.n;
    if (w.n !== 1) day.single = false;
  }
  let n = 0;
  for (const day of byDay.values()) n += day.single ? Math.max(...day.perCode.values()) : day.sum;
  return n;
}

/**
 * Whether the window's sessions before one on `date` at `hospitalId` are a clean handover to that institution: all at
 * one other institution, each on an earlier day than every session here (the programme stopped there and started
 * here, no return in the window). A window at one institution only, or alternating between two, is no handover.
 */
function cleanHandover(within: readonly Session[], date: string, hospitalId: string): boolean {
  const before = within.filter((s) => s.hospitalId !== hospitalId);
  if (!before.length || new Set(before.map((s) => s.hospitalId)).size > 1) return false;
  const lastThere = before.reduce((m, s) => (s.date > m ? s.date : m), before[0].date);
  const firstHere = within.filter((s) => s.hospitalId === hospitalId).reduce((m, s) => (s.date < m ? s.date : m), date);
  return lastThere < firstHere;
}

/**
 * Whether a session of the window was an urgent one (紧急透析 is an acute event's, not a chronic code's): its own claim
 * codes an urgent reason, or an emergency visit or a stay of the member on its day or the day before does.
 */
function urgentInWindow(codes: readonly string[], within: readonly Session[], claims: readonly MemberClaim[], examRecognition: HistoryKnowledge['examRecognition']): boolean {
  const urgent = (e: MemberClaim | undefined) => !!e && startsWithAny(e.codes ?? [], codes);
  return within.some((s) => {
    const dayBefore = addDays(s.date, -1);
    return (
      urgent(claims.find((e) => e.claimId === s.claimId)) ||
      claims.some((e) => (e.visitType === 'inpatient' || emergencyVisit(e, examRecognition)) && e.serviceDate <= s.date && e.endDate >= dayBefore && urgent(e))
    );
  });
}

/** Whether a stay of the member coding one of the operations was discharged on or before `date`, at most `days` days before it. */
function soonAfterStay(after: { procedures: readonly string[]; days: number }, prior: readonly MemberClaim[], date: string): boolean {
  return prior.some((e) => e.visitType === 'inpatient' && e.endDate <= date && daysBetween(e.endDate, date) <= after.days && startsWithAny(e.codes ?? [], after.procedures));
}

/**
 * The start of treatment the record shows: the member's first dispensing of a drug of the ATC prefixes, on this claim
 * or an earlier one, when it was not a 长处方 (a long prescription renews a stable treatment; a start is prescribed short
 * and reviewed) — or, earlier, the latest claim of the condition coding the abnormal result that decides treatment
 * (`afterAbnormal`: the flare treatment starts at, the drug perhaps bought outside the record), when it lies within
 * the start's window (`treatmentStartExtra.days`) before that dispensing. Null when the record
 * holds no dispensing, or the first was a long prescription.
 */
function treatmentStart(row: FrequencyRow, me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): string | null {
  const atc = row.treatmentStartExtra!.atc;
  const ofClass = (code: string) => startsWithAny([atcOfDrugCode(code) ?? ''], atc);
  const dispensed = [
    ...prior.flatMap((e) => (e.lines ?? []).filter((l) => l.kind === 'drug' && ofClass(l.code)).map((l) => ({ date: l.date, long: l.long === true }))),
    ...items.filter((i) => i.category === 'drug' && ofClass(i.code)).map((i) => ({ date: i.date, long: i.longPrescription === true })),
  ];
  if (!dispensed.length) return null;
  const first = dispensed.reduce((a, b) => (b.date < a.date || (b.date === a.date && !b.long) ? b : a));
  if (first.long) return null;
  // The flare that decided this start: the latest on or before the first dispensing and within the start's window of
  // it. An older one (a member watched for years) decided nothing, and must not move a genuine start into the past.
  const days = row.treatmentStartExtra!.days;
  const found = prior
    .filter((e) => underAny(e.principalCategory, row.forPrincipal ?? []) && !!row.afterAbnormal && startsWithAny(e.codes ?? [], row.afterAbnormal))
    .map((e) => e.serviceDate)
    .filter((d) => d <= first.date && daysBetween(d, first.date) <= days);
  return found.reduce((a, d) => (d > a ? d : a), '') || first.date;
}

/**
 * Whether another of the member's claims, dated within `days` of the claim (a stay: of its admission or discharge),
 * codes one of the procedures or bills one of the catalogue rows: the claim's check is that procedure's.
 */
function aroundProcedure(around: NonNullable<FrequencyRow['aroundProcedures']>, e: MemberClaim, claims: readonly MemberClaim[]): boolean {
  const procedures = withOperations(around.procedures);
  return claims.some(
    (o) =>
      o.claimId !== e.claimId &&
      e.serviceDate >= addDays(o.serviceDate, -around.days) &&
      e.serviceDate <= addDays(o.endDate, around.days) &&
      (startsWithAny(o.codes ?? [], procedures) || (o.lines ?? []).some((l) => around.codes.includes(ledgerRowOf(l)))),
  );
}

/** Whether two claims code an injury of one body region (a wound's later care), by injuryRegion. */
function sharesInjuryRegion(a: MemberClaim, b: MemberClaim): boolean {
  const regions = new Set((a.codes ?? []).map(injuryRegion).filter((r): r is string => r !== null));
  return (b.codes ?? []).some((c) => regions.has(injuryRegion(c) ?? ''));
}

// A code another row counts with its own (countsWith: another modality of one session) is judged under that row too:
// code → the rows counting it, derived once per loaded table (tooOften runs for every claim).
const countedByCache = new WeakMap<HistoryKnowledge['frequency'], Map<string, string[]>>();
function countedByOf(frequency: HistoryKnowledge['frequency']): Map<string, string[]> {
  let countedBy = countedByCache.get(frequency);
  if (!countedBy) {
    countedBy = new Map();
    for (const row of frequency.values()) for (const c of row.countsWith ?? []) (countedBy.get(c) ?? countedBy.set(c, []).get(c)!).push(row.code);
    countedByCache.set(frequency, countedBy);
  }
  return countedBy;
}

export function tooOften(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): TooOften | null {
  const has = (code: string) => k.frequency.has(code) || (k.scopedFrequency?.has(code) ?? false);
  const countedBy = countedByOf(k.frequency);
  if (!items.some((it) => has(it.code) || countedBy.has(it.code))) return null;
  const excess = new Set<string>();
  const names = new Set<string>();
  // Earlier claims counted against a line beyond its limit, with their dates: named to the investigator.
  const others = new Map<string, { hospitalId: string; dates: Set<string> }>();
  const byCode = new Map<string, BenefitItem[]>();
  for (const it of items) {
    for (const code of [...(has(it.code) ? [it.code] : []), ...(countedBy.get(it.code) ?? [])]) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(it);
  }
  for (const [code, lines] of byCode) {
    const row = rowFor(code, me, items, k);
    if (!row) continue;
    const visitTypes: readonly string[] | undefined = row.visitTypes;
    if (visitTypes && !visitTypes.includes(me.visitType)) continue;
    // Sessions of an exempt programme (a rehabilitation principal) are not a course, and count against none.
    const exempt = (e: MemberClaim) => underAny(e.principalCategory, row.notForPrincipal ?? []);
    if (exempt(me)) continue;
    // A claim coding its own reason (bleeding, a resection) is neither judged nor counted: the repeat is that reason's.
    const ownReason = (e: MemberClaim) => !!row.reasonCodes && startsWithAny(e.codes ?? [], row.reasonCodes);
    if (ownReason(me)) continue;
    // A check before or after an operation or an MRI (aroundProcedures) is that procedure's, neither judged nor counted.
    const nearProcedure = (e: MemberClaim) => !!row.aroundProcedures && aroundProcedure(row.aroundProcedures, e, [...prior, me]);
    if (nearProcedure(me)) continue;
    if (row.followUp) {
      // An emergency visit, or a line another diagnosis of the claim calls for (a changed condition), is not a follow-up.
      if (emergencyVisit(me, k.examRecognition)) continue;
      // A withDiagnoses code under a forPrincipal category narrows that category (E06 with E06.3: Hashimoto's, not the
  // subacute thyroiditis E06.1 the row leaves unjudged); one under none (Z08 beside a cancer) adds its context.
  const narrowing = row.withDiagnoses ?? [];
  const condition = [
    ...row.forPrincipal!.flatMap((p) => {
      const under = narrowing.filter((w) => w.startsWith(p));
      return under.length ? under : [p];
    }),
    ...narrowing.filter((w) => !row.forPrincipal!.some((p) => w.startsWith(p))),
  ];
      const stable = lines.filter((l) => !(l.indicatedBy ?? []).some((d) => !diagnosisIn(d, condition, row.exactDiagnoses)));
      if (!stable.length) continue;
      lines.splice(0, lines.length, ...stable);
    }
    // A row judging a procedure by its injectate (withCodes) counts only the lines billed with it that day.
    const withCodes = row.withCodes;
    if (withCodes) {
      const injectedOn = datesBilling(items, withCodes);
      const injected = lines.filter((l) => injectedOn.has(l.date));
      if (!injected.length) continue;
      lines.splice(0, lines.length, ...injected);
    }
    const follow = row.followUp ? followUpCounts(row, me, items, prior) : null;
    const started = row.treatmentStartExtra ? treatmentStart(row, me, items, prior) : null;
    lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    // The catalogue row's 计价单位, what a line's quantity and the row's max count (次, 日, 套…), named in the message.
    const unit = lines[0].catalogue?.unit ?? '次';
    if (row.perDayMax) {
      // One session billed as several units (a 50-minute talk as 2 次): the units of a day beyond perDayMax.
      const onDay = new Map<string, number>();
      for (const l of lines) {
        const n = (onDay.get(l.date) ?? 0) + Math.max(1, l.quantity);
        onDay.set(l.date, n);
        if (n > row.perDayMax) excess.add(l.lineId), names.add(`${row.name}（限每次就诊每日${row.perDayMax}${unit}，本单当日计${n}${unit}）`);
      }
    }
    if (row.per === 'episode') {
      // A day billing one of extraPerDayWith allows one unit more that day (the typing repeated on a crossmatch's sample).
      const extraOn = row.extraPerDayWith ? datesBilling(items, row.extraPerDayWith.codes) : null;
      const extraUsed = new Set<string>();
      let count = 0;
      for (const l of lines) {
        for (let n = Math.max(1, l.quantity); n > 0; n--) {
          count++;
          if (count <= row.max) continue;
          if (extraOn?.has(l.date) && !extraUsed.has(l.date)) {
            extraUsed.add(l.date);
            count--;
            continue;
          }
          excess.add(l.lineId), names.add(limitText(row, 1, unit));
        }
      }
      continue;
    }
    // Per period: occurrences on this claim and on earlier claims (by date), each line checked against the
    // count in the periodDays days up to its date (per week: since that calendar week's Monday).
    const period = row.periodDays ?? 1;
    const inWindow = (d: string, on: string) =>
      d <= on && (row.per === 'week' ? d >= addDays(on, -((weekday(on) + 6) % 7)) : daysBetween(d, on) < period);
    // A follow-up test re-examined at a higher-level hospital than an earlier claim's (上转复核) is not counted against it.
    // A row scoped by this claim's diagnoses (forPrincipal, withDiagnoses, exactDiagnoses) sets the allowance for this
    // claim's condition; the earlier billings of its code count whatever their claims' diagnoses, for the code is one
    // service on one member (the mouth scaled under K05.1 and then under K05.3, the kidney given shock waves for a
    // ureteric stone and then a renal one, the blood drawn on a medical and then a psychiatric stay): reading only
    // claims of the condition would make the generous row blind to the general one's billings, and alternating codes
    // would pass both. Two scopes do filter the earlier claims, for what the billing was: withProcedures, where the code
    // stands for several services told apart by the procedure coded (a consultation that is a device check, a PTA
    // fee of a fistula or of a limb); and followUp, a condition's schedule, by which diagnoses called for each test.
    // The row's code and the codes it counts with (countsWith), matched on an earlier line's billed code or its catalogue
    // row (lineIn: a line billed under a product or regional code of the row counts).
    const sameSession = row.countsWith?.length ? new Set(row.countsWith) : null;
    const rowCodes = new Set([code, ...(sameSession ?? [])]);
    // Referred up: the higher clinic's first follow-up of the condition; one that has followed the member before runs its own schedule.
    const upHere = follow !== null && !followedThereBefore(me, prior, follow.claim);
    const counted = prior.filter((e) => (!visitTypes || visitTypes.includes(e.visitType)) && !exempt(e) && !ownReason(e) && !nearProcedure(e) && (!follow || (follow.claim(e) && !(upHere && referredUp(e, me)))) && (!row.sameInjuryRegion || sharesInjuryRegion(e, me)) && codesProcedure(row, e));
    // Earlier claims' lines count by their units as this claim's do: a line's quantity is the number of the
    // catalogue row's 计价单位 charged (次: sessions or tests, 日: a sensor's days, 根: canals, 套: kits), which is what
    // max counts, so a line of quantity 3 is three charges whichever claim carries it. The ledger keeps every line's
    // quantity (ledger-entry.ts); an entry written before it did counts 1 a line. distinctDays rows count days instead.
    const theirs = counted.flatMap((e) => {
      const injectedOn = withCodes ? datesBilling(e.lines ?? [], withCodes) : null;
      return (e.lines ?? [])
        .filter((l) => lineIn(rowCodes, l) && l.date <= me.endDate && (!follow || follow.line(l, e)) && (!injectedOn || injectedOn.has(l.date)))
        .map((l) => ({ date: l.date, n: Math.max(1, l.quantity ?? 1), claimId: e.claimId, hospitalId: e.hospitalId, code: ledgerRowOf(l) }));
    });
    const seen: Session[] = [...theirs];
    const claimOf = new Map([...counted, me].map((e) => [e.claimId, e]));
    const nameEarlier = (within: readonly Session[]) => {
      for (const w of within) {
        if (w.claimId === me.claimId) continue;
        const o = others.get(w.claimId) ?? others.set(w.claimId, { hospitalId: w.hospitalId, dates: new Set() }).get(w.claimId)!;
        o.dates.add(w.date);
      }
    };
    for (const l of lines) {
      const within = seen.filter((s) => inWindow(s.date, l.date));
      const mine: Session = { date: l.date, n: Math.max(1, l.quantity), claimId: me.claimId, hospitalId: me.hospitalId, code: rowCodeOf(l) };
      const count = row.distinctDays
        ? new Set([...within.map((x) => x.date), l.date]).size
        : sameSession
          ? sessionUnits([...within, mine])
          : within.reduce((s, x) => s + x.n, 0) + mine.n;
      // A per-site row allows its max for each site the window's visits show (a tooth's canals, billed once a course).
      const sites = row.sites ? sitesShown(row.sites, [...new Set([...within.map((w) => w.claimId), me.claimId])].map((id) => claimOf.get(id)!)) : 1;
      const allowed =
        row.max * sites +
        (row.handoverExtra && cleanHandover(within, l.date, me.hospitalId) ? row.handoverExtra : 0) +
        (row.urgentExtra && urgentInWindow(row.urgentExtra.codes, [...within, { date: l.date, n: 1, claimId: me.claimId, hospitalId: me.hospitalId }], [...prior, me], k.examRecognition) ? row.urgentExtra.extra : 0) +
        (row.afterStayExtra && soonAfterStay(row.afterStayExtra, prior, l.date) ? row.afterStayExtra.extra : 0) +
        (started !== null && started <= l.date && daysBetween(started, l.date) <= row.treatmentStartExtra!.days ? row.treatmentStartExtra!.extra : 0);
      // Billings a course (billingsPerSite): more visits at this institution billing the item than its visits of the
      // window opened teeth allow is a course's canals charged again at each stage (分解收费), whatever the units.
      const perSite = row.sites?.billingsPerSite;
      const billings = perSite ? new Set([...within.filter((w) => w.hospitalId === me.hospitalId).map((w) => w.claimId), me.claimId]).size : 0;
      const opened = perSite && billings > perSite ? sitesOpenedAt(row.sites!, [...counted, me].filter((e) => e.hospitalId === me.hospitalId && inWindow(e.serviceDate, l.date))) : 0;
      if (perSite && billings > perSite && billings > perSite * opened && count <= allowed) {
        excess.add(l.lineId);
        names.add(`${row.name}（每${row.sites!.name}一个疗程至多${perSite}次就诊收费，${period}天内本机构${billings}次就诊收费，其间就诊所示${opened}${row.sites!.name}）`);
        nameEarlier(within.filter((w) => w.hospitalId === me.hospitalId));
      }
      if (count > allowed) {
        excess.add(l.lineId);
        names.add(limitText(row, sites, unit));
        // The procedure's own lines that day (its injectate, kit and anaesthetic) go beyond the limit with it.
        const along = [...(withCodes ?? []), ...(row.alongCodes ?? [])];
        if (along.length) for (const it of items) if (it.date === l.date && underAny(it.code, along)) excess.add(it.lineId);
        nameEarlier(within);
      }
      // The longer window (a monthly schedule beside the weekly ceiling) on claims of its principal diagnoses.
      const longer = row.longerPeriod;
      if (longer && underAny(me.principalCategory, longer.forPrincipal) && !excess.has(l.lineId)) {
        const within = seen.filter((s) => s.date <= l.date && daysBetween(s.date, l.date) < longer.periodDays);
        const count = within.reduce((s, x) => s + x.n, 0) + Math.max(1, l.quantity);
        const allowed = longer.max + (longer.afterStayExtra && soonAfterStay(longer.afterStayExtra, prior, l.date) ? longer.afterStayExtra.extra : 0);
        if (count > allowed) {
          excess.add(l.lineId);
          names.add(limitText({ ...row, periodDays: longer.periodDays, max: longer.max }, 1, unit));
          nameEarlier(within);
        }
      }
      seen.push(mine);
    }
  }
  if (!excess.size) return null;
  const named = [...others].map(([id, o]) => `${id}（${[...o.dates].sort().join('、')}，${o.hospitalId}）`);
  return { items: [...names].join('、'), claims: others.size ? list(others.keys()) : '本单', earlier: named.length ? list(named) : '本单', lineIds: [...excess], amount: toYuan(fenOf(items, excess)) };
}
