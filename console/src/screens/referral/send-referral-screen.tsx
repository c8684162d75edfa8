import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { failuresOf, type Failure } from '../../graphql/errors';
import { EligibleServicesDocument, SendReferralDocument } from '../../graphql/generated/graphql';
import { addDays, todayInItaly } from '../../ui/dates';
import { Empty, Loading, QueryError } from '../../ui/page-state';
import { displayName } from '../../ui/person-name';

const RESPONSE_DAYS = 14;

/** Services the person is eligible for now, ranked with the reasons and any overlap, and the referral to send. */
export function SendReferralScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(EligibleServicesDocument, { variables: { id } });
  const [send, sending] = useMutation(SendReferralDocument, { refetchQueries: 'active' });
  const [failures, setFailures] = useState<Record<string, Failure[]>>({});
  const [sent, setSent] = useState<Record<string, string>>({});
  if (loading && !data) return <Loading />;
  if (!data) return <QueryError error={error} />;
  const person = data.beneficiary;
  const sharingWith = new Set(
    person.consents
      .filter((consent) => consent.inForce && consent.purpose === 'SHARE_WITH_ORGANISATION')
      .map((consent) => consent.organisation?.id),
  );
  return (
    <>
      <p>
        <Link to={`/people/${person.id}`}>← {displayName(person)}</Link>
      </p>
      <h1>{t('referral.title')}</h1>
      {person.eligibleServices.length === 0 && <Empty title={t('referral.noneTitle')}>{t('referral.noneHint')}</Empty>}
      <ul className="list-unstyled">
        {person.eligibleServices.map(({ service, reasons, overlap }) => {
          const consented = sharingWith.has(service.provider.id);
          const rowFailures = failures[service.id] ?? [];
          return (
            <li key={service.id} className="goal-card" data-testid="eligible-service">
              <h2 className="h5">{service.name}</h2>
              <p className="mb-1">
                {service.provider.name} · {t(`enum.ServiceArea.${service.area}`)}
                {service.remainingPlaces != null && <> · {t('referral.places', { count: service.remainingPlaces })}</>}
              </p>
              <ul className="small">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {overlap.hasOverlap && (
                <div className="alert alert-warning py-1 px-2" role="note">
                  {t('plan.overlap')}: {overlap.message}
                </div>
              )}
              {!consented && (
                <Badge color="warning" className="text-dark mb-2">
                  {t('referral.needsConsent', { organisation: service.provider.name })}
                </Badge>
              )}
              {rowFailures.map((failure, index) => (
                <div key={index} className="field-error" role="alert">
                  {failure.message}
                </div>
              ))}
              {sent[service.id] ? (
                <Alert fade={false} color="success" role="status">
                  {sent[service.id]}
                </Alert>
              ) : (
                <Button
                  color="primary"
                  size="sm"
                  disabled={sending.loading}
                  aria-label={`${t('referral.send')}: ${service.name}`}
                  onClick={async () => {
                    setFailures({ ...failures, [service.id]: [] });
                    try {
                      const result = await send({
                        variables: {
                          input: {
                            beneficiaryId: person.id,
                            serviceId: service.id,
                            fromCornerId: person.integraCorner.id,
                            responseDueOn: addDays(todayInItaly(), RESPONSE_DAYS),
                          },
                        },
                      });
                      const referral = result.data!.sendReferral;
                      setSent({
                        ...sent,
                        [service.id]: t('referral.sent', { organisation: referral.toOrganisation.name, date: referral.responseDueOn }),
                      });
                    } catch (caught) {
                      setFailures({ ...failures, [service.id]: failuresOf(caught) });
                    }
                  }}
                >
                  {t('referral.send')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
