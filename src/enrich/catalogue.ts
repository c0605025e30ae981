import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { VISIT_TYPES } from '../contract/claim';
import { itemSelector } from './json-table';

// The 医保目录 as data (rules/catalogue/*.json). Checked at load so a typo in a table fails loudly
// instead of silently switching a restriction off.

const levelPrices = z.record(z.enum(['1', '2', '3']), z.number().nonnegative());

const prefixes = z.array(z.string().min(1)).min(1);

/**
 * One indication clause of a row: a diagnosis of the claim starts with one of `diagnoses` (the condition the drug
 * serves; on a 门诊慢特病 visit the member's approved disease is matched against it), and each `with` group is met by
 * the claim — a diagnosis, a coded operation (ICD-9-CM-3), a drug line of an ATC class, or the member's approved
 * 门诊慢特病 disease (enrollment.chronicDiseases).
 */
export const indicationClauseSchema = z.object({
  name: z.string().min(1),
  diagnoses: prefixes,
  with: z
    .array(
      z
        .object({
          diagnoses: prefixes.optional(),
          procedures: prefixes.optional(),
          drugAtc: prefixes.optional(),
          approved: prefixes.optional(),
          /** The treatment the group's `approved` alternative stands in for, by name: read in the member's record (history.treatment-unrecorded). */
          record: z.string().min(1).optional(),
        })
        .refine((g) => g.diagnoses || g.procedures || g.drugAtc || g.approved, 'a with group names some codes'),
    )
    .optional(),
  source: z.string().min(1),
});

export type IndicationClause = z.infer<typeof indicationClauseSchema>;

