import { t } from '@/utils/extension/i18n';
import { StatusMessage } from './StatusMessage';
import { CopyButton } from './CopyButtons';

interface Props {
  message: string;
  /** What a bug report needs (utils/extension/protocol.ts, describeError); none for a browser's refusal. */
  detail?: string;
  onRetry: () => void;
}

/** The error state: what went wrong in one line, a retry, and the technical detail to copy into a bug report. */
export function ErrorState({ message, detail, onRetry }: Props) {
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
          <CopyButton text={() => detail} label="copyErrorDetails" testId="copy-error-detail" />
        </details>
      )}
    </StatusMessage>
  );
}
