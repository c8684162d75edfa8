import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceViewerCan } from '../../access/viewer-can';
import { useViewer } from '../../auth/auth';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  OrganisationServicesDocument,
  PublishServiceDocument,
  UpdateServiceCapacityDocument,
  WithdrawServiceDocument,
  type ServiceFieldsFragment,
} from '../../graphql/generated/graphql';
import { TextField } from '../../ui/field';
import { useFailures } from '../../ui/use-failures';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';

/** The organisation's services in the catalogue: drafts (only they see them), published, withdrawn; capacity. */
export function ServicesScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(OrganisationServicesDocument);
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const own = data.services.edges
    .map(({ node }) => node)
    .filter((service) => !viewer.organisationId || service.provider.id === viewer.organisationId);
  return (
    <>
      <h1>{t('services.title')}</h1>
      {own.length === 0 && <Empty title={t('services.emptyTitle')}>{t('services.emptyHint')}</Empty>}
      <ul className="list-unstyled">
        {own.map((service) => (
          <ServiceItem key={service.id} service={service} />
        ))}
      </ul>
    </>
  );
}

function ServiceItem({ service }: { service: ServiceFieldsFragment }) {
  const { t } = useTranslation();
  const can = serviceViewerCan(service);
  const { failures, run } = useFailures();
  const [capacity, setCapacity] = useState(service.capacity?.toString() ?? '');
  const [publish, publishing] = useMutation(PublishServiceDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawServiceDocument);
  const [updateCapacity, updating] = useMutation(UpdateServiceCapacityDocument);
  const busy = publishing.loading || withdrawing.loading || updating.loading;
  const colour = { DRAFT: 'warning', PUBLISHED: 'success', WITHDRAWN: 'secondary' }[service.publicationStatus];
  return (
    <li className="goal-card" data-testid="service">
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <h2 className="h5">{service.name}</h2>
        <Badge color={colour} className={service.publicationStatus === 'DRAFT' ? 'text-dark' : undefined}>
          {t(`enum.ServicePublicationStatus.${service.publicationStatus}`)}
        </Badge>
      </div>
      <p className="small">
        {service.programme.code} · {t(`enum.ServiceArea.${service.area}`)} · {service.provinces.join(', ')}
        {service.remainingPlaces != null && <> · {t('referral.places', { count: service.remainingPlaces })}</>}
      </p>
      <FailureSummary failures={unplacedFailures(failures, ['input.capacity'])} />
      <div className="page-actions">
        {can.publish && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => void run(() => publish({ variables: { id: service.id } }))}>
            {t('services.publish')}
          </Button>
        )}
        {can.withdraw && (
          <Button
            color="danger"
            outline
            size="sm"
            disabled={busy}
            onClick={() => void run(() => withdraw({ variables: { id: service.id } }))}
          >
            {t('services.withdraw')}
          </Button>
        )}
      </div>
      {can.update && (
        <form
          className="row g-2 align-items-start"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              updateCapacity({
                variables: { id: service.id, capacity: capacity === '' ? null : Number(capacity), expectedVersion: service.version },
              }),
            );
          }}
        >
          <div className="col-md-4">
            <TextField
              id={`capacity-${service.id}`}
              type="number"
              label={t('services.capacity')}
              value={capacity}
              onChange={setCapacity}
              error={fieldError(failures, 'input.capacity')}
            />
          </div>
          <div className="col-md-4">
            <Button color="primary" outline size="sm" type="submit" disabled={busy}>
              {t('services.saveCapacity')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
