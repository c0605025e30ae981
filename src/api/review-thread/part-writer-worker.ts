import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../store/sqlite/connection';
import { storedParts } from '../../store/sqlite/stored-parts';
import type { PartRequest, PartAnswer, PartWriterInit } from './part-writer';

// The big review lane's part writer (part-writer.ts): a connection of its own to the service's store, that
// writes long texts as parts, one short transaction each, under the service's write lock, at the CPU priority
// of the thread that started it (the big lane starts it before lowering its own).

const init = workerData as PartWriterInit;
const conn = openSqlite({ path: init.path, checkpoints: 'external', writeLock: init.writeLock, maxPages: init.maxPages });
const parts = storedParts(conn);
const port = parentPort!;

port.on('message', (msg: PartRequest | 'close') => {
  if (msg === 'close') {
    void conn.close().then(() => port.close());
    return;
  }
  parts.write(msg.claimId, msg.text).then(
    (ref) => port.postMessage({ id: msg.id, ref } satisfies PartAnswer),
    (err: unknown) => {
      const code = (err as { code?: unknown } | null)?.code;
      port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err), ...(typeof code === 'string' && { code }) } satisfies PartAnswer);
    },
  );
});
