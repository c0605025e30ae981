// Patient identifiers never leave an export whole. Each mask keeps a few characters so an auditor can tell two
// cases apart and match a case to the system of record, and hides at least half of the value.

const STAR = '*';

/** Keeps `head` leading and `tail` trailing characters, shrunk so that at least half are masked. */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = [...value]; // code points: a name is masked per character, not per UTF-16 unit
  const n = chars.length;
  if (n === 0) return '';
  let h = head;
  let t = tail;
  while (h + t > Math.floor(n / 2)) {
    if (h >= t && h > 0) h--;
    else if (t > 0) t--;
    else break;
  }
  return chars.slice(0, h).join('') + STAR.repeat(n - h - t) + chars.slice(n - t).join('');
}

/** Insured person's id (参保人编号): first 2 and last 2 kept, e.g. P0000123 → P0****23. */
export const maskInsuredId = (id: string): string => maskMiddle(id, 2, 2);

/** Name: the family name (first character) kept, e.g. 张三丰 → 张**; a one-character name is fully masked. */
export const maskName = (name: string): string => maskMiddle(name, 1, 0);

/** Resident ID number (身份证号): first 3 (province) and last 2 kept; birth date and sequence hidden. */
export const maskIdNumber = (id: string): string => maskMiddle(id, 3, 2);
