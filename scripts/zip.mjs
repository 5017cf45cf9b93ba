#!/usr/bin/env node
// `npm run zip`: the store packages, named with the version, in .output/:
//   sift-<version>-chrome.zip   for the Chrome Web Store,
//   sift-<version>-firefox.zip  for addons.mozilla.org,
//   sift-<version>-sources.zip  the sources AMO asks for (to rebuild: npm ci && npm run build:firefox).
// Then addons-linter (what AMO runs on upload, and what web-ext lint wraps) on the Firefox zip:
// it fails on any error, and on any warning that README.md does not explain.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Warnings explained in README.md ("Firefox lint warnings"); any other fails the packaging. */
const EXPLAINED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION']);

const run = (args) => execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
run(['wxt', 'zip']);
run(['wxt', 'zip', '-b', 'firefox']);

const zip = (kind) => join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
let lint;
try {
  lint = execFileSync('npx', ['addons-linter', '--output', 'json', zip('firefox')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  // addons-linter exits 1 when it finds errors; its report is still on stdout.
  lint = /** @type {{ stdout?: string }} */ (e).stdout ?? '';
}
/** @type {{ errors: { code: string, message: string, file?: string }[], warnings: { code: string, file?: string }[] }} */
const report = JSON.parse(lint);
for (const kind of ['chrome', 'firefox', 'sources'])
  console.log(`${(statSync(zip(kind)).size / 1024).toFixed(1).padStart(8)} kB  .output/${name}-${version}-${kind}.zip`);
const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.has(w.code));
console.log(
  `addons-linter on the Firefox zip: ${report.errors.length} errors, ${report.warnings.length} warnings (${[...new Set(report.warnings.map((w) => w.code))].join(', ') || 'none'})`,
);
for (const m of [...report.errors, ...unexplained]) console.error(`  ${m.code} ${m.file ?? ''}`);
if (report.errors.length || unexplained.length) {
  console.error(
    unexplained.length
      ? 'A warning README.md does not explain: fix it, or explain it there and in EXPLAINED_WARNINGS.'
      : 'The Firefox package has lint errors.',
  );
  process.exit(1);
}
