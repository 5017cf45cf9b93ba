// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Readability } from '@mozilla/readability';
import {
  hasNonSpaceText,
  isElementWithoutContent,
  isProbablyVisible,
  isValidByline,
  parseWithReadability,
  readabilityInternalsPresent,
  type ReadabilityResult,
} from '../readability';
import { DOM_NAMES, loadDom } from '../../../../cli/dom';
import seedHtml from '../../../../tests/fixtures/seed/seed-article.html?raw';
import arsHtml from '../../../../tests/fixtures/pages/ars-1.html?raw';
import bbcHtml from '../../../../tests/fixtures/pages/bbc-1.html?raw';
import yahooHtml from '../../../../tests/fixtures/pages/yahoo-4.html?raw';
import hukumusumeHtml from '../../../../tests/fixtures/pages/hukumusume.html?raw';
import gmwHtml from '../../../../tests/fixtures/pages/gmw.html?raw';
import rtlHtml from '../../../../tests/fixtures/pages/rtl-1.html?raw';
import notArticleHtml from '../../../../tests/fixtures/pages/not-article.html?raw';

const URL = 'https://news.example/2026/11/article';

/**
 * A page on which Readability must start again: its only long text is in an element whose class
 * says "comment", which the first pass removes as an unlikely candidate; the text is then too
 * short and Readability restores the body and tries with looser rules. Also a <font>, a run of
 * <br>, a noscript image and a hidden element, which the restored body must have prepared again.
 */
const RETRY_PAGE = `<!doctype html><html lang="en"><head><title>A page Readability reads twice</title>
<style>p { color: red }</style><script>var x = 1;</script></head><body class="site">
<div class="header">Site name</div>
<div class="comment-section">
  <h2>What the storm left behind</h2>
  ${'<p>The storm crossed the coast early on Tuesday, and by noon the river had risen above the old stone bridge in the town centre. </p>'.repeat(6)}
  <p><font color="red">Officials said the water</font> would fall by the evening.<br><br>Shops stayed closed.</p>
  <div><img data-lazy="1"><noscript><img src="https://news.example/storm.jpg" alt="Storm"></noscript></div>
  <p style="display:none">Hidden text that must not be kept.</p>
  <p hidden>Also hidden.</p>
</div>
<div class="footer">© News</div>
</body></html>`;

const PAGES: Record<string, string> = {
  seed: seedHtml,
  ars: arsHtml,
  bbc: bbcHtml,
  yahoo: yahooHtml,
  hukumusume: hukumusumeHtml,
  gmw: gmwHtml,
  rtl: rtlHtml,
  notArticle: notArticleHtml,
  retry: RETRY_PAGE,
};

/** Readability as it is, with the options Sift gives it. */
function plainParse(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  return new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
}

function comparable(r: ReadabilityResult | null) {
  if (!r) return null;
  return { ...r, content: shape(r.content as unknown as Element) };
}

/**
 * An element as markup with lower-case tag names: linkedom serializes an element made by
 * `createElement('DIV')` as `<DIV>`, and Readability's own restart (an innerHTML round trip)
 * turns it into `<div>`; nothing else may differ.
 */
