import type { PatternRun } from './pattern-store';

// The service's pattern runs: every day at a set local time (PATTERNS_SCHEDULE, default 02:00), and once at
// start when the last run is older than a day (or there is none). Time comes from an injected clock, so a
// test drives days of schedule without waiting.

export interface DailyTime {
  hour: number;
  minute: number;
}

export interface SchedulerClock {
  now(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => new Date(),
  // unref: a pending nightly run never keeps the process alive on its own.
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** A run older than this at start is stale. */
export const STALE_AFTER_MS = 24 * 3600_000;

/** Milliseconds from `now` to the next `at` (local time), never 0: a run at 02:00 sharp schedules the next day's. */
export function msUntilNext(now: Date, at: DailyTime): number {
  const next = new Date(now);
  next.setHours(at.hour, at.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

export interface PatternScheduler {
  stop(): void;
  /** Resolves when the run under way (if any) has finished. */
  idle(): Promise<void>;
}

export function startPatternScheduler(opts: {
  at: DailyTime;
  lastRun(): Promise<PatternRun | null>;
  run(trigger: 'start' | 'schedule'): Promise<unknown>;
  onError(err: unknown): void;
  clock?: SchedulerClock;
}): PatternScheduler {
  const clock = opts.clock ?? systemClock;
  let stopped = false;
  let handle: unknown = null;
  let current: Promise<void> = Promise.resolve();

  const runOnce = (trigger: 'start' | 'schedule') => {
    current = current.then(() => (stopped ? undefined : opts.run(trigger))).then(() => undefined, opts.onError);
    return current;
  };
  const scheduleNext = () => {
    if (stopped) return;
    handle = clock.setTimeout(() => {
      handle = null;
      void runOnce('schedule').then(scheduleNext);
    }, msUntilNext(clock.now(), opts.at));
  };

  current = opts.lastRun().then(
    async (last) => {
      const stale = !last || clock.now().getTime() - Date.parse(last.ranAt) > STALE_AFTER_MS;
      if (stale && !stopped) await opts.run('start');
    },
    opts.onError,
  ).then(() => undefined, opts.onError);
  void current.then(scheduleNext);

  return {
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
    },
    idle: () => current,
  };
}