export const catalogueEntrySchema = z.looseObject({
  code: z.string().min(1),
  name: z.string().min(1),
  category: z.enum(['drug', 'service', 'consumable']),
  subcategory: z.string().optional(),
  /**
   * A clinical examination the doctor performs at the chair or bedside (slit lamp, ophthalmoscopy): no image or data
   * kept, so not a result 检查检验结果互认 recognises (国卫医发〔2022〕6号 第二条); rules/catalogue/README.md.
   */
  clinicalExam: z.boolean().optional(),
  class: z.enum(['甲', '乙', '丙']),
  selfPayShare: z.number().min(0).max(1).optional(),
  priceCap: levelPrices.optional(),
  unit: z.string().optional(),
  gender: z.enum(['M', 'F']).optional(),
  ageMin: z.number().nonnegative().optional(),
  ageMax: z.number().nonnegative().optional(),
  minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  setting: z.enum(['inpatient', 'outpatient']).optional(),
  indications: z.array(z.string().min(1)).optional(),
  /** ATC class where the 医保药品代码's own class characters are not fine enough (read by the drug-indication table). */
  atc: z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/).optional(),
  /**
   * ICD-9-CM-3 prefixes of coded operations that meet `indications` as well: the condition the restriction names is
   * the operation's aftermath, not a diagnosis (parenteral nutrition after a gastrectomy: no oral intake for days).
   */
  indicationProcedures: z.array(z.string().min(1)).optional(),
  /**
   * Indications that are a condition AND its circumstance, which a flat prefix list cannot say (限…非骨髓恶性肿瘤化疗
   * 引起的贫血: anaemia, a non-myeloid cancer and its chemotherapy). Met as `indications` are, as alternatives to them.
   */
  indicationClauses: z.array(indicationClauseSchema).optional(),
  /** First day (YYYY-MM-DD) `indications` apply: the effective date of the catalogue edition (or rule) they come from. */
  indicationsFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * Where the restriction names a condition that has to be established (a lab value, 白蛋白低于30g/L; an injury shown
   * by imaging), the diagnoses under `diagnoses` meet `indications` only on a bill carrying a service line that
   * establishes it (`items`: catalogue codes, or marks in local service names); the 凡例 pays a 限定支付范围 on the
   * record's 诊断依据, and a diagnosis with no examination behind it is none. A diagnosis under several groups needs
   * each group's examination (ascites shown by imaging and the albumin measured). `secondaryOnly`: the group asks only
   * of a diagnosis coded beside another principal (a stroke on a cardiology stay); a stay admitted for the condition may
   * have been examined in the emergency department before admission, billed apart.
   */
  indicationEvidence: z
    .array(
      z.strictObject({
        diagnoses: z.array(z.string().min(1)).min(1),
        secondaryOnly: z.literal(true).optional(),
        items: itemSelector,
        expected: z.string().min(1),
        source: z.string().min(1),
        /**
         * The examination establishes the condition for its course, so it may be on the member's earlier claims within
         * `days` before this one (an EMG at the clinic visit before admission, or on the stay of the first course): read
         * by its catalogue `codes` only (a ledger line keeps no name) in the cross-claim stage (indication-shown-before.ts).
         */
        record: z.strictObject({ days: z.number().int().positive(), source: z.string().min(1) }).optional(),
      }),
    )
    .optional(),
  /** Typical quantity per day of use: the divisor for outpatient days of supply. */
  usualPerDay: z.number().positive().optional(),
  /**
   * For a drug the label titrates per patient over a wide range (levothyroxine, calcitriol): the quantity a day at the
   * label's highest maintenance dose. Supply checks count a purchase's days with it (a day's dose is not on the bill,
   * so the days on hand are not overstated for a patient on a high dose); absent: usualPerDay.
   */
  supplyPerDay: z.number().positive().optional(),
  /** A 中药饮片's least and largest dose in one 剂 any source recognises (药典 bounds, or a classical formula's): herb-prescription.ts. */
  minDose: z.number().positive().optional(),
  maxDose: z.number().positive().optional(),
  /** A larger maxDose where a diagnosis of the claim (ICD-10 prefixes) is the indication of a classical formula that gives it. */
  maxDoseFor: z.array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), maxDose: z.number().positive() })).optional(),
  /**
   * For a drug whose label doses a loading phase above its maintenance (rivaroxaban for VTE: 15 mg twice a day for
   * days 1–21, then 20 mg once a day): supplyPerDay is the loading quantity and usualPerDay the maintenance. The member
   * ledger counts a course's first `loadingDays` days at supplyPerDay and the days after at usualPerDay (a refill past
   * the loading phase lasts twice as long); a single claim is still counted at supplyPerDay.
   */
  loadingDays: z.number().int().positive().optional(),
  /**
   * The daily quantity at the dose of an indication that takes more than the row's supplyPerDay (a phosphate binder with
   * every meal in dialysis): supply checks count a purchase at `perDay` when the member's record carries a code starting
   * with one of `codes` (ICD-10 diagnoses, ICD-9-CM-3 procedures). Absent: supplyPerDay for every member. `onClaim`: only
   * a purchase whose own claim codes the indication (the dose is the prescription's: levofloxacin in a TB regimen, not
   * the same member's course for bronchitis at another institution).
   */
  supplyPerDayFor: z
    .array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), perDay: z.number().positive(), onClaim: z.boolean().optional(), source: z.string().min(1) }))
    .optional(),
  /**
   * For an oral drug the label gives by cycle (capecitabine d1–14 of 21): its days on and the cycle's length. Supply
   * checks count a purchase's calendar days as tablets ÷ the daily quantity × cycleDays ÷ daysOn, the off days
   * being covered too.
   */
  supplyCycle: z
    .strictObject({ daysOn: z.number().int().positive(), cycleDays: z.number().int().positive() })
    .refine((c) => c.daysOn <= c.cycleDays, { message: 'daysOn exceeds cycleDays' })
    .optional(),
  maxPerDay: z.number().positive().optional(),
  /**
   * A drug under special control (特殊管理药品): 麻醉药品 or 第一/二类精神药品 of 《麻醉药品品种目录》《精神药品品种目录》
   * (2013 版, with later additions), with the entry's source. An internet hospital may not prescribe it
   * (《互联网诊疗管理办法（试行）》: 不得开具麻醉药品、精神药品等特殊管理药品的处方).
   */
  specialControl: z.strictObject({ class: z.enum(['麻醉药品', '第一类精神药品', '第二类精神药品']), source: z.string().min(1) }).optional(),
  /**
   * A row whose unit is at most one a day by its definition, priced per day of care like a 日 item (静脉输液 第一组:
   * the day's first group, the further ones on 每增加一组): a stay's line of several is several days (day-summary-lines.ts).
   */
  dailyUnit: z.literal(true).optional(),
  /**
   * A graded nursing row (特级/Ⅰ级/Ⅱ级/Ⅲ级护理, and 新生儿护理, the newborn's nursing in place of a grade): one of them is the
   * ward's nursing of a day (WS/T 431—2013 《护理分级》), so a stay's lines of these rows are pooled against its nights
   * (stay-facts.ts). Marked row by row, not read from the code: the 规范's part 1201 also holds per-day rows billed
   * beside the grade in some provinces (特殊疾病护理, 新生儿特殊护理, 精神病人护理, 气管切开护理: review35 item 5).
   */
  gradedNursing: z.literal(true).optional(),
  /**
   * A service priced per unit of the drugs it prepares (化疗药物配置: 组, one per drug compounded): its lines of one day
   * are the day's count, not a second charge, while they stay within maxPerDay and the day's distinct drugs of `atc`
   * given by injection or infusion (the parenteral name marks of stay-content.json) number at least their quantity.
   */
  countedByDrugs: z.strictObject({ atc: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  /**
   * Units a day beyond maxPerDay that a condition coded on the claim calls for (extra-per-day.ts): a dialyser and its
   * blood line replaced when the circuit clots mid-session, commonest in the heparin-free session of a patient who
   * bleeds or is at high risk of bleeding.
   */
  extraPerDayWith: z.strictObject({ diagnoses: z.array(z.string().min(1)).min(1), extra: z.number().int().min(1), source: z.string().min(1) }).optional(),
  /**
   * An item billed per measurement (次, not by the hour): the most a clinical schedule gives in an hour, so its count
   * is read as time where a timed service includes it while it runs (includesDuring `hours`); absent, the count is
   * read at maxPerDay spread over 24 hours.
   */
  maxPerHour: z.number().positive().optional(),
  /**
   * An injection priced per injection that gives one dose of the injectable drugs billed with it (肌肉注射, 皮下注射):
   * a clinic's line of a course written at one visit is read over the days those doses last (injection-courses.ts).
   */
  perDose: z.strictObject({ source: z.string().min(1) }).optional(),
  maxDays: z.number().int().positive().optional(),
  includes: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
  /**
   * Items this service includes only while it runs (项目内涵 of a timed service), or only on some visit types:
   * `hours` — lines of `codes` that day are included when their hours (a 日 item: any) do not fit in the day's
   * 24 hours less this service's own; `overlapHours` — by the hours, an overlap of up to this many is not judged
   * (sessions billed by the started hour, a cannula between sessions); `visitTypes` — included on that day of those
   * visits only; `sameDayClaims` — with `visitTypes`, included also when billed on another claim of those visit types
   * the same day at the same hospital (the session's monitoring settled on a second claim: cross-claim/split-session.ts);
   * `sequential` — with `hours`, the services are another way of doing what this one does that the patient receives
   * only before or after it, never beside it (one airway at a time: the mask or nasal cannula after extubation), so
   * this service's own hours beyond the day's 24 + `overlapHours` beside them were not given either: a duration
   * procedure coded on them (96.72, procedure-billing.json `sharedHours`) counts only the hours that fit — the same
   * codes and tolerance, read from here (review35 item 15).
   */
  includesDuring: z
    .array(z.object({ codes: z.array(z.string().min(1)).min(1), hours: z.boolean().optional(), overlapHours: z.number().nonnegative().optional(), sequential: z.literal(true).optional(), visitTypes: z.array(z.enum(VISIT_TYPES)).optional(), sameDayClaims: z.boolean().optional(), source: z.string().min(1) }))
    .optional(),
  /** The catalogue version the row belongs to (the sample files: "sample"); named by each hit. */
  version: z.string().optional(),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** 备注 as published (限定支付范围) and how much of it was read into the fields above. */
  remark: z.string().optional(),
  restrictionCoverage: z.enum(['full', 'partial', 'none']).optional(),
  /**
   * Restrictions read from a partly parsed 备注: a breach is only suspicious (catalogue.restriction-suspect),
   * so they are kept apart from the fields above, which clear-violation rules read.
   */
  partial: z
    .looseObject({
      ageMin: z.number().nonnegative().optional(),
      ageMax: z.number().nonnegative().optional(),
      minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
      setting: z.enum(['inpatient', 'outpatient']).optional(),
      gender: z.enum(['M', 'F']).optional(),
      indications: z.array(z.string().min(1)).optional(),
      maxDays: z.number().int().positive().optional(),
    })
    .optional(),
  // Written by the catalogue import (src/catalogue/import-rows.ts, restrictions.ts) and the sample files for
  // readers of the tables; no check reads them. Named so every row is built in one layout (inOneLayout).
  products: z.unknown().optional(),
  maxPerDaySource: z.unknown().optional(),
  maxPerHourSource: z.unknown().optional(),
  includesSource: z.unknown().optional(),
  /** The document a sample row's code and name follow (《全国医疗服务价格项目规范》 section), and what of it is SAMPLE. */
  codeSource: z.unknown().optional(),
  usualPerDaySource: z.unknown().optional(),
  maxDoseSource: z.unknown().optional(),
  supplyPerDaySource: z.unknown().optional(),
  loadingDaysSource: z.unknown().optional(),
  supplyCycleSource: z.unknown().optional(),
  /** The restriction text `indications` were read from (备注 as published, or the label's 适应症) and its source. */
  indicationsText: z.unknown().optional(),
  indicationsSource: z.unknown().optional(),
  sample: z.unknown().optional(),
  classCode: z.unknown().optional(),
  classification: z.unknown().optional(),
  serial: z.unknown().optional(),
  dosageForm: z.unknown().optional(),
  restrictions: z.unknown().optional(),
  unparsedRestrictions: z.unknown().optional(),
  maxCourses: z.unknown().optional(),
  maxCycles: z.unknown().optional(),
  line: z.unknown().optional(),
  schemes: z.unknown().optional(),
});

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/**
 * The 医保目录 for lookups: the sample files plus every imported version (versions/<kind>/<name>.json).
 * `get` walks the code hierarchy: a row for a generic drug in one dosage form (14 characters) covers every
 * 23-character product code beneath it; the longest matching row wins.
 */
