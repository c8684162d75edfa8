import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/auth';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  AcceptHousingProposalDocument,
  DeclineHousingProposalDocument,
  HousingPartnerHomeDocument,
  RecordHousingViewingDocument,
  StartHousingPlacementDocument,
  type HousingContractType,
  type HousingProposalFieldsFragment,
} from '../../graphql/generated/graphql';
import { HousingProposalStatusBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/field';
import { InlineTextForm } from '../../ui/inline-form';
import { Pager, useCursorPages } from '../../ui/pager';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';
import { displayName } from '../../ui/person-name';

const CONTRACTS: HousingContractType[] = ['FOUR_PLUS_FOUR', 'THREE_PLUS_TWO', 'TRANSITIONAL', 'COHOUSING_AGREEMENT'];
const euros = (amount: number) => `€${amount.toLocaleString('it-IT', { maximumFractionDigits: 2 })}`;

/**
 * A housing partner's offers (those still available) and the proposals for them. The graph returns a proposal's
 * candidate (name and household size, the agreed minimum) only while the person's consent to housing support is in
 * force, and each action only where the housing policy lets this operator take it (`viewerCan`).
 */
export function HousingPartnerScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(HousingPartnerHomeDocument, {
    variables: { organisationId: viewer.organisationId ?? '', after: pages.after },
    skip: !viewer.organisationId,
    fetchPolicy: 'cache-and-network',
  });
  if (!viewer.organisationId) return <Empty title={t('employer.noOrganisation')} />;
  if (error && !data) return <QueryError error={error} />;
  if (!data) return <Loading />;
  const offers = data.organisation.housingOffers;
  const proposals = data.housingProposals;
  return (
    <>
      <h1>{t('housing.title', { organisation: data.organisation.name })}</h1>
      <section aria-labelledby="housing-offers-title">
        <h2 id="housing-offers-title" className="h4">
          {t('housing.offers')}
        </h2>
        {offers.length === 0 && <Empty title={t('housing.noOffers')}>{t('housing.noOffersHint')}</Empty>}
        <ul className="list-unstyled">
          {offers.map((offer) => (
            <li key={offer.id} className="goal-card" data-testid="housing-offer">
              <h3 className="h5">{offer.title}</h3>
              <p className="small mb-0">
                {t(`enum.HousingKind.${offer.kind}`)} · {offer.municipality} ·{' '}
                {t('housing.rent', { rent: euros(offer.monthlyRentEuros), charges: euros(offer.chargesEuros) })} ·{' '}
                {t('housing.placesLeft', { count: offer.placesLeft, places: offer.places })} ·{' '}
                {t('housing.availableFrom', { date: offer.availableFrom })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="housing-proposals-title">
        <h2 id="housing-proposals-title" className="h4">
          {t('housing.proposals')}
        </h2>
        {loading && <Loading />}
        {proposals.edges.length === 0 && <Empty title={t('housing.noProposals')}>{t('housing.noProposalsHint')}</Empty>}
        <ul className="list-unstyled">
          {proposals.edges.map(({ node }) => (
            <ProposalItem key={node.id} proposal={node} />
          ))}
        </ul>
        <Pager pages={pages} pageInfo={proposals.pageInfo} />
      </section>
    </>
  );
}

function ProposalItem({ proposal }: { proposal: HousingProposalFieldsFragment }) {
  const { t } = useTranslation();
  const can = proposal.viewerCan;
  const { failures, run } = useFailures();
  const [contractType, setContractType] = useState<HousingContractType>('FOUR_PLUS_FOUR');
  const [startsOn, setStartsOn] = useState('');
  const [rent, setRent] = useState('');
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [recordViewing, viewing] = useMutation(RecordHousingViewingDocument, options);
  const [accept, accepting] = useMutation(AcceptHousingProposalDocument, options);
  const [decline, declining] = useMutation(DeclineHousingProposalDocument, options);
  const [startPlacement, starting] = useMutation(StartHousingPlacementDocument, options);
  const busy = viewing.loading || accepting.loading || declining.loading || starting.loading;
  const candidate = proposal.candidate;
  const id = proposal.id;
  return (
    <li className="goal-card" data-testid="housing-proposal">
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <h3 className="h5 mb-1">{proposal.offer.title}</h3>
        <HousingProposalStatusBadge status={proposal.status} />
      </div>
      <p className="mb-1">
        <strong data-testid="housing-candidate">
          {candidate
            ? t('housing.candidate', { name: displayName(candidate), count: candidate.householdSize })
            : t('housing.candidateNotShared')}
        </strong>
      </p>
      <p className="small mb-2">
        {t('housing.proposedOn', { date: proposal.proposedAt.slice(0, 10) })}
        {proposal.viewingOn && <> · {t('housing.viewingOn', { date: proposal.viewingOn })}</>}
        {proposal.placement && (
          <>
            {' '}
            ·{' '}
            {t('housing.placement', {
              contract: t(`enum.HousingContractType.${proposal.placement.contractType}`),
              date: proposal.placement.startsOn,
              rent: euros(proposal.placement.monthlyRentEuros),
            })}
          </>
        )}
      </p>
      <FailureSummary
        failures={unplacedFailures(failures, ['viewingOn', 'reason', 'input.contractType', 'input.startsOn', 'input.monthlyRentEuros'])}
      />
      {can.recordViewing && (
        <InlineTextForm
          id={`viewing-${id}`}
          type="date"
          label={t('housing.viewingLabel')}
          submitLabel={t('housing.recordViewing')}
          busy={busy}
          error={fieldError(failures, 'viewingOn')}
          onSubmit={(viewingOn) => void run(() => recordViewing({ variables: { id, viewingOn } }))}
        />
      )}
      {can.accept && (
        <div className="page-actions">
          <Button color="success" size="sm" disabled={busy} onClick={() => void run(() => accept({ variables: { id } }))}>
            {t('housing.accept')}
          </Button>
        </div>
      )}
      {can.decline && (
        <InlineTextForm
          id={`decline-${id}`}
          label={t('housing.declineReason')}
          submitLabel={t('housing.decline')}
          color="danger"
          busy={busy}
          error={fieldError(failures, 'reason')}
          onSubmit={(reason) => void run(() => decline({ variables: { id, reason } }))}
        />
      )}
      {can.startPlacement && (
        <form
          className="row g-2 align-items-start"
          onSubmit={(event) => {
            event.preventDefault();
            // A rent that is not a number goes to the graph as is, which names the field.
            void run(() =>
              startPlacement({
                variables: { id, input: { contractType, startsOn, monthlyRentEuros: rent === '' ? Number.NaN : Number(rent) } },
              }),
            );
          }}
        >
          <div className="col-md-4">
            <SelectField
              id={`contract-${id}`}
              label={t('housing.contractType')}
              value={contractType}
              onChange={(value) => setContractType(value as HousingContractType)}
              options={CONTRACTS.map((each) => ({ value: each, label: t(`enum.HousingContractType.${each}`) }))}
              error={fieldError(failures, 'input.contractType')}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`starts-${id}`}
              type="date"
              label={t('housing.startsOn')}
              value={startsOn}
              onChange={setStartsOn}
              error={fieldError(failures, 'input.startsOn')}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`rent-${id}`}
              label={t('housing.monthlyRent')}
              value={rent}
              onChange={setRent}
              error={fieldError(failures, 'input.monthlyRentEuros')}
            />
          </div>
          <div className="col-md-2">
            <Button color="primary" size="sm" type="submit" disabled={busy}>
              {t('housing.startPlacement')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
