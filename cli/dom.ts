/**
 * A DOM for Node, so the extractor written for the browser runs unchanged in the CLI.
 *
 * Three are installed; `scripts/compare-dom.mjs` measures them on the readability-pages
 * corpus and docs/cli.md records the numbers behind `CLI_DOM`. Each module is imported
 * only when asked for, so the CLI pays for one.
 */

export type DomName = 'linkedom' | 'happy-dom' | 'jsdom';
export const DOM_NAMES: DomName[] = ['linkedom', 'happy-dom', 'jsdom'];

/** The DOM the CLI uses; see docs/cli.md for the measurement. */
export const CLI_DOM: DomName = 'linkedom';

export interface ParsedPage {
  document: Document;
  /** Frees what the DOM holds (timers, windows); safe to call twice. */
  close(): void | Promise<void>;
}

export type HtmlParser = (html: string, url: string) => ParsedPage;

/**
 * Loads a DOM and returns a parser that gives a Document whose URL (and so `baseURI`,
 * which Readability uses to make links absolute) is `url`. Scripts never run, nothing is fetched.
 */
export async function loadDom(name: DomName): Promise<HtmlParser> {
  // A specifier typed `string` keeps tsc from needing the packages' own types (jsdom ships none).
  // biome-ignore lint/suspicious/noExplicitAny: the DOM packages are loaded by name at run time and used through their documented entry points.
  const load = (specifier: string): Promise<any> => import(specifier);
  switch (name) {
    case 'jsdom': {
      const { JSDOM, VirtualConsole } = await load('jsdom');
      return (html, url) => {
        // A silent console: page CSS jsdom cannot parse is not the reader's business.
        const dom = new JSDOM(html, { url: safeDocumentUrl(url), virtualConsole: new VirtualConsole() });
        return { document: dom.window.document, close: () => dom.window.close() };
      };
    }
    case 'happy-dom': {
      const { Window } = await load('happy-dom');
      return (html, url) => {
        const window = new Window({
          url: safeDocumentUrl(url),
          settings: {
            disableJavaScriptFileLoading: true,
            disableCSSFileLoading: true,
            disableIframePageLoading: true,
            disableComputedStyleRendering: true,
            handleDisabledFileLoadingAsSuccess: true,
            navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
          },
        });
        window.document.write(html);
        let closing: Promise<void> | undefined;
        return {
          document: window.document as unknown as Document,
          close: () => (closing ??= window.happyDOM.close()),
        };
      };
    }
    case 'linkedom': {
      const { parseHTML } = await load('linkedom');
      return (html, url) => {
        // linkedom has no document URL; a <base> gives Readability the base it resolves links against.
        const { document } = parseHTML(withBase(html, safeDocumentUrl(url)));
        return { document, close: () => {} };
      };
    }
  }
}

/** DOMs reject some URLs (e.g. `about:` in jsdom is fine, a bare path is not); fall back to a neutral one. */
function safeDocumentUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}

/** Inserts `<base href>` first in <head> unless the page has its own base. */
function withBase(html: string, url: string): string {
  if (/<base\s[^>]*href/i.test(html)) return html;
  const tag = `<base href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}
