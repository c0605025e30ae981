import type { CoreStore, Store } from '../store';

/**
 * The whole Store over a backend whose capability parts are still partial: any method not implemented
 * rejects (or, for an async iterator, throws) naming itself, instead of "is not a function". `then` and
 * symbols stay undefined so the store is never mistaken for a promise. Drop this once the parts are whole.
 */
export function withPending(store: CoreStore & Partial<Store>, backend: string): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key in target || typeof key !== 'string' || key === 'then' || key === 'toJSON') return Reflect.get(target, key, receiver);
      return () => {
        throw new Error(`${backend} store: ${key} is not implemented on this backend yet`);
      };
    },
  }) as Store;
}
