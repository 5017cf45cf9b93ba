import type { WxtBrowser as Browser } from 'wxt/browser';
import { POINT_CHOICES } from '../engine/model';

/** The reader's choices, kept in `storage.local`. */
export interface Settings {
  /** How many of Sift's own key points to show. */
  points: (typeof POINT_CHOICES)[number];
  /** The name of the view that opens first (components/views.tsx; the UI opens the first view for a name it does not know). */
  firstView: string;
  /** Side panel: read every tab without a click (needs host permission, asked for when turned on). */
  autoSummarize: boolean;
}

export const DEFAULT_SETTINGS: Settings = { points: 5, firstView: 'points', autoSummarize: false };
const KEY = 'settings';
/** What a view's name looks like. */
const VIEW_NAME = /^[a-z][a-z-]{0,31}$/;

/** Keeps only known keys with valid values: storage is shared state, never trusted blindly. */
export function sanitizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    points: POINT_CHOICES.includes(v.points as 3) ? (v.points as Settings['points']) : DEFAULT_SETTINGS.points,
    firstView: typeof v.firstView === 'string' && VIEW_NAME.test(v.firstView) ? v.firstView : DEFAULT_SETTINGS.firstView,
    autoSummarize: typeof v.autoSummarize === 'boolean' ? v.autoSummarize : DEFAULT_SETTINGS.autoSummarize,
  };
}

export function createSettingsStore(browser: Browser) {
  return {
    async get(): Promise<Settings> {
      try {
        return sanitizeSettings((await browser.storage.local.get(KEY))[KEY]);
      } catch {
        return DEFAULT_SETTINGS;
      }
    },
    async update(change: Partial<Settings>): Promise<Settings> {
      const next = sanitizeSettings({ ...(await this.get()), ...change });
      await browser.storage.local.set({ [KEY]: next });
      return next;
    },
    /** Calls `listener` whenever the settings change (in any of Sift's pages). Returns an unsubscribe function. */
    watch(listener: (settings: Settings) => void): () => void {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && KEY in changes) listener(sanitizeSettings(changes[KEY].newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
