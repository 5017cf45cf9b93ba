#!/usr/bin/env node
/**
 * `npx sift <url|file.html|->`: a thin launcher. The command itself is TypeScript in
 * cli/ (main.ts), loaded with tsx so that the CLI runs the very engine the extension
 * ships, without a build step. See docs/cli.md.
 */
import { tsImport } from 'tsx/esm/api';

let main;
try {
  ({ main } = await tsImport('../cli/main.ts', import.meta.url));
} catch (e) {
  process.stderr.write(`sift: cannot load the engine: ${String(e instanceof Error ? e.message : e).split('\n')[0]}\n`);
  process.exit(1);
}

// `sift … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
// Let stdout drain (it is asynchronous for pipes), then leave even if a DOM left a timer behind.
process.stdout.write('', () => process.exit(code));
