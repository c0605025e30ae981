// ICD-10 chapter 19 (injuries) and chapter 20 (external causes), read the same way by every rule that pairs them.

/** ICD-10 chapter 20 (V01–Y98): how an injury happened, coded beside it; not a condition of its own. */
export const isExternalCause = (code: string): boolean => /^[V-Y]\d/.test(code);

/**
 * The body region an injury code names: ICD-10 chapter 19 blocks S00–S09 … S90–S99 are one region each (head, neck, thorax,
 * abdomen, shoulder, forearm, hand, hip, knee and lower leg, ankle and foot); T00–T98 by category. Null: not an injury.
 */
export const injuryRegion = (code: string): string | null => (/^S\d/.test(code) ? code.slice(0, 2) : /^T\d\d/.test(code) ? code.slice(0, 3) : null);
