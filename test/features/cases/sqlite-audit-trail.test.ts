import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../../src/features/stores';
import { tempDir } from '../../helpers/temp-dir';

describe('sqlite audit trail', () => {
  it('refuses UPDATE and DELETE even from outside the service, and keeps only key hashes', async () => {
    const path = join(tempDir('audit-'), 'review.db');
    const store = createSqliteStore({ path });
    await store.appendAudit([{ claimId: 'X', at: '2025-01-01T00:00:00.000Z', actor: 'wang', role: 'investigator', action: 'note', from: null, to: null, detail: { text: 'a' } }]);
    await store.createApiKey({ id: 'abcdef012345', name: 'ops', role: 'admin', provinces: [], hash: 'a'.repeat(64), createdAt: 'now', createdBy: 'cli', revokedAt: null });
    await store.close();
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE audit_trail SET actor = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_trail').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT COUNT(*) FROM audit_trail').pluck().get()).toBe(1);
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('api_keys');
      expect(columns).toEqual(['id', 'name', 'role', 'provinces', 'hash', 'created_at', 'created_by', 'revoked_at']);
    } finally {
      db.close();
    }
  });
});
