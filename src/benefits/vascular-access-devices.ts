import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/vascular-access-devices.json: each venous access device's placement (coded procedure or billed
// service), removal and maintenance service, and the window a device's placement is looked for in; read by
// cross-claim/device-care-unplaced.ts. Checked at load.

export const VASCULAR_ACCESS_DEVICES_FILE = 'vascular-access-devices.json';

const procedures = z.array(z.string().regex(/^\d{2}\.\d/, 'must be an ICD-9-CM-3 prefix'));
const services = z.array(z.string().min(1));

const fileSchema = z.strictObject({
  note: z.string().min(1),
  devices: z.array(z.strictObject({
    name: z.string().min(1),
    placement: z.strictObject({ procedures, services, consumables: services }),
    removal: z.strictObject({ procedures }),
    care: z.strictObject({ services: services.min(1) }),
    source: z.string().min(1),
  })).min(2),
  windowDays: z.strictObject({ days: z.number().int().positive(), source: z.string().min(1) }),
});

export type VascularAccessDevices = z.infer<typeof fileSchema>;

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadVascularAccessDevices(historyDir: string): VascularAccessDevices | undefined {
  return readJsonTable(join(historyDir, VASCULAR_ACCESS_DEVICES_FILE), fileSchema) ?? undefined;
}
