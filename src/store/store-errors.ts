// A store that cannot write right now (disk full, I/O error, read-only, locked past the busy timeout) is not a
// fault of the input being written: the caller says "try again later" (HTTP 503) or keeps the input to retry
// (Kafka does not commit), rather than answering 500 or dead-lettering a good claim.

const UNAVAILABLE = /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN)/;
/** MongoDB: not primary, network, write concern, out of disk space (code 14031). */
const MONGO_UNAVAILABLE = new Set(['MongoNetworkError', 'MongoServerSelectionError', 'MongoNotConnectedError', 'MongoWriteConcernError']);

export function isStoreUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; name?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE.test(e.code)) return true;
  if (e.code === 14031) return true;
  return typeof e.name === 'string' && MONGO_UNAVAILABLE.has(e.name);
}
