import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority (a nice value, 0–19): on Linux a thread's own id, read from
 * /proc/thread-self, is what setpriority takes, and only that thread is changed. Lowering needs no privilege.
 * Elsewhere (no /proc) nothing changes. False when it could not be done.
 */
export function lowerThisThread(nice: number): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid)) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
