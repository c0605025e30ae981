import type { BillKey } from '../../benefits/identical-bills';

// Identical bills of many members (集中刷卡) are judged against other members' bills. File intake splits lines
// across review workers by member, so the members of one set are judged by several workers at the same moment,
// and each would miss the others' bills (the store has them only once recorded). Workers judging the same bill
// take turns instead: a lock per bill in shared memory (bills hashed into slots), taken when the bills are looked
// up and held until the batch is recorded. Only identical bills contend; other claims never wait. Slots are taken
// in ascending order, so two workers never wait on each other.

const SLOTS = 4096;
/** A worker that died holding a slot must not stop the others: past this, a waiter goes on without it. */
const WAIT_LIMIT_MS = 60_000;

export interface BillLocks {
  /** Takes the locks of these bills (waiting while another thread holds one); returns their release. */
  acquire(keys: readonly BillKey[]): () => void;
}

/** Memory for the locks, to hand to every thread that reviews into the same store. */
export function createBillLockMemory(): SharedArrayBuffer {
  return new SharedArrayBuffer(SLOTS * 4);
}

export function billLocks(memory: SharedArrayBuffer, waitLimitMs = WAIT_LIMIT_MS): BillLocks {
  const slots = new Int32Array(memory);
  return {
    acquire(keys) {
      const wanted = [...new Set(keys.map((k) => slotOf(k, slots.length)))].sort((a, b) => a - b);
      const held: number[] = [];
      for (const s of wanted) {
        const until = Date.now() + waitLimitMs;
        let got = true;
        // The timeout only bounds a wait on a missed wake-up; the loop checks again.
        while (Atomics.compareExchange(slots, s, 0, 1) !== 0) {
          if (Date.now() >= until) {
            got = false;
            break;
          }
          Atomics.wait(slots, s, 1, 100);
        }
        if (got) held.push(s);
      }
      return () => {
        for (const s of held) {
          Atomics.store(slots, s, 0);
          Atomics.notify(slots, s, 1);
        }
        held.length = 0;
      };
    },
  };
}

/** FNV-1a of the bill's four fields. */
function slotOf(k: BillKey, n: number): number {
  let h = 2166136261;
  for (const ch of `${k.hospitalId}\u0000${k.doctorId}\u0000${k.serviceDate}\u0000${k.itemsSignature}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % n;
}
