import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { VIEWS, viewNamed } from '../views';

describe('views, declared once', () => {
  it('have distinct names that settings can store, and labels in every UI language', () => {
    const names = VIEWS.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const v of VIEWS) {
      expect(v.name).toMatch(/^[a-z][a-z-]{0,31}$/);
      expect(en[v.label].message).toBeTruthy();
      expect(ja[v.label].message).toBeTruthy();
    }
  });

  it('a stored name that is no view opens the first view', () => {
    expect(viewNamed('sources').name).toBe('sources');
    expect(viewNamed('quotes-from-an-older-version').name).toBe(VIEWS[0].name);
    expect(viewNamed(undefined).name).toBe(VIEWS[0].name);
  });
});

describe('UI messages', () => {
  it('Japanese has every English message, with the same placeholders, and no other', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en) as [keyof typeof en, { placeholders?: object }][]) {
      expect(Object.keys((ja[key] as { placeholders?: object }).placeholders ?? {}), key).toEqual(Object.keys(value.placeholders ?? {}));
    }
  });
});
