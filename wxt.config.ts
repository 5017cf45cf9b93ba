import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * One config for the release builds (Chrome and Firefox, MV3) and two builds that are never shipped.
 * Each of those differs from the release in exactly one way, host access, because an automated
 * browser cannot grant `activeTab`:
 * - the test build (`SIFT_TEST_BUILD=1`, `npm run build:test`, `.output-test/`): the local test server;
 * - the eval build (`SIFT_EVAL_BUILD=1`, `npm run build:eval`, `.output-eval/`): every http(s) page, for
 *   `eval:pages` and `bench`, which serve corpus pages at their real addresses from memory (no network).
 */
const testBuild = process.env.SIFT_TEST_BUILD === '1';

/**
 * Property names the injected scripts' minifier shortens: Readability's internals (its `_`-prefixed
 * methods and fields, its constant tables and flags), named in full hundreds of times in every read.
 * Renamed the same way wherever they are used in the one file (Sift's own calls to them in
 * utils/engine/article/readability.ts included); never a name of the DOM, the page or the wire format.
 */
const READABILITY_INTERNALS =
  /^(?:_(?!_).*|REGEXPS|FLAG_\w+|DEFAULT_\w+|UNLIKELY_ROLES|DIV_TO_P_ELEMS|ALTER_TO_DIV_EXCEPTIONS|PRESENTATIONAL_ATTRIBUTES|DEPRECATED_SIZE_ATTRIBUTE_ELEMS|PHRASING_ELEMS|CLASSES_TO_PRESERVE|HTML_ESCAPE_MAP)$/;
const evalBuild = process.env.SIFT_EVAL_BUILD === '1';

/** Pages served by the end-to-end tests' local http server. */
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const EVAL_HOSTS = ['http://*/*', 'https://*/*'];
const hostPermissions = testBuild ? TEST_HOSTS : evalBuild ? EVAL_HOSTS : undefined;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output-test' : evalBuild ? '.output-eval' : '.output',
  manifestVersion: 3,
  webExt: { disabled: true },
  // `npm run zip`: the store packages and, for addons.mozilla.org, the sources to rebuild them with.
  // The test pages are other sites' articles (kept for tests, not ours to publish); test output and screenshots are not source.
  zip: { excludeSources: ['test-results/**', 'tests/fixtures/**', 'docs/screenshots/**'] },
  vite: () => ({
    plugins: [preact()],
    // Extension pages run in browsers that support modulepreload (Chrome 66+, Firefox 115+): no polyfill in the popup.
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.SIFT_SOURCEMAP === '1' },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The popup's code in one chunk: a file compresses better than the pieces Rolldown would
      // split it into by sharing (its gzip size is a budget: docs/bench.md). Every module the popup
      // imports, directly or not, goes there; what only the side panel or the options page use
      // stays in their chunks.
      if (entrypoints.some((e) => e.type === 'popup')) {
        const build = config.build as { rolldownOptions?: { output?: object } };
        type Info = { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
        const POPUP_ENTRY = /[\\/]entrypoints[\\/]popup[\\/]/;
        const reached = new Set<string>();
        /** True when the popup's entry imports `id`, through any chain of importers. */
        const usedByPopup = (id: string, info: (id: string) => Info): boolean => {
          const queue = [id];
          const seen = new Set(queue);
          for (const m of queue) {
            if (POPUP_ENTRY.test(m) || reached.has(m)) {
              reached.add(id);
              return true;
            }
            const i = info(m);
            for (const by of i ? [...i.importers, ...i.dynamicImporters] : []) {
              if (!seen.has(by)) {
                seen.add(by);
                queue.push(by);
              }
            }
          }
          return false;
        };
        const manualChunks = (id: string, meta: { getModuleInfo: (id: string) => Info }) =>
          !/[\\/]entrypoints[\\/]/.test(id) && usedByPopup(id, meta.getModuleInfo) ? 'sift' : undefined;
        build.rolldownOptions = { ...build.rolldownOptions, output: { ...build.rolldownOptions?.output, manualChunks } };
        return;
      }
      // The scripts injected into pages (content-script, page-highlighter) are parsed on every read:
      // there terser's two passes pack tighter than the default minifier, and Readability's debug
      // logging (`this.log(…)`, a no-op unless its debug option is on) is dropped. `hoist_funs`
      // moves function declarations to the top of their scope, as the language does anyway: the
      // repeated shapes compress better (content script 30,707 → 30,469 B gzip).
      if (!entrypoints.every((e) => e.type === 'unlisted-script')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: {
          ecma: 2020,
          compress: { passes: 3, pure_funcs: ['this.log'], pure_getters: true, unsafe_methods: true, unsafe_arrows: true, keep_fargs: false, hoist_funs: true },
          mangle: { properties: { regex: READABILITY_INTERNALS } },
          format: { ecma: 2020 },
        },
      };
    },
    // The content script is injected on demand only: no `content_scripts` key at all, not even an empty one.
    'build:manifestGenerated': (wxt, manifest) => {
      if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length === 0) delete manifest.content_scripts;
      // Chrome: the toolbar button has no popup of its own, so a click reaches the background, which
      // starts reading the tab and then opens the popup (utils/extension/toolbar.ts). Firefox keeps it.
      if (wxt.config.browser !== 'firefox' && manifest.action) delete manifest.action.default_popup;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(hostPermissions ? { host_permissions: hostPermissions } : {}),
    // Asked for at run time only: per site by "Summarize this tab", everywhere by the opt-in automatic mode.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPopup__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sift@sift-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
