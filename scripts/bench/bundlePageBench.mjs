// Bundles scripts/bench/pageBench.ts (Readability + Sift's extractor and summarizer) into one
// minified IIFE that defines the global `SiftBench`, with Vite's library mode, in memory.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Returns the bundle's code (a script that assigns `var SiftBench`). */
export async function bundlePageBench() {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      lib: { entry: join(ROOT, 'scripts/bench/pageBench.ts'), formats: ['iife'], name: 'SiftBench' },
      write: false,
      minify: true,
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('pageBench bundle: no chunk produced');
  return chunk.code;
}
