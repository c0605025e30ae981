// How a case ends. A dismissal names one of these reasons (the values are the Chinese names themselves: they
// are what exports and the audit trail show); a confirmation one of the violation types in
// contract/violation-types.ts.

export const DISMISSAL_REASONS = ['合理诊疗', '政策允许', '资料已补正', '系统误报', '其他'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

