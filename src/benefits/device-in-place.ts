import { join } from 'node:path';
import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import { daysBetween } from '../contract/dates';
import { readJsonTable } from '../contract/json-table';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from './member-claim';

// A device left in the body (a ureteric stent, a PICC, a port) over the member's record: what places it, what removes
// it, and how far back its record is read, from rules/history/devices-in-place.json (checked at load). Read by
// cross-claim/stent-removal-unplaced.ts (a device judged by its removal) and cross-claim/device-care-unplaced.ts (by
// its care).

export const DEVICES_IN_PLACE_FILE = 'devices-in-place.json';

const source = z.string().min(1);
const procedures = z.array(z.string().regex(/^\d{2}\.\d/, 'must be an ICD-9-CM-3 prefix'));
const rows = z.array(z.string().min(1));

const deviceSchema = z.strictObject({
  name: z.string().min(1),
  placement: z.strictObject({
    procedures,
    services: rows,
    consumables: rows,
    /** A billed consumable whose name carries one of these placed the device, whatever was coded (kept on the ledger line as `stent`). */
    nameMarks: z.array(z.string().min(2)).min(1).optional(),
    source: source.optional(),
  }),
  /** Operations that may leave the device inside them uncoded: they end a look-back as a placement does. */
  mayPlace: z.strictObject({ procedures: procedures.min(1), source }).optional(),
  removal: z.strictObject({ procedures: procedures.min(1), source: source.optional() }),
  /** Operations that pass where the device lies and, coding none, leave none behind. */
  clearing: z.strictObject({ procedures: procedures.min(1), source }).optional(),
  /** The device's maintenance services: a device with them is judged by its care. */
  care: z.strictObject({ services: rows.min(1), source: source.optional() }).optional(),
  /** On a stay, the lines of the device's removal (names carrying one of these): a device with them is judged by its removal. */
  stayLines: z.strictObject({ nameMarks: z.array(z.string().min(1)).min(1), source }).optional(),
  windowDays: z.strictObject({ days: z.number().int().positive(), source }),
  source,
});

const fileSchema = z
  .strictObject({ note: z.string().min(1), devices: z.array(deviceSchema).min(1) })
  // The ledger marks a line named as a device with one flag (`stent`): one device only may be billed by name.
  .refine((t) => t.devices.filter((d) => d.placement.nameMarks).length <= 1, { message: 'one device only may carry placement.nameMarks' });

export type DevicesInPlace = z.infer<typeof fileSchema>;
export type DeviceInPlace = DevicesInPlace['devices'][number];

/** The table under the history folder; undefined when absent (both checks are then off). */
export function loadDevicesInPlace(historyDir: string): DevicesInPlace | undefined {
  return readJsonTable(join(historyDir, DEVICES_IN_PLACE_FILE), fileSchema) ?? undefined;
}

/** The names that mark a billed consumable as a device's placement on the ledger (ledger-entry.ts `stent`). */
export const placementNameMarks = (t: DevicesInPlace | undefined): string[] => (t?.devices ?? []).flatMap((d) => d.placement.nameMarks ?? []);

const codesOf = (e: MemberClaim) => e.codes ?? [];

/** The ledger lines of a claim billing the device's placement by catalogue row (its service, the device itself). */
export function placementLines(e: MemberClaim, d: DeviceInPlace): LedgerLine[] {
  const billed = new Set([...d.placement.services, ...d.placement.consumables]);
  return (e.lines ?? []).filter((l) => billed.has(ledgerRowOf(l)));
}

/** The claim placed the device: coded, billed by row, or billed by name (the ledger line marked). */
export function placesDevice(e: MemberClaim, d: DeviceInPlace): boolean {
  return (
    startsWithAny(codesOf(e), d.placement.procedures) ||
    placementLines(e, d).length > 0 ||
    (d.placement.nameMarks !== undefined && (e.lines ?? []).some((l) => l.stent === true))
  );
}

/** The claim placed the device, or ran an operation that may have left it inside uncoded. */
export const mayHavePlaced = (e: MemberClaim, d: DeviceInPlace): boolean => placesDevice(e, d) || startsWithAny(codesOf(e), d.mayPlace?.procedures ?? []);

export const removesDevice = (e: MemberClaim, d: DeviceInPlace): boolean => startsWithAny(codesOf(e), d.removal.procedures);

/** The claim passed where the device lies (a ureteroscopy): coding no placement, it left none. */
export const clearsDevice = (e: MemberClaim, d: DeviceInPlace): boolean => startsWithAny(codesOf(e), d.clearing?.procedures ?? []);

/**
 * The member's other claims within the device's window before this one. `earlierDays`: ended and begun on an earlier
 * day only (a claim of the same day may be this visit's other half: a removal's); else begun by this day.
 */
export function deviceRecord(me: MemberClaim, prior: readonly MemberClaim[], d: DeviceInPlace, earlierDays: boolean): MemberClaim[] {
  return prior.filter(
    (e) =>
      e.claimId !== me.claimId &&
      (earlierDays ? e.endDate <= me.serviceDate && e.serviceDate < me.serviceDate : e.serviceDate <= me.serviceDate) &&
      daysBetween(e.endDate, me.serviceDate) <= d.windowDays.days,
  );
}
