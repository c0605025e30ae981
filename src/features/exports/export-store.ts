import type { Grouping, Hit } from '../../contract/verdict';
import type { CaseStatus, VerdictRecord } from '../../contract/records';

// Monthly audit exports: streaming reads over a month's verdicts and cases (issue 9).
// Implemented per backend in sqlite/exports.ts, memory/exports.ts (and mongo/exports.ts).
// Reads are streamed in claimId order so an export holds one row at a time, and the same data gives the same
// file; nothing here aggregates, so every backend answers the same questions the same way (features/exports/aggregate.ts sums).

/** Which verdicts an export covers: those whose service date falls in `month`, optionally one province or region. */
export interface ExportQuery {
  /** YYYY-MM */
  month: string;
  /** Two digits: 22, 23, 37, 51. */
  province?: string;
  /** Six digits, e.g. 510100. */
  region?: string;
}

/** One verdict row with the parts of the full verdict the aggregates need, and its case when there is one. */
export interface ExportVerdict extends VerdictRecord {
  hits: Hit[];
  grouping: Grouping | null;
  /** Status of the claim's case, null when it has none. Confirmed/dismissed are the case outcomes. */
  caseStatus: CaseStatus | null;
}

/** Patient identifiers of a case, as the claim carries them: the export masks them, never writes them whole. */
export interface CasePatient {
  insuredId: string;
  name: string | null;
  idNumber: string | null;
}

/**
 * One case (flagged claim) of the month, with its current verdict row. Assignee and outcome come from case
 * work (CaseWorkStore.getCaseWork), which the export asks per case.
 */
export interface ExportCase {
  claimId: string;
  status: CaseStatus;
  /** The case's decision: the last flagged one (a later pass on a worked case leaves it). */
  caseDecision: 'review' | 'reject';
  summary: VerdictRecord;
  patient: CasePatient;
}

export interface ExportCounts {
  verdicts: number;
  cases: number;
}

export interface ExportStore {
  /** How many rows the two streams below will yield (for progress and for checking). */
  countForExport(query: ExportQuery): Promise<ExportCounts>;
  /** The month's verdicts in claimId order. */
  iterateVerdicts(query: ExportQuery): AsyncIterable<ExportVerdict>;
  /** The month's cases in claimId order. */
  iterateCases(query: ExportQuery): AsyncIterable<ExportCase>;
}
