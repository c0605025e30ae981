import type { Claim } from '../contract/claim';
import { toFen, toYuan } from '../money/fen';
import { indicationsInForce, type Catalogue, type CatalogueEntry } from './catalogue';
import { daysBetween } from '../contract/dates';
import { selectorMatches, type ItemFacts, type ItemSelector } from './item-fact-types';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { approvalInPlaceOf, clauseMet, indicationsShown, type ApprovedInPlace, type ClauseClaim } from './indication-clauses';
import { atcOf } from './knowledge';
import { supplyPerDay, wholeDaysOfSupply } from '../benefits/days-of-supply';
import type { YiSelfPayShare } from '../benefits/policy';
import { summaryDayQuantities } from './day-summary-lines';
import { hoursBeyondDay } from './sequential-hours';

/**
 * 甲 counts in full; 乙 less its self-pay share (the share is what is rounded, as a cashier rounds it): the row's
 * own share, else the insured province's 乙类 share for the row's kind (seeds/001: 逐步规范乙类药品、医疗服务项目
 * 个人先行自付比例); 丙 and unknown not at all.
 */
export function policyScopeFen(lineFen: number, entry: CatalogueEntry | null | undefined, yiShares?: YiSelfPayShare | null): number {
  if (!entry || entry.class === '丙') return 0;
  if (entry.class === '甲') return lineFen;
  const share = entry.selfPayShare ?? yiShares?.[entry.category] ?? 0;
  return lineFen - Math.round(lineFen * share);
}

/**
 * Each line's facts: its own fields, then the catalogue joins (ItemFacts, in that key order). Built as one
 * object literal per line, every field present (the knowledge ones null until filled): spreading a second object
 * into it was a slow path in V8, and a field added later to some lines gives the hot readers of lines two shapes.
 */
