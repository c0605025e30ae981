// Date arithmetic on ISO calendar dates, in UTC so a server's time zone never shifts a day.

const DAY_MS = 86_400_000;

// Claims repeat the same few dates across hundreds of lines: parse each once.
const dayCache = new Map<string, number>();

export function dayNumber(iso: string): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(iso, n);
  }
  return n;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** The most days in a row among the days given (ISO dates, or day numbers), in any order, repeats counted once. */
export function longestRun(days: readonly (string | number)[]): number {
  const sorted = [...new Set(days.map((d) => (typeof d === 'number' ? d : dayNumber(d))))].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Completed years of age on a date (a birthday counts on its day; 29 Feb birthdays count on 1 Mar). */
export function ageInYears(birthIso: string, onIso: string): number {
  const [by, bm, bd] = ymd(birthIso);
  const [y, m, d] = ymd(onIso);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Year, month, day of YYYY-MM-DD by slicing (what split('-').map(Number) gives, without its arrays). */
function ymd(iso: string): [number, number, number] {
  if (iso.indexOf('-') !== 4 || iso.lastIndexOf('-') !== 7) return iso.split('-').map(Number) as [number, number, number];
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8))];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

// And format each day number once: building a Date and its ISO string per line was a share of evaluate's time.
const isoCache = new Map<number, string>();

/** The ISO date of a day number (dayNumber's inverse). */
export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}
