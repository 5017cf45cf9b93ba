import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/extension/i18n';

/** One "copy" button with a short "Copied" confirmation (and a spoken one, or the failure). */
export function CopyButton({ text, label, testId }: { text: () => string; label: MessageKey; testId: string }) {
  const [state, setState] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState(null), 1500);
  };
  return (
    <>
      <button type="button" data-testid={testId} onClick={copy}>
        {state === 'copied' ? t('copied') : t(label)}
      </button>
      <span class="sr-only" role="status">
        {state === 'failed' ? t('copyFailed') : state ? t('copied') : ''}
      </span>
    </>
  );
}

/** Copy as Markdown / as plain text. */
export function CopyButtons({ markdown, plainText }: { markdown: () => string; plainText: () => string }) {
  return (
    <div class="copy-buttons">
      <CopyButton text={markdown} label="copyMarkdown" testId="copy-markdown" />
      <CopyButton text={plainText} label="copyText" testId="copy-text" />
    </div>
  );
}
