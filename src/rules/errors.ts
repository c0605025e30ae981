/** A rule file that cannot be loaded: names the file and, where known, the rule. */
export class RuleLoadError extends Error {
  constructor(
    readonly file: string,
    readonly ruleId: string | null,
    readonly detail: string,
  ) {
    super(`${file}${ruleId ? ` rule ${ruleId}` : ''}: ${detail}`);
    this.name = 'RuleLoadError';
  }
}
