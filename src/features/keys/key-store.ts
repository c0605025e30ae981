import type { Role } from '../../contract/records';

// API keys: who may call, in which role and provinces. Implemented per backend beside this file.

export interface ApiKeyRecord {
  /** Public part of the key (the key reads yb_<id>_<secret>). */
  id: string;
  name: string;
  role: Role;
  /** 2-digit province codes the key may see; empty = all. */
  provinces: string[];
  /** HMAC-SHA256 of the whole key under the server pepper (hex); the key itself is never stored. */
  hash: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

export interface KeyStore {
  createApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  revokeApiKey(id: string, at: string): Promise<boolean>;
}