export function itemFacts(claim: Claim, catalogue: Catalogue, serviceDate: string, diagnosisCodes: readonly string[], parenteralMarks: readonly string[], yiShares: YiSelfPayShare | null = null): ItemFacts[] {
  const items = claim.items;
  const n = items.length;
  const inpatient = claim.visitType === 'inpatient';
  const procedureCodes = (claim.procedures ?? []).map((p) => p.code);
  const level = String(claim.provider.level) as '1' | '2' | '3';
  // Per-claim indexes built once, so each line's joins are lookups, never scans of the claim. Each line's
  // code-day (its day's quantity and first line) and catalogue entry are found once and reused by both passes.
  const days = new Array<CodeDay>(n);
  const entries = new Array<CatalogueEntry | null>(n);
  const codeDays: ByCodeDay<CodeDay> = new Map();
  // Days of supply reads distinct dates for inpatients and total quantity otherwise: only one is built.
  const datesByCode = inpatient ? new Map<string, Set<string>>() : null;
  const qtyByCode = inpatient ? null : new Map<string, number>();
  /** code → date → the line of a same-day service whose entry includes that code. */
  const includedBy: ByCodeDay<string> = new Map();
  /** code → date → the services that include it while they run that day (catalogue includesDuring). */
  const includedDuring: ByCodeDay<DuringHost> = new Map();
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const entry = catalogue.get(it.code, it.date) ?? null;
    entries[i] = entry;
    const ofCode = datesOf(codeDays, it.code);
    const day = ofCode.get(it.date);
    if (day === undefined) ofCode.set(it.date, (days[i] = { quantity: it.quantity, firstLine: it.lineId }));
    else (days[i] = day).quantity += it.quantity;
    if (datesByCode) {
      const dates = datesByCode.get(it.code);
      if (dates) dates.add(it.date);
      else datesByCode.set(it.code, new Set([it.date]));
    }
    if (qtyByCode) qtyByCode.set(it.code, (qtyByCode.get(it.code) ?? 0) + it.quantity);
    if (entry?.includes) {
      for (const inc of entry.includes) {
        const ofCode = datesOf(includedBy, inc);
        if (!ofCode.has(it.date)) ofCode.set(it.date, it.lineId);
      }
    }
    if (entry?.includesDuring) noteIncludedDuring(includedDuring, entry.includesDuring, it, claim.visitType);
  }

  // A stay's line of a per-day item covering several days (床位费 ×4 on the admission day) is judged by those days.
  const summaryDays = summaryDayQuantities(claim, entries);

  // Read by a row's indication clauses only: built on the first line that has them.
  let clauseClaim: ClauseClaim | null = null;
  const clauseClaimOf = (): ClauseClaim =>
    (clauseClaim ??= {
      diagnosisCodes,
      procedureCodes,
      drugAtcs: items.flatMap((x, j) => (x.category === 'drug' ? (atcOf(x.code, entries[j]) ?? []) : [])),
      approved: claim.enrollment?.chronicDiseases ?? [],
    });

  /**
   * Whether some service line of the claim is one of an evidence group's examinations (per group, asked rarely); a drug
   * line only by its catalogue code (enteral nutrition tried before parenteral), never by a name mark.
   */
  const evidenceSeen = new Map<ItemSelector, boolean>();
  const evidenced = (sel: ItemSelector): boolean => {
    let seen = evidenceSeen.get(sel);
    if (seen === undefined) {
      seen = items.some((x, j) =>
        x.category === 'drug' ? (sel.codes?.includes(entries[j]?.code ?? x.code) ?? false) : selectorMatches(sel, entries[j]?.code ?? x.code, x.name ?? x.code),
      );
      evidenceSeen.set(sel, seen);
    }
    return seen;
  };

  // Walked in claim order: a line is a duplicate of, or exclusive with, an EARLIER line of the same day,
  // so the second of a pair is the one flagged.
  const seenOnDay: ByCodeDay<string> = new Map(); // code → date → first line
  const excludedOnDay: ByCodeDay<string> = new Map(); // code → date → earlier line whose entry excludes code
  const out = new Array<ItemFacts>(n);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const entry = entries[i];
    const day = days[i];
    const cap = entry?.priceCap?.[level] ?? null;
    const first = day.firstLine;
    const duplicateOf = first !== it.lineId ? first : null;
    const onDay = summaryDays?.get(i) ?? day.quantity;
    const during = duringHost(includedDuring, it, entry, onDay);
    const bundler = (includedBy.get(it.code) ?? (entry ? includedBy.get(entry.code) : undefined))?.get(it.date) ?? during?.host.lineId;
    const alongside = bundler !== undefined && bundler === during?.host.lineId && during.host.sequential && bundler !== it.lineId ? bundler : null;
    let exclusiveWith = excludedOnDay.get(it.code)?.get(it.date) ?? null;
    const excludes = entry?.excludes;
    if (exclusiveWith === null && excludes) {
      for (const ex of excludes) {
        const other = ex !== it.code ? seenOnDay.get(ex)?.get(it.date) : undefined;
        if (other !== undefined) {
          exclusiveWith = other;
          break;
        }
      }
    }
    const seen = datesOf(seenOnDay, it.code);
    if (!seen.has(it.date)) seen.set(it.date, it.lineId);
    if (excludes) {
      for (const ex of excludes) {
        if (ex === it.code) continue;
        const ofCode = datesOf(excludedOnDay, ex);
        if (!ofCode.has(it.date)) ofCode.set(it.date, it.lineId);
      }
    }

    const perDay = supplyPerDay(entry) ?? entry?.maxPerDay;
    const daysOfSupply = datesByCode
      ? (datesByCode.get(it.code)?.size ?? 1)
      : perDay
        ? wholeDaysOfSupply(qtyByCode?.get(it.code) ?? it.quantity, perDay)
        : 1;
    const lineFen = toFen(it.amount);
    const met = catalogueIndicationMet(entry, diagnosisCodes, procedureCodes, it.date, clauseClaimOf);
    const evidence = met === true && entry?.indicationEvidence ? indicationEvidence(entry, diagnosisCodes, procedureCodes, evidenced, clauseClaimOf) : null;
    const name = it.name ?? it.code;
    out[i] = {
      lineId: it.lineId,
      code: it.code,
      name,
      category: it.category,
      date: it.date,
      quantity: it.quantity,
      unitPrice: it.unitPrice,
      amount: it.amount,
      amountFen: lineFen,
      dayIndex: daysBetween(serviceDate, it.date),
      longPrescription: it.longPrescription === true,
      catalogue: entry,
      inCatalogue: entry !== null,
      itemClass: entry?.class ?? null,
      parenteral: it.category === 'drug' && isParenteral(name, entry, parenteralMarks),
      priceCap: cap,
      priceExcess: cap !== null && it.unitPrice > cap ? toYuan(toFen((it.unitPrice - cap) * it.quantity)) : 0,
      quantityOnDay: onDay,
      daysOfSupply,
      duplicateOf,
      bundledInto: bundler !== undefined && bundler !== it.lineId ? bundler : null,
      bundledOn: '同日',
      bundledAlongside: alongside,
      // Beside a sequential service only the hours beyond the day are in question: their share of the line's.
      bundledAmount: alongside !== null && during!.hours > 0 ? toYuan(Math.round((lineFen * Math.min(during!.beyond, during!.hours)) / during!.hours)) : it.amount,
      exclusiveWith,
      quantityExcessAmount: excessShare(lineFen, onDay, entry?.maxPerDay),
      daysExcessAmount: excessShare(lineFen, daysOfSupply, entry?.maxDays),
      catalogueIndicationMet: met,
      // Built for an unmet restriction only: the message names every way to meet it.
      catalogueIndicationsShown: met === false ? indicationsShown(entry!.indications ?? [], entry!.indicationProcedures ?? [], entry!.indicationClauses ?? []) : null,
      catalogueIndicationEvidenced: evidence === null ? null : evidence.missing === null,
      indicationByApproval: met === true ? byApproval(entry!, diagnosisCodes, procedureCodes, clauseClaimOf) : null,
      indicationEvidence: evidence?.missing ?? null,
      policyScopeFen: policyScopeFen(lineFen, entry, yiShares),
      // Filled by applyKnowledge (knowledge-facts.ts) where a knowledge table lists the line.
      indicationGroup: null,
      indicationSupported: null,
      indicationExpected: null,
      indicatedBy: null,
      contextSupported: null,
      contextExpected: null,
      contextFinding: null,
      repeatExplained: false,
    };
  }
  return out;
}

