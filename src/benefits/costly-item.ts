// What counts as a costly item, for the provider patterns' costly-item shares and for the stay lines the member
// ledger keeps so those shares can see them (ledger-entry.ts): a catalogue row whose price cap, at its highest
// hospital level, is COSTLY_ITEM_YUAN or more. One definition for both, so the ledger keeps what the patterns count.

/** SAMPLE: an item is costly when its catalogue price (the highest level's cap) is this many yuan or more. */
export const COSTLY_ITEM_YUAN = 200;

/** Whether a catalogue row is costly: its highest price cap is `minYuan` or more. */
export function isCostlyRow(row: { priceCap?: Readonly<Record<string, number | string>> } | null | undefined, minYuan = COSTLY_ITEM_YUAN): boolean {
  const cap = row?.priceCap;
  return cap !== undefined && Math.max(...Object.values(cap).map(Number)) >= minYuan;
}
