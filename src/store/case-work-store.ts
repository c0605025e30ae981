// Investigators' case work: queues, workflow, notes, audit trail, rankings, API keys (issue 8).
// Implemented per backend in sqlite/case-work.ts, memory/case-work.ts (and mongo/case-work.ts).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CaseWorkStore {}
