// Messages between the file-intake thread and its review workers.

export interface WorkerInit {
  env: Record<string, string | undefined>;
  source: string;
  /** Lock the workers queue on for their writes to a shared embedded store. */
  writeLock?: SharedArrayBuffer;
}

/** Lines of one batch that belong to this worker's members, in input order. */
export interface WorkRequest {
  batch: number;
  lines: string[];
  /** 1-based input line number of each line, set on its verdict. */
  lineNumbers: number[];
}

export interface WorkResult {
  batch: number;
  /** One serialised verdict per line, same order. */
  verdicts: string[];
  decisions: string[];
  families: string[][];
  error?: string;
}
