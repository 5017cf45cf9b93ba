import { useState } from 'preact/hooks';

/** How long "Copied" (or the failure) stays. */
const COPIED_MS = 1500;

/**
 * Copies a text to the clipboard. `copied` is the text copied last, for a moment (null before and
 * after), so that the button that copied it can say so; `failed` says, for the same moment, that
 * the clipboard refused.
 */
export function useCopy(): { copied: string | null; failed: boolean; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<{ copied: string | null; failed: boolean }>({ copied: null, failed: false });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState({ copied: text, failed: false });
    } catch {
      setState({ copied: null, failed: true });
    }
    setTimeout(() => setState({ copied: null, failed: false }), COPIED_MS);
  };
  return { ...state, copy };
}
