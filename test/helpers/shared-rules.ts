import { diskVersion } from '../../src/rules/load-ruleset';
import { buildRules, createRulesetHolder, type BuiltRules, type RulesetHolder } from '../../src/rules/ruleset-holder';

// Building the rules with their tables takes ~1–2 s of CPU under jest; an API suite that made a context per test
// spent most of its time there. A holder from here starts from a build made once per test file (jest gives each
// file its own modules) for that directory's content: a test that changes the files gets a build of its own.
// Each holder is still its own: a reload, or a refused one, stays in the holder that did it.

const built = new Map<string, BuiltRules>();

export function sharedRules(dir: string): RulesetHolder {
  const key = `${dir}\n${diskVersion(dir)}`;
  let first = built.get(key);
  if (!first) built.set(key, (first = buildRules(dir)));
  return createRulesetHolder(dir, first);
}
