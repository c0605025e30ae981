// Reading a national drug code (医保药品分类与代码, 西药: X, the ATC level-4 group in five characters, the 通用名码 in
// four, then the dosage form and more: 呋塞米片 XC03CAF503A001), in a leaf module of the bottom layer so that enrich
// and benefits read it one way without importing each other. 中成药 (Z) and local codes carry no ATC.

const NATIONAL = /^X[A-Z][0-9]{2}[A-Z]{2}[A-Z][0-9]{3}/;

/** The ATC group (level 4, e.g. C03CA) a national drug code carries, else null. */
export function atcOfDrugCode(code: string): string | null {
  return NATIONAL.test(code) ? code.slice(1, 6) : null;
}

/** The substance a national drug code names in any dosage form (X + ATC group + 通用名码, ten characters), else null. */
export function substanceOfDrugCode(code: string): string | null {
  return NATIONAL.test(code) ? code.slice(0, 10) : null;
}

/**
 * Whether a national drug code names an injection: its dosage-form letter, after the 通用名码, is B (注射剂), as every
 * injectable row of the catalogue carries it (呋塞米注射液 XC03CAF503B…). A 中成药 or local code: false.
 */
export function isInjectableDrugCode(code: string): boolean {
  return NATIONAL.test(code) && code[10] === 'B';
}
