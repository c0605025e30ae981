import { z } from 'zod';

// A rule file: json-rules-engine's rule format plus the fields an investigator needs to read a hit.
// A person who edits JSON can add or change a rule here without touching TypeScript.

const scopeSchema = z.strictObject({
  provinces: z.array(z.string().regex(/^\d{2}$/)).optional(),
  regions: z.array(z.string().regex(/^\d{6}$/)).optional(),
  schemes: z.array(z.enum(['employee', 'resident'])).optional(),
  visitTypes: z.array(z.enum(['inpatient', 'outpatient', 'chronic', 'pharmacy'])).optional(),
  /** Judged by the claim's service date, not today. */
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  effectiveTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

/**
 * Rule metadata as in the national rule library (规则库); every rule declares it. Schemes and settings a rule
 * applies to are its `scope` (absent = all).
 */
const metaSchema = z.strictObject({
  /** 监管环节 */
  stages: z.array(z.enum(['事前', '事中', '事后'])).min(1),
  /** 明确违规 may intercept (block); 可疑 is a reminder, never an interception. */
  resultType: z.enum(['明确违规', '可疑']),
  /** 时间区间 the rule looks over. */
  period: z.enum(['当次就诊', '当次住院', '自然日', '自然周', '自然月', '自然季度', '自然年', '滚动天数', '跨机构就诊记录']),
  /** 政策依据: document and article, one entry each. */
  basis: z.array(z.string().min(1)).min(1),
});

export const ruleDefSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'must look like family.name'),
  family: z.enum(['grouping', 'catalogue', 'benefits', 'history']),
  severity: z.enum(['info', 'warn', 'block']),
  appliesTo: z.enum(['claim', 'item']),
  title: z.string().min(1),
  /** Template: {{path}} is filled from the facts, `item` (item rules) and the event params. */
  message: z.string().min(1),
  /** Dotted path (same namespace as the message) to the money at stake, yuan. Item rules default to item.amount. */
  amount: z.string().optional(),
  /** Dotted path to an array of line ids the hit names (claim rules that point at lines); on an item rule, a line id or ids named beside the item's own. */
  lineIds: z.string().optional(),
  /**
   * Item rules: `code` makes the hits on the lines of one item code one hit naming them all (`item.lineId` lists them,
   * `item.amount` and `item.quantity` are summed): a rule judging an item alike on each of its daily lines.
   */
  groupBy: z.enum(['code']).optional(),
  /** Named evidence for readers and exports, each a dotted path: {"limit": "item.catalogue.maxPerDay", "actual": "item.quantityOnDay"}. */
  evidence: z.record(z.string(), z.string()).optional(),
  /**
   * 事后发现: the earlier-arrived claims this rule's finding also concerns, where the earlier claim can be the suspect
   * one (a visit that settled during a stay that settles later). `claims`: dotted path to [{claimId, lineIds, amount}]
   * of claims that arrived before this one; `message`: template for the hit each of them gets (begins 事后发现; may
   * read `suspect`, the element, beside the facts).
   */
  retrospective: z.strictObject({ claims: z.string().min(1), message: z.string().min(1), earlierOnly: z.string().min(1).optional() }).optional(),
  scope: scopeSchema.optional(),
  meta: metaSchema,
  priority: z.number().int().min(1).optional(),
  conditions: z.record(z.string(), z.unknown()),
  params: z.record(z.string(), z.unknown()).optional(),
  examples: z
    .strictObject({
      fires: z.array(z.unknown()).optional(),
      quiet: z.array(z.unknown()).optional(),
    })
    .optional(),
});

export const ruleFileSchema = z.strictObject({
  $comment: z.string().optional(),
  rules: z.array(ruleDefSchema),
});

export type RuleDef = z.infer<typeof ruleDefSchema>;
export type RuleScope = z.infer<typeof scopeSchema>;
export type RuleMeta = z.infer<typeof metaSchema>;
