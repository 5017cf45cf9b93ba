import { useState } from 'preact/hooks';
import { t } from '@/utils/extension/i18n';

interface Props {
  markdown: () => string;
  plainText: () => string;
}

/** Copy as Markdown / as plain text, with a short "Copied" confirmation. */
export function CopyButtons({ markdown, plainText }: Props) {
  const [copied, setCopied] = useState<'md' | 'text' | 'failed' | null>(null);
  const copy = async (kind: 'md' | 'text') => {
    try {
      await navigator.clipboard.writeText(kind === 'md' ? markdown() : plainText());
      setCopied(kind);
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 1500);
  };
  return (
    <div class="copy-buttons">
      <button type="button" data-testid="copy-markdown" onClick={() => copy('md')}>
        {copied === 'md' ? t('copied') : t('copyMarkdown')}
      </button>
      <button type="button" data-testid="copy-text" onClick={() => copy('text')}>
        {copied === 'text' ? t('copied') : t('copyText')}
      </button>
      <span class="sr-only" role="status">
        {copied === 'failed' ? t('copyFailed') : copied ? t('copied') : ''}
      </span>
    </div>
  );
}
