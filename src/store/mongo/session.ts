import type { ClientSession, Connection } from 'mongoose';
import { supportsTransactions } from './connect';

/** Runs work in one transaction where the server has them, else directly (session undefined). */
export type InSession = <T>(work: (session: ClientSession | undefined) => Promise<T>) => Promise<T>;

/**
 * On a replica set (or mongos) the work runs in one transaction, retried by the driver on a transient
 * conflict, so `work` must only write through the session and may run more than once. On a standalone
 * server there are no multi-document transactions: the work runs once, its writes one after another.
 */
export function sessionRunner(conn: Connection): InSession {
  let transactions: Promise<boolean> | null = null;
  // A failed probe (server not up yet) is not remembered: the next call asks again.
  const useTransactions = () =>
    (transactions ??= supportsTransactions(conn).catch(() => {
      transactions = null;
      return false;
    }));
  return async <T>(work: (session: ClientSession | undefined) => Promise<T>): Promise<T> =>
    (await useTransactions()) ? conn.transaction((session) => work(session)) : work(undefined);
}
