import { Alert, Spinner } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { failuresOf, type Failure } from '../graphql/errors';

/** While a query runs: a spinner with a live label, so a screen reader hears that something is coming. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-3 my-4" role="status" aria-live="polite">
      <Spinner active small />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** An empty list says so, and what to do about it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="callout note my-4" data-testid="empty-state">
      <div className="callout-title">{title}</div>
      {children && <p className="mb-0">{children}</p>}
    </div>
  );
}

/** Errors a screen cannot place next to a field. */
export function FailureSummary({ failures, title }: { failures: Failure[]; title?: string }) {
  const { t } = useTranslation();
  if (failures.length === 0) return null;
  return (
    <Alert fade={false} color="danger" role="alert">
      <strong>{title ?? t('common.failed')}</strong>
      <ul className="mb-0">
        {failures.map((failure, index) => (
          <li key={index}>
            {failure.message}
            {failure.code && failure.code !== 'NETWORK' ? ` (${failure.code})` : ''}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** A query's error: the whole screen could not load. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <FailureSummary failures={failuresOf(error)} title={t('common.loadFailed')} />;
}
