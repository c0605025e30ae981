import { Schema } from 'mongoose';
import { nullableString, strictOptions } from './schema-options';
import { AUDIT_ROLES, ROLES, type AuditAction, type AuditRole, type Role } from '../../contract/records';

// Case-work collections: the audit trail (append-only), its sequence counter, and API keys (hash only).

/** Every audit action, checked against the type so a new action cannot be forgotten here. */
const ACTIONS: Record<AuditAction, true> = {
  status: true, assign: true, note: true, outcome: true, 'view-identity': true, 'key-create': true, 'key-revoke': true,
  'rules-reload': true, 'model-reload': true, 'rules-reload-refused': true, 'model-reload-refused': true, 'approve-recovery': true,
  'inspection-create': true, 'inspection-record': true, 'inspection-close': true, 'inspection-report': true,
};
export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

export interface AuditDoc {
  /** seq: append order, from the counter below. */
  _id: number;
  claimId: string | null;
  at: string;
  actor: string;
  role: AuditRole;
  action: AuditAction;
  from: string | null;
  to: string | null;
  detail: Record<string, unknown> | null;
}

export const auditSchema = new Schema<AuditDoc>(
  {
    _id: { type: Number, required: true, min: 1, validate: { validator: Number.isSafeInteger, message: '{PATH} must be a whole number' } },
    claimId: nullableString,
    at: { type: String, required: true },
    actor: { type: String, required: true },
    role: { type: String, required: true, enum: AUDIT_ROLES },
    action: { type: String, required: true, enum: AUDIT_ACTIONS },
    from: nullableString,
    to: nullableString,
    detail: { type: Schema.Types.Mixed, default: null },
  },
  { ...strictOptions, collection: 'audit_trail' },
);
auditSchema.index({ claimId: 1, _id: 1 });

// Append-only, as SQLite's triggers make it: the store has no update or delete path for the trail, and these
// hooks refuse one made through the model from anywhere else in the code (the driver's raw collection is the
// operator's business, as a sqlite3 shell would be without the triggers).
const appendOnly = () => {
  throw new Error('audit trail is append-only');
};
auditSchema.pre(
  ['updateOne', 'updateMany', 'replaceOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'deleteOne', 'deleteMany'],
  { document: true, query: true },
  appendOnly,
);
auditSchema.pre('save', function () {
  if (!this.isNew) appendOnly();
});
auditSchema.pre('bulkWrite', function (ops: unknown[]) {
  if (ops.some((op) => !('insertOne' in (op as object)))) appendOnly();
});

/** A named sequence: `seq` is the last number handed out. */
export interface CounterDoc {
  _id: string;
  seq: number;
}

export const counterSchema = new Schema<CounterDoc>(
  { _id: { type: String, required: true }, seq: { type: Number, required: true, min: 0 } },
  { ...strictOptions, collection: 'counters' },
);

export interface ApiKeyDoc {
  /** The key's public id: the _id, so ids are unique (the SQLite primary key) with no extra index. */
  _id: string;
  name: string;
  role: Role;
  provinces: string[];
  hash: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

export const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, required: true, enum: ROLES },
    provinces: { type: [{ type: String, match: /^\d{2}$/ }], default: [] },
    // Hex HMAC only: a value of any other shape (a whole key pasted by mistake) is refused, never stored.
    hash: { type: String, required: true, match: /^[0-9a-f]{64}$/ },
    createdAt: { type: String, required: true },
    createdBy: { type: String, required: true },
    revokedAt: nullableString,
  },
  { ...strictOptions, collection: 'api_keys' },
);
apiKeySchema.index({ createdAt: 1, _id: 1 });
