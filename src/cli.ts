#!/usr/bin/env node
import { Command } from 'commander';
import { registerCatalogue } from './cli/catalogue-command';
import { registerEvaluate } from './cli/evaluate-command';
import { registerExport } from './cli/export-command';
import { registerGenerate } from './cli/generate-command';
import { registerKeys } from './cli/keys-command';
import { registerGroup } from './cli/group-command';
import { registerModel } from './cli/model-command';
import { registerPatterns } from './cli/patterns-command';
import { registerReview } from './cli/review-command';
import { registerRules } from './cli/rules-command';

// The command table; each command is a few lines calling the modules that do the work.
const program = new Command('yibao-review').description('医保智能审核: claims review and fraud monitoring');
registerReview(program);
registerGenerate(program);
registerRules(program);
registerGroup(program);
registerModel(program);
registerKeys(program);
registerExport(program);
registerCatalogue(program);
registerEvaluate(program);
registerPatterns(program);
program
  .command('serve')
  .description('run the service (same as npm start)')
  .action(() => require('./main'));

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
