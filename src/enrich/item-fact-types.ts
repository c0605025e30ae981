import type { CatalogueEntry } from './catalogue';
import type { ApprovedInPlace } from './indication-clauses';
import { rowCodeOf } from '../contract/catalogue-row';

// The facts of one line item, in a file of their own: facts.ts (the claim's facts) and the modules that compute
// the line's facts (item-facts.ts, knowledge-facts.ts, grouping-facts.ts) all read them, without importing each other.

/** Facts about one line item, computed once, that item-level rules and the model read. */
export interface ItemFacts extends ItemCatalogueFacts, KnowledgeItemFacts {
  lineId: string;
  code: string;
  name: string;
  category: string;
  date: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  amountFen: number;
  /** Day of the stay, 0 = admission / visit day. */
  dayIndex: number;
  /** Drug line marked a 长处方 (up to 12 weeks for a stable chronic condition). */
  longPrescription: boolean;
}

/** What an item rule needs about one line, joined against the catalogue and the rest of the claim. */
export interface ItemCatalogueFacts {
  catalogue: CatalogueEntry | null;
  inCatalogue: boolean;
  itemClass: '甲' | '乙' | '丙' | null;
  /**
   * A drug line given by injection or infusion: a dosage-form mark of stay-content.json parenteralDrugNameMarks in its
   * generic (catalogue) or billed name (《中国药品通用名称命名原则》: the generic name carries the form). Computed once here,
   * read by every check and by the model's features; false for services and consumables.
   */
  parenteral: boolean;
  /** Price cap for the claim's hospital level, yuan; null where the catalogue sets none. */
  priceCap: number | null;
  /** (unitPrice − cap) × quantity when over the cap, else 0; yuan. */
  priceExcess: number;
  /** Quantity of this code billed on this line's date, across all lines. */
  quantityOnDay: number;
  /**
   * Days of supply: for inpatients the distinct days the code is billed; elsewhere the dispensed quantity
   * over the catalogue's usual quantity per day (rules/catalogue/README.md).
   */
  daysOfSupply: number;
  /** Line id of an earlier line with the same code on the same day. */
  duplicateOf: string | null;
  /**
   * Line id of a service whose catalogue entry already includes this item: the same day's, or another day's whose
   * session the procedure record dates this item's procedure in (session-bundled.ts).
   */
  bundledInto: string | null;
  /** Where that service is, for the message: 同日, or the recorded session's date and codes. */
  bundledOn: string;
  /**
   * `bundledInto` again when that service is one this item only precedes or follows (includesDuring `sequential`: one
   * airway at a time) — hours over the day on the two lines, either side's may be the overstated: the finding names both.
   */
  bundledAlongside: string | null;
  /** The money a bundling puts in question, yuan: the line's, or beside a sequential service the share of its hours beyond the day. */
  bundledAmount: number;
  /** Line id of an earlier same-day item this one may not be billed with (either side's excludes list). */
  exclusiveWith: string | null;
  /** Share of the line's amount beyond the daily quantity limit, yuan (0 when within it). */
  quantityExcessAmount: number;
  /** Share of the line's amount beyond the days-of-supply limit, yuan (0 when within it). */
  daysExcessAmount: number;
  /**
   * Whether a diagnosis of the claim meets the catalogue row's indication restriction (限定适应症: some diagnosis
   * code starts with one of the row's `indications` prefixes); null where the row sets no such restriction.
   */
  catalogueIndicationMet: boolean | null;
  /** An unmet restriction in words (flat indications, operations, each clause with its circumstance); null otherwise. */
  catalogueIndicationsShown: string | null;
  /**
   * Where the row asks for the condition to be established (catalogue `indicationEvidence`): false when every
   * diagnosis meeting the restriction needs an examination the bill does not carry; true when one is carried or
   * some meeting diagnosis (or coded operation) needs none; null where not judged (restriction unmet or none).
   */
  catalogueIndicationEvidenced: boolean | null;
  /**
   * A met restriction that only the member's approved 门诊慢特病 disease met, standing in for a treatment the member's
   * record should show (促红素: the approved cancer for its chemotherapy); null otherwise.
   */
  indicationByApproval: ApprovedInPlace | null;
  /**
   * For an unevidenced line: the diagnoses relied on, the examinations that would establish them, and the source;
   * `record`, where every missing group may be shown on the member's earlier claims (catalogue `record`), their codes
   * and days, read by the cross-claim stage (indicationShownBefore); else null.
   */
  indicationEvidence: { diagnoses: string; expected: string; source: string; record: { codes: string[]; days: number }[] | null } | null;
  /** What the fund may count of this line as policy-scope cost: 甲 all, 乙 less its self-pay share, 丙 or unknown none; fen. */
  policyScopeFen: number;
}

export interface KnowledgeItemFacts {
  /** Name of the knowledge row (test group) the line belongs to; null when no table lists it. */
  indicationGroup: string | null;
  /** Whether a diagnosis (or the screening / pre-operative allowance) on the claim supports the line; null: not judged. */
  indicationSupported: boolean | null;
  /** What would support it, for messages. */
  indicationExpected: string | null;
  /** Test-table lines: the claim's diagnoses that call for the test by the row's diagnosis groups (a changed condition retests: exam-repeat.ts). */
  indicatedBy: string[] | null;
  /** Items of the consistency table (and implants of implant-procedures.json): whether the rest of the bill or the coded operations support the line; null: not judged. */
  contextSupported: boolean | null;
  /** What would support it, for messages. */
  contextExpected: string | null;
  /** The line's same-day repeat (above the daily limit, a second line) is the record's: two operated sides or two theatre sessions coded that day (operation-count.ts), or a serial test its coded condition calls for (serial-tests.ts). */
  repeatExplained: boolean;
  /** A per-drug preparation line (catalogue countedByDrugs: 化疗药物配置): the day's distinct drugs of the row's ATC groups given by injection or infusion (drug-preparations.ts); absent elsewhere. */
  preparedDrugs?: number;
  /** An infusion set's line (stay-content.json infusion.sets): the infusion groups billed that day, the sets it may use; null elsewhere. */
  dayGroups?: number;
  /** The kind of finding an unsupported line is (the consistency row's `finding`: context, swap, quantity; `schedule`: a drug given again within its label interval, drug-schedules.json); null: not judged. */
  contextFinding: 'context' | 'swap' | 'quantity' | 'schedule' | 'infusion' | 'diagnosis' | 'nebulised' | 'dose' | null;
}

/** Which lines a knowledge table row means: catalogue row codes, or marks in the name (lines under codes outside the catalogue). */
export interface ItemSelector {
  codes?: readonly string[];
  nameMarks?: readonly string[];
}

/** Whether a line is one of the selector's codes (by its catalogue row) or carries one of its name marks. */
export function lineMatches(sel: ItemSelector, it: { code: string; name: string; catalogue: { code: string } | null }): boolean {
  return selectorMatches(sel, rowCodeOf(it), it.name);
}

/**
 * The same for a line known by its row code and name: a claim's line before its facts exist (item-facts.ts), passed
 * apart so lineMatches reads one object shape (ItemFacts) and stays monomorphic.
 */
export function selectorMatches(sel: ItemSelector, rowCode: string, name: string): boolean {
  return (sel.codes?.includes(rowCode) ?? false) || (sel.nameMarks?.some((m) => name.includes(m)) ?? false);
}
