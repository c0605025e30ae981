// Field and schema options every collection shares (split out so the capability schemas can use them
// without importing schemas.ts, which imports them to compile the models).

/** strict/strictQuery 'throw': a field or filter the schema does not know is a bug to surface, never dropped. */
export const strictOptions = { strict: 'throw', strictQuery: 'throw', versionKey: false, minimize: false } as const;
export const fen = { type: Number, required: true, min: 0, validate: { validator: Number.isSafeInteger, message: '{PATH} must be whole fen' } };
export const isoDay = { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ };
export const month = { type: String, required: true, match: /^\d{4}-\d{2}$/ };
export const nullableString = { type: String, default: null };
