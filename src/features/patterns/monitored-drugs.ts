import table from './monitored-drugs.json';
import type { Catalogue } from '../../enrich/catalogue';

// Drugs of the national key-monitoring list (重点监控合理用药药品, monitored-drugs.json with its source): the provider
// patterns count a doctor's share of claims carrying one, as a costly item's, since the kickback drugs of 辅助用药
// are cheap by the unit (a 45-yuan ampoule a day) and the price line of costly-items.ts never sees them.

const MARKS: readonly string[] = table.batches.flatMap((b) => b.marks);

/** Whether a generic name is of a monitored drug (contains a mark). */
export const isMonitoredName = (name: string | undefined): boolean => !!name && MARKS.some((m) => name.includes(m));

/** Whether a code's catalogue row is a drug of the list. */
export function monitoredDrugs(catalogue: Pick<Catalogue, 'get'> | null): (code: string) => boolean {
  const seen = new Map<string, boolean>();
  return (code) => {
    let hit = seen.get(code);
    if (hit === undefined) {
      const row = catalogue?.get(code);
      hit = row?.category === 'drug' && isMonitoredName(row.name);
      seen.set(code, hit);
    }
    return hit;
  };
}
