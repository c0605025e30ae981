import mongoose, { type Connection } from 'mongoose';

// One connection per store. It opens in the background and mongoose buffers the first operations until it
// is up, so the store can be created synchronously like the embedded one. strictQuery 'throw' everywhere:
// a filter on an unknown field is a typo that would otherwise match everything.

mongoose.set('strictQuery', 'throw');

export function connectMongo(url: string, opts: { serverSelectionTimeoutMS?: number } = {}): Connection {
  const conn = mongoose.createConnection(url, {
    // Unset: the driver's default, or serverSelectionTimeoutMS in the URL's query string.
    ...(opts.serverSelectionTimeoutMS !== undefined && { serverSelectionTimeoutMS: opts.serverSelectionTimeoutMS }),
    // Indexes are built on first use; a deploy with big collections builds them ahead instead.
    autoIndex: true,
  });
  // Errors surface on the first operation (and in ping); an unhandled rejection here would kill the process.
  conn.asPromise().catch(() => {});
  return conn;
}

/** True when the server is a replica set member or mongos: multi-collection transactions are available. */
export async function supportsTransactions(conn: Connection): Promise<boolean> {
  const h = (await (await conn.asPromise()).db!.admin().command({ hello: 1 })) as { setName?: string; msg?: string };
  return Boolean(h.setName) || h.msg === 'isdbgrid';
}