export interface Catalogue {
  /** Rows across the sample files and every version. */
  readonly size: number;
  /** Versions loaded, per kind, newest effectiveFrom first. */
  readonly versions: readonly CatalogueVersionInfo[];
  /** The row covering `code`; `date` (YYYY-MM-DD, the item's service date) picks the version in force. */
  get(code: string, date?: string): CatalogueEntry | undefined;
  /** The examinations an indicationEvidence group may find on the member's earlier claims (`record`): a stay's ledger entry keeps them. */
  readonly recordEvidenceCodes: ReadonlySet<string>;
}

export interface CatalogueVersionInfo {
  kind: 'drug' | 'service' | 'consumable';
  version: string;
  effectiveFrom: string;
  /** Last day in force (inclusive): the file's own, else the day before the next version takes effect; null = open. */
  effectiveTo: string | null;
  rows: number;
}

// The specialty files hold rows a TCM hospital and a mental-health clinic bill (README 'Specialty rows'); the
// generator reads only the first three, so its sample claims never bill them.
export const CATALOGUE_FILES = [
  'drugs.json',
  'services.json',
  'consumables.json',
  'services-tcm.json',
  'drugs-tcm-herbs.json',
  'services-mental-health.json',
  'drugs-mental-health.json',
  'services-home-and-online.json',
  'services-procedures.json',
  'consumables-procedures.json',
  'drugs-immunology-and-gout.json',
  'services-dental.json',
  'services-imaging-and-lab.json',
  'services-palliative-care.json',
  'services-rehabilitation.json',
  'drugs-cardiology-and-nutrition.json',
  'services-ent-and-sleep.json',
  'drugs-ent.json',
  'services-heart-rhythm.json',
  'services-endocrine-and-metabolic.json',
  'drugs-endocrine.json',
  'services-wounds-and-nutrition.json',
  'drugs-wounds-and-burns.json',
  'services-eyes.json',
  'drugs-eyes.json',
  'services-urology.json',
  'drugs-urology.json',
  'drugs-rehabilitation.json',
  'services-dialysis.json',
  'drugs-kidney.json',
  'services-orthopaedics.json',
  'services-oncology.json',
  'drugs-oncology.json',
  'drugs-anaesthesia-contrast-and-palliative.json',
] as const;

