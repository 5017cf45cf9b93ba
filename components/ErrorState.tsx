import { Component, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/extension/i18n';
import { describeError } from '@/utils/extension/protocol';
import { StatusMessage } from './StatusMessage';

interface Props {
  message: string;
  /** What a bug report needs (utils/extension/protocol.ts, describeError); none for a browser's refusal. */
  detail?: string;
  onRetry: () => void;
}

/** The error state: what went wrong in one line, a retry, and the technical detail to copy into a bug report. */
export function ErrorState({ message, detail, onRetry }: Props) {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(detail ?? message);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 1500);
  };
  return (
    <StatusMessage tone="error">
      <p>{t('error', message)}</p>
      <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
        {t('retry')}
      </button>
      {detail && (
        <details class="error-detail" data-testid="error-detail">
          <summary>{t('errorDetails')}</summary>
          <pre>{detail}</pre>
          <button type="button" data-testid="copy-error-detail" onClick={copy}>
            {copied === 'ok' ? t('copied') : t('copyErrorDetails')}
          </button>
          <span class="sr-only" role="status">
            {copied === 'failed' ? t('copyFailed') : copied ? t('copied') : ''}
          </span>
        </details>
      )}
    </StatusMessage>
  );
}

/**
 * Shows the error state instead of its children when rendering them throws (a bug in Sift), so
 * that the panel is never left blank. Give it a `key` that changes on retry to start afresh.
 */
export class ErrorBoundary extends Component<{ onRetry: () => void; children: ComponentChildren }, { failure: { message: string; detail: string } | null }> {
  override state = { failure: null as { message: string; detail: string } | null };

  override componentDidCatch(error: unknown): void {
    this.setState({ failure: describeError(error, 'render') });
  }

  override render() {
    const { failure } = this.state;
    return failure ? <ErrorState message={failure.message} detail={failure.detail} onRetry={this.props.onRetry} /> : this.props.children;
  }
}
