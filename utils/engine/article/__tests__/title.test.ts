import { describe, expect, it } from 'vitest';
import { headlineOf } from '../title';

describe('headlineOf: the headline, not the document title with the site name', () => {
  it("cuts a site name named by the domain, spaced separators (the issue's NHK and Google Cloud titles)", () => {
    expect(
      headlineOf({
        declared: ['ノートルダム大聖堂 再建に数百億円か 支援の動き広がる | NHKニュース'],
        h1s: [],
        url: 'https://www3.nhk.or.jp/news/html/20190417/k1.html',
      }),
    ).toBe('ノートルダム大聖堂 再建に数百億円か 支援の動き広がる');
    expect(headlineOf({ declared: ['What is Cloud Computing? | Google Cloud'], h1s: [], url: 'https://cloud.google.com/learn/what-is-cloud-computing' })).toBe(
      'What is Cloud Computing?',
    );
  });

  it('cuts a site name named by og:site_name, also before the headline and without spaces around the bar', () => {
    expect(
      headlineOf({
        declared: ['Frommers | The 10 Best (and Cheapest) Airfare Search Sites for 2026'],
        h1s: [],
        siteName: 'Frommers',
        url: 'https://www.frommers.com/tips/airfare',
      }),
    ).toBe('The 10 Best (and Cheapest) Airfare Search Sites for 2026');
    expect(headlineOf({ declared: ['日米首脳会談の全文｜毎日新聞'], h1s: [], siteName: '毎日新聞', url: 'https://mainichi.jp/articles/1' })).toBe(
      '日米首脳会談の全文',
    );
    expect(
      headlineOf({
        declared: ['Healthy Eating Plate • The Nutrition Source'],
        h1s: [],
        siteName: 'The Nutrition Source - Harvard Chan School',
        url: 'https://nutritionsource.hsph.harvard.edu/x/',
      }),
    ).toBe('Healthy Eating Plate');
  });

  it('keeps a title whose parts name no site (a colon is part of the headline)', () => {
    expect(headlineOf({ declared: ['Stop Nesting Database Systems: A Case Study'], h1s: [], siteName: 'CedarDB', url: 'https://cedardb.com/blog/x' })).toBe(
      'Stop Nesting Database Systems: A Case Study',
    );
    // wcxb-dev tj-0023: the blog's name is not the domain's, nothing is cut.
    expect(
      headlineOf({
        declared: ['新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::'],
        h1s: ['痞客邦 PIXNET'],
        siteName: '史蒂文的家_藍天',
        url: 'http://fakehost/test/page.html',
      }),
    ).toBe('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::');
  });

  it('prefers the visible <h1> when it says the same thing in nearly the same words; passes over logos and section names (wcxb-dev tj-1708, tj-0071, tj-0373)', () => {
    expect(
      headlineOf({
        declared: ['Top 30 Fine Art Photography Artists in the World — CAI'],
        h1s: ['Top 30 Fine Art Photography Artists in the World'],
        siteName: 'Contemporary Art Issue - Platform, Publisher & Gallery on Contemporary Art',
        url: 'https://www.contemporaryartissue.com/top-30-fine-art-photography-artists/',
      }),
    ).toBe('Top 30 Fine Art Photography Artists in the World');
    expect(
      headlineOf({
        declared: ["Budget Traveler's Guide To Travel Insurance - Budget Travel With Gabby"],
        h1s: ['Budget Travel With Gabby', 'Budget Traveler’s Guide To Travel Insurance'],
        siteName: 'Budget Travel With Gabby',
        url: 'https://budgettravelwithgabby.com/travel-insurance/',
      }),
    ).toBe("Budget Traveler's Guide To Travel Insurance");
    expect(headlineOf({ declared: ["Actuary's Industry Choice - Consulting or Insurance?"], h1s: ['Our BLOG'], url: 'https://www.smithhanley.com/x' })).toBe(
      "Actuary's Industry Choice - Consulting or Insurance?",
    );
  });

  it('keeps the declared title when the <h1> is worded differently or only changes its punctuation (wcxb-dev tj-0111, tj-0478; readability-pages theverge)', () => {
    expect(
      headlineOf({
        declared: ['2025 Plumbing Price Guide: Average Rates & How to Estimate'],
        h1s: ['Plumbing Pricing Guide 2025: Learn Average Rates & How to Price Jobs Profitably'],
        url: 'https://www.housecallpro.com/resources/plumbing-pricing-guide/',
      }),
    ).toBe('2025 Plumbing Price Guide: Average Rates & How to Estimate');
    expect(
      headlineOf({
        declared: ['Apple’s Vision Pro hands-on: the Retina display moment for headsets - The Verge'],
        h1s: ['Apple’s Vision Pro is the Retina display moment for headsets'],
        siteName: 'The Verge',
        url: 'https://www.theverge.com/2023/6/5/vision-pro',
      }),
    ).toBe('Apple’s Vision Pro hands-on: the Retina display moment for headsets');
    expect(
      headlineOf({
        declared: ['Brains Are Not Required When It Comes to Thinking--Simple Cells Can Do It'],
        h1s: ['Brains Are Not Required When It Comes to Thinking—Simple Cells Can Do It'],
        url: 'https://www.scientificamerican.com/article/brains/',
      }),
    ).toBe('Brains Are Not Required When It Comes to Thinking--Simple Cells Can Do It');
  });

  it('leaves a date stamp out of the <h1> (wcxb-dev tj-0450)', () => {
    expect(
      headlineOf({
        declared: ["Preparing a transition in Debusine | Colin Watson's blog"],
        h1s: ['Dec 18 2025 Preparing a transition in Debusine'],
        siteName: "Colin Watson's blog",
        url: 'https://www.chiark.greenend.org.uk/~cjwatson/blog/x.html',
      }),
    ).toBe('Preparing a transition in Debusine');
  });

  it('falls back to what there is', () => {
    expect(headlineOf({ declared: [undefined, '', '  Plain title  '], h1s: [], url: 'not a url' })).toBe('Plain title');
    expect(headlineOf({ declared: [], h1s: [], url: '' })).toBe('');
  });
});
