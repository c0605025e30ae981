// Dates as whole days since 1970-01-01 (UTC), so stays and gaps are plain integer arithmetic.

const DAY = 86_400_000;

export function toDay(iso: string): number {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`not a date: ${iso}`);
  return Math.round(t / DAY);
}

const cache = new Map<number, string>();
export function toIso(day: number): string {
  let s = cache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY).toISOString().slice(0, 10);
    if (cache.size < 100_000) cache.set(day, s);
  }
  return s;
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Whole years of age on `onDay` for someone born on `birthIso`. */
export function ageYears(birthIso: string, onIso: string): number {
  const by = +birthIso.slice(0, 4);
  const oy = +onIso.slice(0, 4);
  return oy - by - (onIso.slice(5) < birthIso.slice(5) ? 1 : 0);
}
