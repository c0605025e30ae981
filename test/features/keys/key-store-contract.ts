import type { Store } from '../../../src/features/stores';

// The key store contract, on every backend (key-store.test.ts). `make` returns a fresh, empty store.

export function describeKeyContract(name: string, make: () => Promise<Store> | Store): void {
  describe(`Store contract, API keys: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps API keys by id with their hash only, and revokes them once', async () => {
      const key = { id: 'abcdef012345', name: 'ops', role: 'admin' as const, provinces: [], hash: 'f'.repeat(64), createdAt: '2025-01-01T00:00:00.000Z', createdBy: 'cli', revokedAt: null };
      await store.createApiKey(key);
      await store.createApiKey({ ...key, id: '0123456789ab', role: 'investigator', provinces: ['51', '22'] });
      expect(await store.findApiKey('abcdef012345')).toEqual(key);
      expect(await store.findApiKey('nope')).toBeUndefined();
      expect((await store.listApiKeys()).length).toBe(2);
      expect((await store.listApiKeys()).map((k) => k.id)).toEqual(['0123456789ab', 'abcdef012345']);
      expect(await store.revokeApiKey('abcdef012345', '2025-02-01T00:00:00.000Z')).toBe(true);
      expect(await store.revokeApiKey('abcdef012345', '2025-03-01T00:00:00.000Z')).toBe(false);
      expect((await store.findApiKey('abcdef012345'))?.revokedAt).toBe('2025-02-01T00:00:00.000Z');
      // (then/catch rather than rejects.toThrow: a native driver's error is not always an Error of jest's realm.)
      expect(await store.createApiKey(key).then(() => 'stored', () => 'refused')).toBe('refused');
    });
  });
}
