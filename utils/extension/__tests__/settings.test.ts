import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore, DEFAULT_SETTINGS, sanitizeSettings } from '../settings';
import type { WxtBrowser } from 'wxt/browser';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());
  const store = () => createSettingsStore(fakeBrowser as unknown as WxtBrowser);

  it('starts from the defaults', async () => {
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers the number of points', async () => {
    await store().update({ points: 7 });
    expect((await store().get()).points).toBe(7);
  });

  it('drops invalid stored values', () => {
    expect(sanitizeSettings({ points: 4, firstView: '<img src=x>', autoSummarize: 'yes', extra: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ firstView: 42 }).firstView).toBe(DEFAULT_SETTINGS.firstView);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes', async () => {
    const seen: number[] = [];
    const stop = store().watch((s) => seen.push(s.points));
    await store().update({ points: 3 });
    stop();
    await store().update({ points: 5 });
    expect(seen).toEqual([3]);
  });
});
