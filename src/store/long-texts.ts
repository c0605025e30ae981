// What both stores do with a long text (a 60,000-line claim's JSON: the claim ~9 MB, its verdict ~31 MB, the
// ledger lines): it is stored as parts apart from its row or document, which holds a reference. The rules
// here are the stores' shared ones; the parts themselves are each backend's (sqlite/stored-parts.ts: rows of
// a table; mongo/stored-parts.ts: GridFS files, MongoDB's 16 MB document limit being the reason there).

/** Texts longer than this (UTF-16 units) are stored as parts; SQLite's parts are at most this long. */
export const PART_CHARS = 128 * 1024;

/** Whether a text is stored as parts. */
export const isLong = (text: string | null | undefined): text is string => text != null && text.length > PART_CHARS;

/** `text` cut into pieces of at most `size` units, never between the two halves of a surrogate pair. */
export function splitText(text: string, size = PART_CHARS): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/**
 * How long after a write of parts began its parts may still be waiting for their rows. A write takes seconds
 * (a 60,000-line claim's ~300 parts); an hour is far beyond any write still under way, and a crashed write's
 * parts wait at most that long, and until the next sweep, to go.
 */
export const WRITE_GRACE_MS = 60 * 60 * 1000;

/** A reference no row may hold yet or any more: written, or released, and not yet dropped. */
export interface PendingRef {
  ref: string;
  claimId: string;
}

/**
 * The sweep's decision over pending references old enough to look at (a write's begun before the grace
 * period, or a released one): those a row of their claim holds after all only lose their entry; the others
 * are orphans, to drop. `heldBy`: the references a claim's rows hold now.
 */
export function sortPending(pending: readonly PendingRef[], heldBy: (claimId: string) => readonly string[]): { held: string[]; orphans: string[] } {
  const held: string[] = [];
  const orphans: string[] = [];
  for (const { ref, claimId } of pending) (heldBy(claimId).includes(ref) ? held : orphans).push(ref);
  return { held, orphans };
}
