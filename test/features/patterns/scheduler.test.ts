import { loadConfig } from '../../../src/config';
import type { PatternRun } from '../../../src/features/patterns/pattern-store';
import { msUntilNext, startPatternScheduler, type SchedulerClock } from '../../../src/features/patterns/scheduler';

// The service's pattern runs, driven by a fake clock: time moves only when the test moves it.

function fakeClock(start: Date) {
  let now = start.getTime();
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: SchedulerClock = {
    now: () => new Date(now),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  return {
    clock,
    pending: () => timers.map((t) => new Date(t.at)),
    /** Moves time on to `to`, firing every timer due on the way and letting what it started finish first. */
    async advance(to: Date, settle: () => Promise<void>) {
      for (;;) {
        const due = timers.filter((t) => t.at <= to.getTime()).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
        await settle();
      }
      now = to.getTime();
    },
  };
}

const local = (d: number, h: number, m = 0) => new Date(2025, 3, d, h, m);
const run = (ranAt: Date): PatternRun => ({ id: 1, ranAt: ranAt.toISOString(), from: '2025-01-01', to: '2025-03-31', trigger: 'schedule', findings: 0 });

function scheduler(start: Date, last: PatternRun | null) {
  const fake = fakeClock(start);
  const runs: { trigger: string; at: Date }[] = [];
  const s = startPatternScheduler({
    at: { hour: 2, minute: 0 },
    clock: fake.clock,
    lastRun: async () => last,
    run: async (trigger) => {
      runs.push({ trigger, at: fake.clock.now() });
    },
    onError: (err) => {
      throw err;
    },
  });
  return { fake, runs, s };
}

describe('scheduled provider-pattern runs', () => {
  it('runs at start when there was never a run, then every night at 02:00', async () => {
    const { fake, runs, s } = scheduler(local(1, 15, 30), null);
    await s.idle();
    expect(runs).toEqual([{ trigger: 'start', at: local(1, 15, 30) }]);
    expect(fake.pending()).toEqual([local(2, 2)]);
    // The run a timer starts is awaited before time moves on (a run takes no time on this clock).
    const settle = async () => {
      await s.idle();
      await s.idle();
    };
    await fake.advance(local(2, 1, 59), settle);
    expect(runs).toHaveLength(1);
    await fake.advance(local(2, 2), settle);
    expect(runs[1]).toEqual({ trigger: 'schedule', at: local(2, 2) });
    expect(fake.pending()).toEqual([local(3, 2)]);
    await fake.advance(local(4, 12), settle);
    expect(runs.map((r) => r.at)).toEqual([local(1, 15, 30), local(2, 2), local(3, 2), local(4, 2)]);
    expect(fake.pending()).toEqual([local(5, 2)]);
    s.stop();
  });

  it('runs at start only when the last run is more than a day old', async () => {
    const fresh = scheduler(local(2, 9), run(local(2, 2)));
    await fresh.s.idle();
    expect(fresh.runs).toEqual([]);
    expect(fresh.fake.pending()).toEqual([local(3, 2)]);
    fresh.s.stop();
    expect(fresh.fake.pending()).toEqual([]);

    const stale = scheduler(local(5, 9), run(local(3, 2)));
    await stale.s.idle();
    expect(stale.runs.map((r) => r.trigger)).toEqual(['start']);
    stale.s.stop();
  });

  it('the next 02:00 is tomorrow when it is 02:00 now or later, today when earlier', () => {
    expect(msUntilNext(local(1, 2), { hour: 2, minute: 0 })).toBe(24 * 3600_000);
    expect(msUntilNext(local(1, 1, 30), { hour: 2, minute: 0 })).toBe(30 * 60_000);
  });

  it('PATTERNS_SCHEDULE is checked at start: HH:MM, off, or a clear error', () => {
    expect(loadConfig({}).patterns).toEqual({ schedule: { hour: 2, minute: 0 }, windowDays: 90, clusters: {} });
    expect(loadConfig({ PATTERNS_SCHEDULE: 'off' }).patterns.schedule).toBeNull();
    expect(loadConfig({ PATTERNS_SCHEDULE: '23:15', PATTERNS_WINDOW_DAYS: '30' }).patterns).toEqual({ schedule: { hour: 23, minute: 15 }, windowDays: 30, clusters: {} });
    expect(loadConfig({ PATTERNS_CLUSTER_DAYS: '10', PATTERNS_CLUSTER_MIN_AGE: '65' }).patterns.clusters).toEqual({ windowDays: 10, minAge: 65 });
    expect(() => loadConfig({ PATTERNS_CLUSTER_DAYS: '0' })).toThrow(/PATTERNS_CLUSTER_DAYS/);
    expect(() => loadConfig({ PATTERNS_SCHEDULE: '25:00' })).toThrow(/PATTERNS_SCHEDULE: must be HH:MM \(24-hour, local time\) or off/);
    expect(() => loadConfig({ PATTERNS_SCHEDULE: 'nightly' })).toThrow(/PATTERNS_SCHEDULE/);
  });
});
