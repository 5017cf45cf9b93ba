import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'info' | 'loading' | 'error';
  children: ComponentChildren;
}

/** Every state that is not the article itself: loading, restricted, no access, not an article, errors. */
export function StatusMessage({ tone, children }: Props) {
  return (
    <div class={`status status-${tone}`} data-testid="status" role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {children}
    </div>
  );
}
