// A case's updatedAt is its version: a page sends back the one it saw, and a change made against another is
// refused (stale). Two changes within one millisecond must still differ, so each moves it forward.

/** now, or a millisecond after the last change when the clock has not moved past it: updatedAt is a version. */
export function laterThan(previous: string, now: string): string {
  if (now > previous) return now;
  const next = new Date(Date.parse(previous) + 1);
  return Number.isNaN(next.getTime()) ? now : next.toISOString();
}
