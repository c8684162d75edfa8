import { useMutation } from '@apollo/client/react';
import { Badge, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../graphql/errors';
import {
  GrantConsentDocument,
  WithdrawConsentDocument,
  type ConsentFieldsFragment,
  type ConsentPurpose,
} from '../../graphql/generated/graphql';
import { useFailures } from '../../ui/use-failures';
import { FailureSummary } from '../../ui/page-state';

/**
 * A person's consents, each with what it means in plain words, withdrawn or granted again with one button. The
 * withdrawal takes effect on the next request in every subgraph: the partner's next page no longer shows them.
 */
export function ConsentList({
  consents,
  beneficiaryId,
  canManage,
}: {
  consents: ConsentFieldsFragment[];
  beneficiaryId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { failures, run } = useFailures();
  const [withdraw, withdrawing] = useMutation(WithdrawConsentDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const [grant, granting] = useMutation(GrantConsentDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const inForce = consents.filter((consent) => consent.inForce);
  // A withdrawn consent can be given again, unless the same one is already in force again.
  const withdrawn = consents.filter(
    (consent) =>
      !consent.inForce &&
      !inForce.some((other) => other.purpose === consent.purpose && other.organisation?.id === consent.organisation?.id),
  );
  const title = (consent: ConsentFieldsFragment) =>
    consent.organisation
      ? t(`consent.purpose.${consent.purpose}`, { organisation: consent.organisation.name })
      : t(`consent.purpose.${consent.purpose}`, { organisation: '' });

  return (
    <div>
      <FailureSummary failures={failures.filter((failure) => !failure.field)} />
      {consents.length === 0 && <p>{t('consent.none')}</p>}
      <ul className="list-unstyled">
        {[...inForce, ...withdrawn].map((consent) => (
          <li key={consent.id} className="goal-card" data-testid="consent">
            <div className="d-flex flex-wrap justify-content-between gap-2">
              <h3 className="h5 mb-1">{title(consent)}</h3>
              {consent.inForce ? (
                <Badge color="success">{t('consent.inForce')}</Badge>
              ) : (
                <Badge color="secondary">{t('consent.withdrawn')}</Badge>
              )}
            </div>
            <p className="mb-1">{t(`consent.explain.${consent.purpose}`, { organisation: consent.organisation?.name ?? '' })}</p>
            <p className="small mb-2">
              {consent.inForce
                ? t('consent.grantedOn', { date: consent.grantedAt.slice(0, 10) })
                : t('consent.withdrawnOn', { date: (consent.withdrawnAt ?? '').slice(0, 10) })}
            </p>
            {fieldError(failures, 'id') && consent.inForce && <div className="field-error">{fieldError(failures, 'id')}</div>}
            {canManage && consent.inForce && (
              <Button
                color="danger"
                outline
                size="sm"
                disabled={withdrawing.loading}
                onClick={() => void run(() => withdraw({ variables: { id: consent.id } }))}
                aria-label={`${t('consent.withdraw')}: ${title(consent)}`}
              >
                {t('consent.withdraw')}
              </Button>
            )}
            {canManage && !consent.inForce && (
              <Button
                color="primary"
                outline
                size="sm"
                disabled={granting.loading}
                onClick={() =>
                  void run(() =>
                    grant({
                      variables: {
                        input: {
                          beneficiaryId,
                          purpose: consent.purpose as ConsentPurpose,
                          organisationId: consent.organisation?.id ?? null,
                        },
                      },
                    }),
                  )
                }
                aria-label={`${t('consent.grantAgain')}: ${title(consent)}`}
              >
                {t('consent.grantAgain')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
