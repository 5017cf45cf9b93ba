// Least privilege, asserted on the built manifests (run after the builds, before the browser tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';

const read = async (dir) => JSON.parse(await readFile(new URL(`../../${dir}/manifest.json`, import.meta.url), 'utf8'));
const chrome = await read('.output/chrome-mv3');
const firefox = await read('.output/firefox-mv3');
const testBuilds = { chrome: await read('.output-test/chrome-mv3'), firefox: await read('.output-test/firefox-mv3') };

test('release manifests ask for exactly the permissions Sift needs', () => {
  assert.deepEqual([...chrome.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  assert.deepEqual([...firefox.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
  for (const m of [chrome, firefox]) {
    assert.equal(m.manifest_version, 3);
    assert.equal(m.host_permissions, undefined, 'no host permissions');
    assert.equal(m.content_scripts, undefined, 'no content_scripts entry: the content script is injected on demand');
    assert.ok(!JSON.stringify(m).includes('<all_urls>'));
    assert.equal(m.content_security_policy, undefined, 'the default content security policy');
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*'], 'asked for at run time only');
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.externally_connectable, undefined);
  }
});

test('Chrome has a side panel, Firefox a sidebar with a gecko id and no data collection', () => {
  assert.equal(chrome.side_panel.default_path, 'sidepanel.html');
  assert.equal(firefox.sidebar_action.default_panel, 'sidepanel.html');
  assert.match(firefox.browser_specific_settings.gecko.id, /@/);
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.ok(chrome.commands['open-side-panel'] && chrome.commands._execute_action);
});

test('Chrome: the toolbar button has no popup of its own (a click reaches the background first); Firefox keeps it', () => {
  assert.equal(chrome.action.default_popup, undefined);
  assert.equal(firefox.action.default_popup, 'popup.html');
});

test('the test builds differ from the releases only by host access to the local test server', () => {
  for (const [release, test] of [
    [chrome, testBuilds.chrome],
    [firefox, testBuilds.firefox],
  ]) {
    const { host_permissions, ...rest } = test;
    assert.deepEqual(host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
    assert.deepEqual(rest, release);
  }
});

test('no remote code: every script the extension loads is a file in the package', async () => {
  const dir = new URL('../../.output/chrome-mv3/', import.meta.url);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(new URL(file, dir), 'utf8');
    for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) assert.match(src, /^\/(?!\/)/, `${file}: ${src}`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>\s*\S/, `${file}: no inline script`);
  }
});

test("the scripts injected into pages carry neither the polyfill nor WXT's content-script context", async () => {
  // They are parsed on every read (content-script.js) or first highlight (page-highlighter.js). A name
  // that WXT auto-imports (`browser`, or a utils/ export such as `t`) used without an import in the
  // engine pulls the polyfill back in, about 3 KB gzip.
  for (const b of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    for (const file of ['content-script.js', 'page-highlighter.js']) {
      const code = await readFile(new URL(`../../${b}/${file}`, import.meta.url), 'utf8');
      assert.doesNotMatch(code, /only be loaded in a browser extension/, `${b}/${file}: webextension-polyfill`);
      assert.doesNotMatch(code, /wxt:content-script-started|ContentScriptContext/, `${b}/${file}: WXT's content-script context`);
    }
  }
});
