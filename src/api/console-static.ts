import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { EVIDENCE_LABELS, evidenceText } from '../contract/evidence-labels';
import { VIOLATION_TYPES } from '../contract/violation-types';

// The investigators' console: static HTML, ES modules and CSS from ./console (copied next to the compiled
// app by scripts/copy-console.js), plus Chart.js's UMD build straight from node_modules. No build server.

export function consoleRouter(): Router {
  const router = express.Router();
  // Built: dist/src/api/console; a bare tsc build without the copy step falls back to the sources.
  const dir = [join(__dirname, 'console'), join(__dirname, '../../../src/api/console')].find((d) => existsSync(join(d, 'index.html')));
  if (!dir) throw new Error(`console files missing next to ${__dirname} (run npm run build, or set CONSOLE=off)`);
  // chart.js exports no subpaths; its main entry sits in dist/ next to chart.umd.min.js.
  const chartDir = dirname(require.resolve('chart.js'));
  router.get('/vendor/chart.umd.min.js', (_req, res) => res.sendFile(join(chartDir, 'chart.umd.min.js')));
  // The tables the server owns too (labels.js imports them): the evidence field names of the 3101 response, the
  // violation types the case and inspection routes accept, and the one rendering of an evidence value (its own text:
  // it names nothing outside itself). One of each, not a copy.
  const contractLabels =
    `export const EVIDENCE = ${JSON.stringify(EVIDENCE_LABELS)};\nexport const VIOLATION_TYPES = ${JSON.stringify(VIOLATION_TYPES)};\n` +
    `export ${evidenceText.toString()}\n`;
  router.get('/contract-labels.js', (_req, res) => res.type('application/javascript').send(contractLabels));
  router.use(express.static(dir, { index: 'index.html', fallthrough: true }));
  return router;
}