/** A drug given by injection or infusion: a mark in its generic name (the catalogue row's) or in the name it was billed under. */
function isParenteral(name: string, entry: CatalogueEntry | null, marks: readonly string[]): boolean {
  const generic = entry?.name ?? name;
  return marks.some((m) => generic.includes(m) || name.includes(m));
}

/** The services of one day that include a code while they run: the first line, and their hours (null: the whole day). */
interface DuringHost {
  lineId: string;
  hours: number | null;
  /** Hours of overlap not judged (overlapHours). */
  overlap: number;
  /** The entry marks the codes `sequential` with the service (given before or after it, never beside it). */
  sequential: boolean;
}

/** Indexes the codes a service line includes while it runs (or on the visit types its row names). */
function noteIncludedDuring(index: ByCodeDay<DuringHost>, groups: NonNullable<CatalogueEntry['includesDuring']>, it: Claim['items'][number], visitType: string): void {
  for (const g of groups) {
    if (g.visitTypes && !(g.visitTypes as readonly string[]).includes(visitType)) continue;
    for (const code of g.codes) {
      const ofCode = datesOf(index, code);
      const host = ofCode.get(it.date);
      if (host === undefined) ofCode.set(it.date, { lineId: it.lineId, hours: g.hours ? it.quantity : null, overlap: g.overlapHours ?? 0, sequential: g.sequential === true });
      else if (host.hours !== null) host.hours = g.hours ? host.hours + it.quantity : null;
    }
  }
}

/**
 * The service line that includes this one while it runs, if any. By the hours: the line's hours that day (its
 * quantity over the row's units per hour: maxPerHour for a measurement, else maxPerDay ÷ 24; a 日 item needs some
 * hour) must fit in what the day has outside the services' own hours (less the overlap a row allows), or they were
 * given during them.
 */
function duringHost(index: ByCodeDay<DuringHost>, it: Claim['items'][number], entry: CatalogueEntry | null, quantityOnDay: number): { host: DuringHost; hours: number; beyond: number } | undefined {
  const host = index.get(it.code)?.get(it.date) ?? (entry && entry.code !== it.code ? index.get(entry.code)?.get(it.date) : undefined);
  if (host === undefined || host.hours === null) return host && { host, hours: 0, beyond: 0 };
  // A service given only before or after the host keeps the row's overlap even beside a whole day of it (the started
  // hour at the extubation); one given through the host has no hour of its own then.
  if (!host.sequential && host.hours >= 24) return { host, hours: 0, beyond: 0 };
  if (entry?.unit === '日') return undefined;
  // A measurement billed per time (次) may come more often than the day's ceiling spread evenly (blood pressure every
  // 15 minutes after thrombolysis or thrombectomy): its row's maxPerHour reads the count as the least time it takes.
  const hours = entry?.unit !== '小时' && entry?.maxPerHour ? quantityOnDay / entry.maxPerHour : (quantityOnDay * 24) / (entry?.maxPerDay ?? 24);
  const beyond = hoursBeyondDay(hours, host.hours, host.overlap);
  return beyond > 0 ? { host, hours, beyond } : undefined;
}

/** A per-claim index by item code, then service date (no joined code-date string to build for every lookup). */
type ByCodeDay<T> = Map<string, Map<string, T>>;

/** The lines of one code on one day: their summed quantity and the first of them in claim order. */
interface CodeDay {
  quantity: number;
  firstLine: string;
}

/** The dates map of a code, added when absent. */
function datesOf<T>(index: ByCodeDay<T>, code: string): Map<string, T> {
  let dates = index.get(code);
  if (dates === undefined) index.set(code, (dates = new Map()));
  return dates;
}

