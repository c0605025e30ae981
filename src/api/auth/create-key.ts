import type { Principal } from '../../features/keys/principal';
import type { CaseStore } from '../../features/cases/case-store';
import type { KeyStore } from '../../features/keys/key-store';
import { auditEntry } from '../../features/cases/audit-entry';
import { generateApiKey, hashApiKey } from './api-key';
import { PROVINCE_SCOPED_ROLES, type Role } from '../../contract/records';
import type { ApiKeyRecord } from '../../features/keys/key-store';

export interface NewKey {
  name: string;
  role: Role;
  provinces: string[];
}

/** Creates a key and records who made it; returns the key text, which exists nowhere else afterwards. */
export async function createApiKey(
  store: Pick<KeyStore, 'createApiKey'> & Pick<CaseStore, 'appendAudit'>,
  spec: NewKey,
  pepper: string,
  by: Principal,
): Promise<{ key: string; record: Omit<ApiKeyRecord, 'hash'> }> {
  if (PROVINCE_SCOPED_ROLES.includes(spec.role) && spec.provinces.length === 0) {
    throw new RangeError(`an ${spec.role} key needs --provinces (the provinces whose cases it may work)`);
  }
  const { id, key } = generateApiKey();
  const record: ApiKeyRecord = {
    id,
    name: spec.name,
    role: spec.role,
    provinces: [...new Set(spec.provinces)].sort(),
    hash: hashApiKey(key, pepper),
    createdAt: new Date().toISOString(),
    createdBy: by.name,
    revokedAt: null,
  };
  await store.createApiKey(record);
  await store.appendAudit([auditEntry(by, 'key-create', null, null, id, { name: spec.name, role: spec.role, provinces: record.provinces })]);
  const { hash: _hash, ...shown } = record;
  return { key, record: shown };
}
