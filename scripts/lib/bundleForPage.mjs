// Bundles a TypeScript module into one minified IIFE that defines a global, with Vite's library
// mode, in memory: code that `npm run bench` and `npm run eval:pages` evaluate inside corpus pages
// (scripts/bench/pageBench.ts, scripts/eval/pageEval.ts). Not part of the extension.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {string} entry path of the module, relative to the repository root
 * @param {string} name the global the script assigns (`var <name> = …`)
 * @returns {Promise<string>} the script's code
 */
export async function bundleForPage(entry, name) {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      lib: { entry: join(ROOT, entry), formats: ['iife'], name },
      write: false,
      minify: process.env.SIFT_NO_MINIFY !== '1',
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => /** @type {import('vite').Rollup.RollupOutput} */ (o).output);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`${entry} bundle: no chunk produced`);
  return chunk.code;
}