/**
 * Whether a diagnosis (or a coded operation of `indicationProcedures`, or one of the row's `indicationClauses`) of the claim meets the catalogue row's indication restriction (限定适应症); null where the row
 * sets none, or where the line is dated before the restriction took effect (`indicationsFrom`: a 限定支付范围 applies
 * from its catalogue edition's effective date, by the date of service).
 */
function catalogueIndicationMet(entry: CatalogueEntry | null, diagnosisCodes: readonly string[], procedureCodes: readonly string[], date: string, clauseClaim: () => ClauseClaim): boolean | null {
  const indications = entry?.indications ?? [];
  const clauses = entry?.indicationClauses ?? [];
  if (indications.length === 0 && clauses.length === 0) return null;
  if (!indicationsInForce(entry!, date)) return null;
  return (
    startsWithAny(diagnosisCodes, indications) ||
    (entry!.indicationProcedures !== undefined && startsWithAny(procedureCodes, entry!.indicationProcedures)) ||
    clauses.some((c) => clauseMet(c, clauseClaim()))
  );
}

/** A met restriction that only the member's approved disease met, standing in for a treatment (indication-clauses.ts). */
function byApproval(entry: CatalogueEntry, diagnosisCodes: readonly string[], procedureCodes: readonly string[], clauseClaim: () => ClauseClaim): ApprovedInPlace | null {
  if (!entry.indicationClauses?.length || startsWithAny(diagnosisCodes, entry.indications ?? [])) return null;
  if (entry.indicationProcedures !== undefined && startsWithAny(procedureCodes, entry.indicationProcedures)) return null;
  return approvalInPlaceOf(entry.indicationClauses, clauseClaim());
}

/**
 * Judges a met restriction whose row asks for the condition to be established (`indicationEvidence`): `missing` is
 * null when a coded operation or an indication clause meets it, when some diagnosis meeting it needs no examination,
 * or when every group naming one such diagnosis has an examination on the bill (a restriction naming two conditions — ascites and
 * 白蛋白低于30g/L — needs both shown); else the diagnoses relied on and what would establish them.
 */
function indicationEvidence(
  entry: CatalogueEntry,
  diagnosisCodes: readonly string[],
  procedureCodes: readonly string[],
  evidenced: (sel: ItemSelector) => boolean,
  clauseClaimOf: () => ClauseClaim,
): { missing: ItemFacts['indicationEvidence'] } {
  if (entry.indicationProcedures !== undefined && startsWithAny(procedureCodes, entry.indicationProcedures)) return { missing: null };
  // A clause met without any diagnosis that itself needs establishing (食管癌放疗: C15 with Z51.0 or 92.2) needs no
  // examination: a dysphagia (R13) coded too is then a further reason, not the one the restriction rests on. A clause
  // met through such a diagnosis (cirrhosis K74 with its ascites R18 coded) still asks for it to be shown.
  if (entry.indicationClauses?.length) {
    const asked = entry.indicationEvidence!.flatMap((g) => g.diagnoses);
    const claim = clauseClaimOf();
    const unasked = { ...claim, diagnosisCodes: claim.diagnosisCodes.filter((d) => !underAny(d, asked)) };
    if (entry.indicationClauses.some((cl) => clauseMet(cl, unasked))) return { missing: null };
  }
  const relied = diagnosisCodes.filter((d) => underAny(d, entry.indications ?? []));
  // Met by an indication clause alone (radiotherapy of a head and neck cancer): no diagnosis here to establish.
  if (relied.length === 0) return { missing: null };
  const groups = new Set<NonNullable<CatalogueEntry['indicationEvidence']>[number]>();
  // diagnosisCodes[0] is the principal (enrich.ts puts it first).
  for (const d of relied) {
    const needs = entry.indicationEvidence!.filter((g) => underAny(d, g.diagnoses) && !(g.secondaryOnly && d === diagnosisCodes[0]));
    const unshown = needs.filter((g) => !evidenced(g.items));
    if (unshown.length === 0) return { missing: null };
    for (const g of unshown) groups.add(g);
  }
  const unique = (xs: string[]) => [...new Set(xs)].join('；');
  // Every missing group's examination may be on the member's earlier claims: the cross-claim stage looks there.
  const record = [...groups].every((g) => g.record && g.items.codes?.length) ? [...groups].map((g) => ({ codes: [...(g.items.codes ?? [])], days: g.record!.days })) : null;
  return { missing: { diagnoses: relied.join('、'), expected: unique([...groups].map((g) => g.expected)), source: unique([...groups].map((g) => g.source)), record } };
}

/** The line's share beyond a limit, yuan (0 within it). */
function excessShare(lineFen: number, actual: number, limit: number | undefined): number {
  return limit !== undefined && actual > limit ? toYuan(Math.round((lineFen * (actual - limit)) / actual)) : 0;
}
