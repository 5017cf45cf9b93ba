import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error plain ESM script without types
import { bundleSize, extensionBundles, htmlRefs, jsRefs, walkBundle } from '../bundles.mjs';

let dir: string;
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({
    action: { default_popup: 'popup.html' },
    side_panel: { default_path: 'sidepanel.html' },
    background: { service_worker: 'background.js' },
  }),
  'popup.html':
    '<!DOCTYPE html><html><head><script type="module" crossorigin src="/chunks/popup-A.js"></script>' +
    '<link rel="modulepreload" crossorigin href="/chunks/shared-B.js"><link rel="stylesheet" href="/assets/app-C.css">' +
    '<link rel="icon" href="/icon/16.png"></head><body></body></html>',
  'sidepanel.html': '<script type="module" src="./chunks/side-D.js"></script>',
  'chunks/popup-A.js': 'import{a as e}from"./shared-B.js";import"./side-effect-E.js";const x=()=>import("./lazy-F.js");import"./gone-J.js"',
  'chunks/shared-B.js': 'export{a}from"./deep-G.js";var s="import x from \'https://cdn.example/y.js\'"',
  'chunks/side-effect-E.js': 'import{a}from"./shared-B.js";',
  'chunks/lazy-F.js': 'export const lazy=1',
  'chunks/deep-G.js': 'export const a=1',
  'chunks/side-D.js': 'import{a}from"/chunks/shared-B.js"',
  'chunks/unused-H.js': 'export const unused=1',
  'assets/app-C.css': '@import url("./theme-I.css");body{color:red}',
  'assets/theme-I.css': ':root{--a:1}',
  'content-script.js': 'var content=(function(){return 1})();',
  'background.js': 'var background=1;',
  'icon/16.png': 'png',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-bundles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle walking', () => {
  it('reads scripts, stylesheets and module preloads from HTML, not icons', () => {
    expect(htmlRefs(files['popup.html'])).toEqual(['/chunks/popup-A.js', '/chunks/shared-B.js', '/assets/app-C.css']);
  });
  it('finds static, bare, re-export and dynamic imports in minified code, only local ones', () => {
    expect(jsRefs(files['chunks/popup-A.js'])).toEqual(expect.arrayContaining(['./shared-B.js', './side-effect-E.js', './lazy-F.js']));
    expect(jsRefs(files['chunks/shared-B.js'])).toEqual(['./deep-G.js']);
  });
  it('follows imports transitively from the popup, CSS @import included, each file once', () => {
    const { files: got, missing } = walkBundle(dir, 'popup.html');
    expect(got).toEqual([
      'assets/app-C.css',
      'assets/theme-I.css',
      'chunks/deep-G.js',
      'chunks/lazy-F.js',
      'chunks/popup-A.js',
      'chunks/shared-B.js',
      'chunks/side-effect-E.js',
      'popup.html',
    ]);
    expect(missing).toEqual(['chunks/gone-J.js']); // reported, not thrown
  });
  it('resolves root-absolute and relative paths from a page and a chunk', () => {
    expect(walkBundle(dir, 'sidepanel.html').files).toEqual(['chunks/deep-G.js', 'chunks/shared-B.js', 'chunks/side-D.js', 'sidepanel.html']);
  });
  it('sums raw bytes and per-file gzip', () => {
    const s = bundleSize(dir, 'content-script.js');
    expect(s.files).toEqual(['content-script.js']);
    expect(s.raw).toBe(files['content-script.js'].length);
    expect(s.gzip).toBe(gzipSync(files['content-script.js'], { level: 9 }).length);
  });
  it('takes the entries from the manifest', () => {
    const b = extensionBundles(dir);
    expect(Object.keys(b)).toEqual(['popup', 'sidepanel', 'content', 'background']);
    expect(b.background.files).toEqual(['background.js']);
    expect(b.popup.files).not.toContain('chunks/unused-H.js');
  });
});
