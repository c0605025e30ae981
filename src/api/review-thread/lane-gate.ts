// A gate a review lane can be held at (tests only): the lane's thread stops at the start of each body until the
// gate is opened, as if that body took as long as the test likes, so "a small claim is answered while a big
// one is still in review" is shown by order, not by timing (test/api/review-lanes.test.ts). Two counters in
// shared memory: [0] open (0: closed, 1: open), [1] bodies that have reached it.

/** A closed gate, to hand to a lane (startReviewLanes). */
export function createLaneGate(): SharedArrayBuffer {
  return new SharedArrayBuffer(8);
}

/** On the lane's thread: counts the arrival, then blocks the thread until the gate is open. */
export function waitAtGate(gate: SharedArrayBuffer): void {
  const g = new Int32Array(gate);
  Atomics.add(g, 1, 1);
  while (Atomics.load(g, 0) === 0) Atomics.wait(g, 0, 0);
}

/** How many bodies have reached the gate. */
export const gateArrivals = (gate: SharedArrayBuffer): number => Atomics.load(new Int32Array(gate), 1);

/** Opens the gate for good: the held body goes on, and later ones pass. */
export function openLaneGate(gate: SharedArrayBuffer): void {
  const g = new Int32Array(gate);
  Atomics.store(g, 0, 1);
  Atomics.notify(g, 0);
}
