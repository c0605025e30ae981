// Monthly audit exports: streaming reads over a month's verdicts and cases (issue 9).
// Implemented per backend in sqlite/exports.ts, memory/exports.ts (and mongo/exports.ts).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExportStore {}