/** A table file is {"note": "...", "rows": [...]}: the note says where the figures come from. */
function rowsOf(json: unknown): unknown[] {
  if (json && typeof json === 'object' && Array.isArray((json as { rows?: unknown }).rows)) {
    return (json as { rows: unknown[] }).rows;
  }
  throw new Error('expected {"note": "...", "rows": [...]}');
}

function checkedRows(file: string, json: unknown, version: string, effectiveFrom?: string): CatalogueEntry[] {
  return rowsOf(json).map((row, i) => {
    const parsed = catalogueEntrySchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} row ${i}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return inOneLayout(parsed.data, version, effectiveFrom ?? parsed.data.effectiveFrom);
  });
}

/** Every schema field, present (undefined where the row has none). */
type EveryField = { [K in keyof typeof catalogueEntrySchema.shape]-?: CatalogueEntry[K] | undefined };

/** The schema's fields in its order: the one list a row's layout is built from. */
export const CATALOGUE_FIELDS = Object.keys(catalogueEntrySchema.shape) as readonly (keyof EveryField)[];

/**
 * One object literal of every field of CATALOGUE_FIELDS, compiled once (as the rules are, src/rules/compile.ts):
 * every object of one literal starts in one V8 layout. A row filled field by field in a loop is not assured one
 * (in a trial on 30,000 rows such rows fell to dictionary mode, field reads ~3× slower). The version and date in
 * force are the file's, not the row's.
 */
