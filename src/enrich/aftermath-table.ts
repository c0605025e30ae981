import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// The tables of an event and the care that must follow it within a window (rules/knowledge/*-aftermath.json: a
// resuscitation, a stroke thrombolysis), checked at load; the check is in aftermath-facts.ts.

const prefixes = z.array(z.string().min(1));
const atcPrefixes = z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix'));

const file = z
  .strictObject({
    note: z.string(),
    /** ICD-10 prefixes of the principal diagnosis judged (ischaemic stroke); empty: any. */
    principal: prefixes.default([]),
    /** ICD-9-CM-3 prefixes of the event coded with a date (CPR); the earliest dated one is the event day. */
    eventProcedures: prefixes.default([]),
    /** Injected drugs of the event by ATC prefix (fibrinolytics); the earliest day one is billed is the event day. */
    eventAtc: atcPrefixes.default([]),
    /** Days after the event day within which the aftermath must show. */
    afterDays: z.number().int().min(0),
    /** Whether the event day itself is in the window (the lysed patient is monitored from the lysis on). */
    eventDayCounts: z.boolean().default(false),
    /** Catalogue codes of the care that follows (monitoring, ICU bed, 重症监护, 特级护理, ventilation). */
    aftermath: z.array(z.string().min(1)).min(1),
    /** ICD-9-CM-3 prefixes whose coding on the stay shows the aftermath (a thrombectomy, targeted temperature). */
    aftermathProcedures: prefixes.default([]),
    /** Drugs withheld after the event, by ATC prefix (antiplatelets after a lysis): billed on the event day, named. */
    withholdAtc: atcPrefixes.default([]),
    /** ICD-9-CM-3 prefixes of a procedure that needs the withheld drug on the event day (emergency stenting). */
    withholdUnlessProcedures: prefixes.default([]),
    /** Discharge modes not judged (death; transfer to another hospital for the aftermath). */
    notJudgedDischargeModes: z.array(z.string().min(1)).default([]),
    /** The event day's lines named: catalogue codes, and injected drugs by ATC prefix. */
    dayCodes: z.array(z.string().min(1)).default([]),
    dayAtc: atcPrefixes.default([]),
    /**
     * What the investigator reads as expected: {day} the event's hospital day (1-based), {afterDays}, {aftermath} the
     * aftermath items' names, {aftermathProcedures} their procedure prefixes, {withheld} `withheldFinding` when a
     * withheld drug is billed on the event day, else nothing.
     */
    expected: z.string().min(1),
    withheldFinding: z.string().default(''),
    source: z.string().min(1),
  })
  .refine((t) => t.eventProcedures.length > 0 || t.eventAtc.length > 0, 'names no event (eventProcedures or eventAtc)')
  .refine((t) => t.dayCodes.length > 0 || t.dayAtc.length > 0, 'names no event-day lines (dayCodes or dayAtc)')
  // A window of no days would find every event without its aftermath.
  .refine((t) => t.afterDays >= 1 || t.eventDayCounts, 'afterDays 0 without eventDayCounts leaves an empty window');

export type Aftermath = z.infer<typeof file>;

export function loadAftermath(path: string): Aftermath | null {
  return readJsonTable(path, file);
}
