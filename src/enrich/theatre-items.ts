import { z } from 'zod';
import { isOperationCode, underAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';

// What belongs to an operating theatre and to an operation's own price (rules/knowledge/theatre-items.json),
// checked at load; the facts are in theatre-facts.ts.

const codes = z.array(z.string().min(1));

const requiredRow = z.strictObject({
  name: z.string().min(1),
  /** ICD-9-CM-3 prefixes of the coded operation. */
  procedures: codes.min(1),
  /** Codes under those prefixes the row does not judge. */
  notProcedures: codes.default([]),
  /** Catalogue row codes: one of them on the bill supports the coded operation. */
  items: codes.min(1),
  /** Drug and consumable lines that support it by name, under a code outside `items` (植骨 materials, a device under a local product code); never a service line, whose name repeats the operation's. */
  itemNameMarks: z.array(z.string().min(2)).default([]),
  /** Coded procedures that support it as well (an autograft harvest for an in-situ fusion). */
  orProcedures: codes.default([]),
  /**
   * Judged only when the bill shows an open wound's aftercare: lines of these codes (换药, drainage bags) on at least
   * minDays distinct days. For a laparoscopic operation, whose ports may be reusable and unbilled, the missing
   * consumables alone are no evidence; with daily dressings of a laparotomy wound they are (手术方式串换).
   */
  openSigns: z.strictObject({ codes: codes.min(1), minDays: z.number().int().min(1) }).optional(),
  /** What would have supported it, in words. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({
  note: z.string(),
  operationDay: z.strictObject({
    /**
     * General and spinal anaesthesia: they need an operation that day. The one list of them, also read by
     * anaesthesiaCeiling and stay-content.json operationDayTherapy.
     */
    anaesthesia: codes.min(1),
    /** Procedures outside the surgery subcategory that take an anaesthesia (endoscopies, ESWL). */
    procedureServices: codes.default([]),
    /** Coded procedures of the chapters above that take a general anaesthesia as well (MECT, cardioversion, imaging of a child under GA). */
    anaesthetisedProcedures: codes.default([]),
    source: z.string().min(1),
  }),
  labourAnalgesia: z.strictObject({
    anaesthesia: codes.min(1),
    deliveryServices: codes.default([]),
    deliveryProcedures: codes.default([]),
    daysBefore: z.number().int().min(0),
    source: z.string().min(1),
  }),
  laparoscopic: z.strictObject({
    consumables: codes.min(1),
    services: codes.min(1),
    procedures: codes.min(1),
    /** A coded procedure whose national name carries one of these (and none of `procedureNameExcept`) is laparoscopic too. */
    procedureNameMarks: z.array(z.string().min(2)).default([]),
    procedureNameExcept: z.array(z.string().min(2)).default([]),
    /** Open operations that have a laparoscopic form: a trocar is judged on their days only. */
    openServices: codes.min(1),
    openProcedures: codes.min(1),
    source: z.string().min(1),
  }),
  /**
   * Two laparoscopic operations (`laparoscopic.services`) on one day go through the same ports: the second (the cheaper
   * by its cap) is priced at `share` of its own price, which is at most `share` of its cap.
   */
  samePorts: z.strictObject({ share: z.number().gt(0).lt(1), source: z.string().min(1), sample: z.boolean().optional() }).optional(),
  regionalAnaesthetics: z.strictObject({
    drugs: codes.min(1),
    /** Services any of which, anywhere in the stay, the drug goes with (besides the surgery subcategory). */
    needs: codes.default([]),
    needsNameMarks: z.array(z.string().min(2)).default([]),
    source: z.string().min(1),
  }),
  includedInOperation: z.strictObject({
    dressings: codes.min(1),
    /** Dressings allowed on the day of the first operation beyond the closing one (a soaked or bleeding wound re-dressed). */
    dressingsOnOperationDay: z.number().int().min(0),
    consultations: codes.min(1),
    anaesthesiaConsultMarks: z.array(z.string().min(1)).min(1),
    consultDaysBefore: z.number().int().min(0),
    /** The delivery pack (`packs`) on a stay billing a caesarean (`caesareans`) and no vaginal delivery (`vaginalDeliveries`). */
    deliveryPack: z.strictObject({ packs: codes.min(1), caesareans: codes.min(1), vaginalDeliveries: codes.min(1) }).optional(),
    source: z.string().min(1),
  }),
  requiredItems: z.strictObject({ source: z.string().min(1), rows: z.array(requiredRow) }),
  /**
   * The anaesthesia a procedure calls for at most: general or neuraxial anaesthesia (operationDay.anaesthesia) on a day
   * whose only procedures are rows here (ESWL, band ligation, stent removal, diagnostic endoscopy) is beyond it (麻醉方式升级).
   */
  anaesthesiaCeiling: z
    .strictObject({
      rows: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            /** ICD-9-CM-3 prefixes. */
            procedures: codes.min(1),
            /** Services that bill it, and names of lines outside the catalogue that do. */
            services: codes.default([]),
            nameMarks: z.array(z.string().min(2)).default([]),
            /** The anaesthesia it is done under at most, in words. */
            atMost: z.string().min(1),
            /**
             * The anaesthesia services beyond it (absent: every operationDay.anaesthesia service); a row done under spinal
             * anaesthesia as a rule (an open hernia repair) lists general anaesthesia alone.
             */
            beyond: codes.optional(),
          }),
        )
        .min(1),
      /** Below this age (whole years) a child has general anaesthesia for what adults have awake. */
      minAge: z.number().int().min(0),
      /** Coded reasons for a deeper anaesthesia (ICD-10 prefixes: anxiety disorder, intellectual disability, a failed awake attempt). */
      reasons: codes.default([]),
      source: z.string().min(1),
    })
    .optional(),
  /**
   * The anaesthesia an operation calls for at least: a row's service billed with no general or neuraxial anaesthesia
   * (operationDay.anaesthesia) that day or a day either side (local infiltration at most) was not done as billed.
   */
  anaesthesiaFloor: z
    .strictObject({
      rows: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            services: codes.min(1),
            /** The anaesthesia it is done under at least, in words. */
            atLeast: z.string().min(1),
            /**
             * Items that show the operation was done as billed (a laparoscopy's ports): with none of them billed within
             * the day window, only general anaesthesia (the floor's `general`) meets the row, a neuraxial block no longer does.
             */
            generalWithout: z.strictObject({ codes: codes.default([]), nameMarks: z.array(z.string().min(1)).default([]), atLeast: z.string().min(1) }).optional(),
          }),
        )
        .min(1),
      /** Lighter anaesthesia services (local infiltration): named with the operation when billed that day. */
      lighter: codes.default([]),
      /** The general anaesthesia service, which alone meets a row's `generalWithout`. */
      general: z.string().min(1).optional(),
      source: z.string().min(1),
    })
    .optional(),
});

export type TheatreItems = z.infer<typeof file>;
export type RequiredItemsRow = z.infer<typeof requiredRow>;

/** A coded procedure done in theatre: an operation (isOperationCode, 00–86) or one of the anaesthetised procedures. */
export function theatreProcedure(code: string, t: TheatreItems): boolean {
  return isOperationCode(code) || underAny(code, t.operationDay.anaesthetisedProcedures);
}

/** Loads theatre-items.json; a missing file is no check (null). */
export function loadTheatreItems(path: string): TheatreItems | null {
  return readJsonTable(path, file);
}
