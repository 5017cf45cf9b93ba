import { t, type MessageKey } from '@/utils/extension/i18n';
import { useCopy } from './useCopy';

/** One "copy" button with a short "Copied" confirmation (and a spoken one, or the failure). */
export function CopyButton({ text, label, testId, pending = false }: { text: () => string; label: MessageKey; testId: string; pending?: boolean }) {
  const { copied, failed, copy } = useCopy();
  const state = failed ? 'failed' : copied !== null ? 'copied' : null;
  return (
    <>
      <button type="button" data-testid={testId} onClick={() => copy(text())} disabled={pending} aria-busy={pending || undefined}>
        {state === 'copied' ? t('copied') : t(label)}
      </button>
      <span class="sr-only" role="status">
        {state === 'failed' ? t('copyFailed') : state ? t('copied') : ''}
      </span>
    </>
  );
}

/**
 * Copy as Markdown / as plain text. `pending` while the quotations are still being read (they come
 * after the key points): a copy made then would leave them out without saying so, so the buttons
 * wait, for the few tens of milliseconds that takes. A failed read enables them again; the Quotes
 * view says what failed.
 */
export function CopyButtons({ markdown, plainText, pending = false }: { markdown: () => string; plainText: () => string; pending?: boolean }) {
  return (
    <div class="copy-buttons">
      <CopyButton text={markdown} label="copyMarkdown" testId="copy-markdown" pending={pending} />
      <CopyButton text={plainText} label="copyText" testId="copy-text" pending={pending} />
    </div>
  );
}