const everyField = new Function(
  'r',
  'version',
  'effectiveFrom',
  `return { ${CATALOGUE_FIELDS.map((k) => `${JSON.stringify(k)}: ${k === 'version' || k === 'effectiveFrom' ? k : `r[${JSON.stringify(k)}]`}`).join(', ')} };`,
) as (r: CatalogueEntry, version: string, effectiveFrom: string | undefined) => EveryField;

/**
 * A row with every schema field in one order, then any field the schema does not name. Rows as parsed have
 * as many object layouts as there are combinations of optional fields (~100 in the sample tables), and V8
 * reads a field of objects of that many layouts on its slow (megamorphic) path: enrich, the item rules and
 * the model read ~15 fields of every line's row. An absent field reads as undefined either way.
 */
function inOneLayout(r: CatalogueEntry, version: string, effectiveFrom: string | undefined): CatalogueEntry {
  const out = everyField(r, version, effectiveFrom) as CatalogueEntry;
  for (const key of Object.keys(r)) if (!(key in out)) out[key] = r[key];
  return out;
}

/**
 * Where a code of a national format may be cut: the segment boundaries of rules/catalogue/README.md, longest
 * first. Any other code matches only exactly.
 */
export function hierarchyLengths(code: string): readonly number[] {
  const n = code.length;
  if (n === 23 && (code[0] === 'X' || code[0] === 'Z')) return DRUG_CUTS;
  if (code[0] === 'C') {
    if (n === 27) return CONSUMABLE_CUTS;
    if (n === 20) return CONSUMABLE_CUTS_20;
  }
  if (n === 15 && code.charCodeAt(0) >= 48 && code.charCodeAt(0) <= 57) return SERVICE_CUTS;
  return [n];
}
const DRUG_CUTS = [23, 18, 14, 10] as const;
const CONSUMABLE_CUTS = [27, 20, 15, 10] as const;
const CONSUMABLE_CUTS_20 = [20, 15, 10] as const;
const SERVICE_CUTS = [15, 13, 11] as const;

/** Rows of one table keyed by code, one hash map per code length: a lookup is one get per cut, never a scan. */
type CodeIndex = Map<number, Map<string, CatalogueEntry>>;

function addToIndex(index: CodeIndex, entry: CatalogueEntry, where: string): void {
  let byCode = index.get(entry.code.length);
  if (!byCode) index.set(entry.code.length, (byCode = new Map()));
  if (byCode.has(entry.code)) throw new Error(`${where}: duplicate code ${entry.code}`);
  byCode.set(entry.code, entry);
}