function shape(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  let inner = '';
  for (let c = el.firstChild; c; c = c.nextSibling) inner += shape(c);
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const proto = Readability.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const reader = new Readability(parse('<p>x</p>')) as unknown as { REGEXPS: { byline: RegExp } };

describe('parseWithReadability', () => {
  it('finds the Readability internals it replaces (a new Readability version must be checked again)', () => {
    expect(readabilityInternalsPresent()).toBe(true);
  });

  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives exactly what Readability gives: ${name}`, () => {
      const doc = parse(html);
      const before = doc.documentElement.outerHTML;
      const ours = comparable(parseWithReadability(doc));
      expect(ours).toEqual(comparable(plainParse(doc)));
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('starts again on a page whose text is in an unlikely candidate, and keeps that text', () => {
    const doc = parse(RETRY_PAGE);
    // parse() prepares the document once; each fresh start prepares the rebuilt body again.
    const prepare = vi.spyOn(Readability.prototype as unknown as { _prepDocument(): void }, '_prepDocument');
    let text: string;
    try {
      text = parseWithReadability(doc)?.textContent ?? '';
      expect(prepare.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      prepare.mockRestore();
    }
    expect(text).toContain('The storm crossed the coast');
    expect(text).toContain('Shops stayed closed.');
    expect(text).not.toContain('Hidden text');
  });

  it('parses as usual where the body cannot take the stand-in for innerHTML', () => {
    const define = Object.defineProperty;
    const refuse = vi.spyOn(Object, 'defineProperty').mockImplementation(((target: object, key: PropertyKey, desc: PropertyDescriptor) => {
      if (key === 'innerHTML') throw new TypeError('not definable here');
      return define(target, key, desc);
    }) as typeof Object.defineProperty);
    try {
      for (const html of [RETRY_PAGE, seedHtml]) {
        const doc = parse(html);
        expect(comparable(parseWithReadability(doc))).toEqual(comparable(plainParse(doc)));
      }
      expect(refuse.mock.calls.some(([, key]) => key === 'innerHTML')).toBe(true);
    } finally {
      refuse.mockRestore();
    }
  });

  it('leaves no trace on the live body', () => {
    const doc = parse(RETRY_PAGE);
    parseWithReadability(doc);
    expect(Object.getOwnPropertyNames(doc.body)).not.toContain('innerHTML');
    expect(doc.body.innerHTML).toContain('comment-section');
  });

  for (const dom of DOM_NAMES) {
    it(`gives exactly what Readability gives in ${dom} (the CLI's DOMs)`, async () => {
      const load = await loadDom(dom);
      for (const [name, html] of Object.entries({ seed: seedHtml, retry: RETRY_PAGE, bbc: bbcHtml, hukumusume: hukumusumeHtml, notArticle: notArticleHtml })) {
        const page = load(html, URL);
        try {
          const ours = comparable(parseWithReadability(page.document));
          expect(ours, `${dom}: ${name}`).toEqual(comparable(plainParse(page.document)));
        } finally {
          await page.close();
        }
      }
    });
  }
});

/** Every element of the fixture pages and of the edge cases below. */
function allElements(): Element[] {
  const out: Element[] = [];
  for (const html of [...Object.values(PAGES), EDGE_CASES]) out.push(...parse(html).querySelectorAll('*'));
  return out;
}

const EDGE_CASES = `<!doctype html><html><body>
<div id="a"> \u00a0\u3000\ufeff\n\t</div>
<div id="b"><br><hr>  <br></div>
<div id="c"><span> </span></div>
<div id="d"><!-- comment text --> </div>
<div id="e"><div><div><div> </div></div></div><p>x</p></div>
<section><header>   </header></section>
<p style="display: none">x</p><p style="visibility:hidden">x</p><p style="color:red">x</p><p style="">x</p>
<p aria-hidden="true">x</p><p aria-hidden="true" class="fallback-image">x</p><p aria-hidden="false">x</p><p hidden>x</p>
<svg aria-hidden="true" class="icon"><g><path d="M0"/></g></svg><svg style="display:none"></svg>
<a rel="author">Jane Doe</a><a rel="author"> </a><a rel="me">Jane</a><a rel="authors">Jane</a><span itemprop="author">${'x'.repeat(120)}</span>
<div class="byline">By Jane</div><div id="writtenby"></div><div class="p-author">J</div>
<template><p>inside a template</p></template>
</body></html>`;

describe("Sift's versions of Readability's checks", () => {
  const elements = allElements();

  it('_isProbablyVisible', () => {
    for (const el of elements) expect(isProbablyVisible(el), el.outerHTML.slice(0, 80)).toBe(!!proto._isProbablyVisible.call(reader, el));
  });

  it('_isElementWithoutContent', () => {
    for (const el of elements) expect(isElementWithoutContent(el), el.outerHTML.slice(0, 80)).toBe(!!proto._isElementWithoutContent.call(reader, el));
    const text = parse('<p>x</p>').body.firstChild!.firstChild!;
    expect(isElementWithoutContent(text)).toBe(!!proto._isElementWithoutContent.call(reader, text));
  });

  it('_isValidByline', () => {
    for (const el of elements) {
      const matchString = `${el.className} ${el.id}`;
      expect(isValidByline(el, matchString, reader.REGEXPS.byline), el.outerHTML.slice(0, 80)).toBe(!!proto._isValidByline.call(reader, el, matchString));
    }
  });

  it('hasNonSpaceText walks elements nested 20,000 deep without recursion', () => {
    // Built from the inside out: jsdom itself recurses over a node's ancestors when one is added.
    const doc = parse('');
    const nest = (inner: Node) => {
      let el = inner;
      for (let i = 0; i < 20_000; i++) {
        const outer = doc.createElement('div');
        outer.appendChild(el);
        el = outer;
      }
      return el;
    };
    expect(hasNonSpaceText(nest(doc.createTextNode(' \u00a0\n ')))).toBe(false);
    expect(hasNonSpaceText(nest(doc.createTextNode(' x ')))).toBe(true);
  });
});
