// Bundle sizes of a built extension (raw and gzip), following what each entry really loads:
// an HTML page's <script src> and <link href> (stylesheet, modulepreload), then every chunk a
// script imports, transitively (static `import … from`, bare `import "…"`, `export … from`,
// dynamic `import("…")`), and CSS `@import`. Pure Node, unit-tested on a fake output dir.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT_SRC = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const ATTR = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');
const JS_IMPORTS = [
  /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g, // import x from "…", import{a}from"…", import "…"
  /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g, // export … from "…"
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, // import("…")
];
const CSS_IMPORTS = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g;

/** Resolves a reference found in `fromFile` against the extension root (`/x` is the root). */
function resolveRef(root, fromFile, ref) {
  if (/^[a-z][\w+.-]*:/i.test(ref) || ref.startsWith('//')) return null; // other origins, data:, chrome:
  const clean = ref.split(/[?#]/)[0];
  const abs = clean.startsWith('/') ? join(root, clean) : resolve(dirname(fromFile), clean);
  const n = normalize(abs);
  return n === root || n.startsWith(root + sep) ? n : null;
}

/** The files an HTML page loads directly: scripts, stylesheets, module preloads. */
export function htmlRefs(html) {
  const refs = [];
  for (const m of html.matchAll(SCRIPT_SRC)) refs.push(m[1]);
  for (const m of html.matchAll(LINK_TAG)) {
    const rel = m[0].match(ATTR('rel'))?.[1]?.toLowerCase() ?? '';
    const href = m[0].match(ATTR('href'))?.[1];
    if (href && /\b(stylesheet|modulepreload|preload)\b/.test(rel)) refs.push(href);
  }
  return refs;
}

/** Module specifiers a script imports (static, re-exports and dynamic). */
export function jsRefs(code) {
  const refs = new Set();
  for (const re of JS_IMPORTS) for (const m of code.matchAll(re)) refs.add(m[1]);
  return [...refs].filter((r) => r.startsWith('.') || r.startsWith('/'));
}

export function cssRefs(css) {
  return [...css.matchAll(CSS_IMPORTS)].map((m) => m[1]);
}

/**
 * Every file an entry loads (the entry itself included), transitively. `entry` is a path
 * relative to `outDir` (an .html page, a .js script or a .css file). Missing files are listed
 * in `missing`, not thrown.
 */
export function walkBundle(outDir, entry) {
  const root = resolve(outDir);
  const seen = new Set();
  const missing = [];
  const stack = [resolveRef(root, join(root, 'index'), `/${entry.replace(/^\//, '')}`)];
  while (stack.length) {
    const file = stack.pop();
    if (!file || seen.has(file)) continue;
    if (!existsSync(file)) {
      missing.push(relative(root, file));
      continue;
    }
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html') ? htmlRefs(text) : file.endsWith('.css') ? cssRefs(text) : /\.m?js$/.test(file) ? jsRefs(text) : [];
    for (const r of refs) stack.push(resolveRef(root, file, r));
  }
  return { files: [...seen].map((f) => relative(root, f).split(sep).join('/')).sort(), missing };
}

/**
 * Raw and gzip bytes of an entry with everything it loads. Gzip is per file (each file is its
 * own response), level 9, summed; the HTML page itself is counted too.
 */
export function bundleSize(outDir, entry) {
  const { files, missing } = walkBundle(outDir, entry);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(outDir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { entry, raw, gzip, files, missing };
}

/** The popup, side panel, content script and background of a Chrome MV3 build, from its manifest (Chrome's has no `default_popup`: the background opens popup.html, utils/extension/toolbar.ts). */
export function extensionBundles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const entries = {
    popup: manifest.action?.default_popup ?? 'popup.html',
    sidepanel: manifest.side_panel?.default_path ?? 'sidepanel.html',
    content: 'content-script.js',
    background: manifest.background?.service_worker ?? 'background.js',
  };
  return Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, bundleSize(outDir, e)]));
}
