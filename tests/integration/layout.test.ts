/**
 * The layout's rules, checked on the import statements: the engine (utils/engine/) imports nothing
 * of the extension runtime, the CLI, the UI or a browser API package; the CLI imports nothing of
 * the extension; no module imports itself back through others (an import cycle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(?:ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) {
      if (name !== '__tests__') out.push(...sourceFiles(path));
    } else if (SOURCE.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a file imports, with repository paths for Sift's own modules ('@/…' and relative). */
function importsOf(file: string): { spec: string; path: string | null }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2]).replace(/\?.*$/, '');
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? normalize(join(dirname(file), spec)) : null;
    if (base === null) return { spec, path: null };
    for (const ext of ['', '.ts', '.tsx', '/index.ts']) {
      try {
        if (statSync(join(ROOT, base + ext)).isFile()) return { spec, path: relative('.', base + ext) };
      } catch {
        /* try the next extension */
      }
    }
    return { spec, path: base };
  });
}

const FILES = [...sourceFiles('utils'), ...sourceFiles('cli'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];

describe('layout', () => {
  it('finds the three programs', () => {
    for (const dir of ['utils/engine/', 'utils/extension/', 'cli/'])
      expect(
        FILES.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
  });

  it('the engine imports nothing of the extension, the CLI, the UI or a browser API package', () => {
    const bad: string[] = [];
    for (const file of FILES.filter((f) => f.startsWith('utils/engine/'))) {
      for (const { spec, path } of importsOf(file)) {
        const outside = path !== null && !path.startsWith('utils/engine/');
        const browserApi = /^(?:wxt|webextension-polyfill|#imports|preact|@wxt-dev)(?:\/|$)/.test(spec);
        if (outside || browserApi) bad.push(`${file} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the CLI imports the engine, never the extension runtime or the UI', () => {
    const bad: string[] = [];
    for (const file of FILES.filter((f) => f.startsWith('cli/'))) {
      for (const { spec, path } of importsOf(file)) {
        if (path !== null && !path.startsWith('cli/') && !path.startsWith('utils/engine/') && path !== 'package.json') bad.push(`${file} → ${spec}`);
        if (/^(?:wxt|webextension-polyfill|#imports|preact)(?:\/|$)/.test(spec)) bad.push(`${file} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(
      FILES.map((f) => [
        f,
        importsOf(f)
          .map((i) => i.path)
          .filter((p): p is string => !!p && FILES.includes(p)),
      ]),
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