function lookup(index: CodeIndex, code: string, cuts: readonly number[]): CatalogueEntry | undefined {
  for (let i = 0; i < cuts.length; i++) {
    const len = cuts[i];
    const byCode = index.get(len);
    if (byCode === undefined) continue;
    const hit = byCode.get(len === code.length ? code : code.slice(0, len));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export const VERSIONS_SUBDIR = 'versions';

interface LoadedVersion {
  info: CatalogueVersionInfo;
  index: CodeIndex;
}

const versionFileSchema = z.looseObject({
  kind: z.enum(['drug', 'service', 'consumable']),
  version: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Optional last day in force (a catalogue withdrawn without a successor); otherwise the next version ends it. */
  effectiveTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function loadVersions(dir: string): Map<CatalogueVersionInfo['kind'], LoadedVersion[]> {
  const out = new Map<CatalogueVersionInfo['kind'], LoadedVersion[]>();
  const root = join(dir, VERSIONS_SUBDIR);
  if (!existsSync(root)) return out;
  for (const kind of ['drug', 'service', 'consumable'] as const) {
    const kindDir = join(root, kind);
    if (!existsSync(kindDir)) continue;
    const list: LoadedVersion[] = [];
    for (const name of readdirSync(kindDir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = join(kindDir, name);
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const head = versionFileSchema.safeParse(json);
      if (!head.success) throw new Error(`${file}: ${head.error.issues[0].path.join('.')}: ${head.error.issues[0].message}`);
      if (head.data.kind !== kind) throw new Error(`${file}: kind ${head.data.kind} in the ${kind} folder`);
      const rows = checkedRows(file, json, head.data.version, head.data.effectiveFrom);
      const index: CodeIndex = new Map();
      rows.forEach((r, i) => addToIndex(index, r, `${file} row ${i}`));
      const clash = list.find((v) => v.info.effectiveFrom === head.data.effectiveFrom);
      if (clash) throw new Error(`${file}: effectiveFrom ${head.data.effectiveFrom} is also version ${clash.info.version}'s`);
      const to = head.data.effectiveTo ?? null;
      if (to !== null && to < head.data.effectiveFrom) throw new Error(`${file}: effectiveTo ${to} is before effectiveFrom ${head.data.effectiveFrom}`);
      list.push({ info: { kind, version: head.data.version, effectiveFrom: head.data.effectiveFrom, effectiveTo: to, rows: rows.length }, index });
    }
    list.sort((a, b) => (a.info.effectiveFrom < b.info.effectiveFrom ? 1 : -1));
    // A version ends where the next begins, unless its own effectiveTo ends it earlier.
    for (let i = 1; i < list.length; i++) {
      const next = dayBefore(list[i - 1].info.effectiveFrom);
      const own = list[i].info.effectiveTo;
      list[i].info.effectiveTo = own !== null && own < next ? own : next;
    }
    if (list.length) out.set(kind, list);
  }
  return out;
}

/**
 * Loads rules/catalogue/: the sample files {drugs,services,consumables}.json (version "sample", always in force)
 * and the imported versions under versions/<kind>/. A code is looked up in its kind's version in force on the
 * date (the latest effectiveFrom on or before it), then in the sample files.
 */
export function loadCatalogue(dir: string): Catalogue {
  const base: CodeIndex = new Map();
  const recordEvidenceCodes = new Set<string>();
  let size = 0;
  for (const name of CATALOGUE_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    const rows = checkedRows(file, json, typeof json.version === 'string' ? json.version : 'sample');
    rows.forEach((r, i) => addToIndex(base, r, `${file} row ${i}`));
    for (const g of rows.flatMap((r) => r.indicationEvidence ?? [])) if (g.record) for (const c of g.items.codes ?? []) recordEvidenceCodes.add(c);
    size += rows.length;
  }
  const versions = loadVersions(dir);
  const infos = [...versions.values()].flat().map((v) => v.info);
  size += infos.reduce((s, v) => s + v.rows, 0);
  const drugs = versions.get('drug');
  const consumables = versions.get('consumable');
  const services = versions.get('service');
  return {
    size,
    versions: infos,
    recordEvidenceCodes,
    get(code: string, date?: string): CatalogueEntry | undefined {
      const cuts = hierarchyLengths(code);
      // The kind's versions, from the code's first character: X/Z drug, C consumable, a digit service.
      const c = code.charCodeAt(0);
      const list = c === 88 || c === 90 ? drugs : c === 67 ? consumables : c >= 48 && c <= 57 ? services : undefined;
      if (list !== undefined) {
        // Newest first: the first taking effect on or before the date is in force, unless it ended before it.
        let inForce: LoadedVersion | undefined = date === undefined ? list[0] : undefined;
        for (let i = 0; inForce === undefined && i < list.length; i++) if (list[i].info.effectiveFrom <= date!) inForce = list[i];
        if (inForce !== undefined && date !== undefined && inForce.info.effectiveTo !== null && inForce.info.effectiveTo < date) inForce = undefined;
        const hit = inForce !== undefined ? lookup(inForce.index, code, cuts) : undefined;
        if (hit !== undefined) return hit;
      }
      return lookup(base, code, cuts);
    },
  };
}

/** No rows: for enriching without reference tables. */
export const EMPTY_CATALOGUE: Catalogue = { size: 0, versions: [], recordEvidenceCodes: new Set(), get: () => undefined };

/**
 * Whether a row's indication restriction (限定支付范围) is in force on a date: from `indicationsFrom` (its catalogue
 * edition's effective date) on, by the date of service; a row without the date has it on every date.
 */
export function indicationsInForce(row: { indicationsFrom?: string }, date: string): boolean {
  return row.indicationsFrom === undefined || date >= row.indicationsFrom;
}
