import { useState } from 'preact/hooks';

/** How long "Copied" stays. */
const COPIED_MS = 1500;

/**
 * Copies a link to the clipboard. `copied` is the text copied last, for a moment (null before,
 * after, and when the clipboard refused), so that the button that copied it can say so.
 */
export function useCopy(): { copied: string | null; copy: (text: string) => Promise<void> } {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(text);
      setTimeout(() => setCopied(null), COPIED_MS);
    } catch {
      setCopied(null);
    }
  };
  return { copied, copy };
}
