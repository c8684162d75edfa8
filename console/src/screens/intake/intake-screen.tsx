import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  ConvertIntakeReferralDocument,
  IntakeReferralsDocument,
  RecordContactAttemptDocument,
  type ContactChannel,
  type ContactOutcome,
  type IntakeReferralsQuery,
} from '../../graphql/generated/graphql';
import { SelectField, TextField } from '../../ui/field';
import { useFailures } from '../../ui/use-failures';
import { RecordIntakeForm } from './record-intake-form';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { listName } from '../../ui/person-name';

type Intake = IntakeReferralsQuery['intakeReferrals']['edges'][number]['node'];
const CHANNELS: ContactChannel[] = ['PHONE', 'EMAIL', 'IN_PERSON', 'THROUGH_RECEPTION_BODY'];
const OUTCOMES: ContactOutcome[] = ['REACHED', 'NO_ANSWER', 'WRONG_CONTACT', 'DECLINED'];

/** Intake: people referred to the corner, the attempts to reach them, and their conversion into a case. */
export function IntakeScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(IntakeReferralsDocument, { variables: { filter: { status: 'OPEN' } } });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const referrals = data.intakeReferrals.edges.map(({ node }) => node);
  return (
    <>
      <h1>{t('intake.title')}</h1>
      <RecordIntakeForm />
      {referrals.length === 0 && <Empty title={t('intake.emptyTitle')}>{t('intake.emptyHint')}</Empty>}
      <ul className="list-unstyled">
        {referrals.map((referral) => (
          <IntakeItem key={referral.id} referral={referral} />
        ))}
      </ul>
    </>
  );
}

function IntakeItem({ referral }: { referral: Intake }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [outcome, setOutcome] = useState<ContactOutcome>('REACHED');
  const [note, setNote] = useState('');
  const { failures, run } = useFailures();
  const [record, recording] = useMutation(RecordContactAttemptDocument);
  const [convert, converting] = useMutation(ConvertIntakeReferralDocument, { refetchQueries: 'active' });
  const duplicate = failures.find((failure) => typeof failure.extensions.existingBeneficiaryId === 'string');
  return (
    <li className="goal-card" data-testid="intake-referral">
      <h2 className="h5">
        {listName(referral)} <Badge color="secondary">{t(`enum.IntakeSource.${referral.source}`)}</Badge>
      </h2>
      <p className="small">
        {referral.integraCorner.name} · {t('intake.referredOn', { date: referral.referredOn })} · {t('eligibility.receptionExit')}:{' '}
        {referral.receptionExitDate}
        {referral.referringOrganisation && <> · {referral.referringOrganisation.name}</>}
      </p>
      {referral.contactAttempts.length > 0 && (
        <ul className="small">
          {referral.contactAttempts.map((attempt) => (
            <li key={attempt.id}>
              {attempt.at.slice(0, 10)}: {t(`enum.ContactChannel.${attempt.channel}`)} — {t(`enum.ContactOutcome.${attempt.outcome}`)}
              {attempt.note ? ` (${attempt.note})` : ''}
            </li>
          ))}
        </ul>
      )}
      {duplicate ? (
        <div className="alert alert-warning" role="alert">
          {duplicate.message} <Link to={`/people/${String(duplicate.extensions.existingBeneficiaryId)}`}>{t('intake.openExisting')}</Link>
        </div>
      ) : (
        <FailureSummary failures={unplacedFailures(failures, ['input.channel', 'input.outcome', 'input.note'])} />
      )}
      <form
        className="row g-2 align-items-end"
        aria-label={t('intake.recordAttempt')}
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => record({ variables: { referralId: referral.id, input: { channel, outcome, note: note || null } } }));
        }}
      >
        <div className="col-md-3">
          <SelectField
            id={`channel-${referral.id}`}
            label={t('intake.channel')}
            value={channel}
            onChange={(value) => setChannel(value as ContactChannel)}
            error={fieldError(failures, 'input.channel')}
            options={CHANNELS.map((each) => ({ value: each, label: t(`enum.ContactChannel.${each}`) }))}
          />
        </div>
        <div className="col-md-3">
          <SelectField
            id={`outcome-${referral.id}`}
            label={t('intake.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(value as ContactOutcome)}
            error={fieldError(failures, 'input.outcome')}
            options={OUTCOMES.map((each) => ({ value: each, label: t(`enum.ContactOutcome.${each}`) }))}
          />
        </div>
        <div className="col-md-3">
          <TextField
            id={`note-${referral.id}`}
            label={t('intake.note')}
            value={note}
            onChange={setNote}
            error={fieldError(failures, 'input.note')}
          />
        </div>
        <div className="col-md-3 mb-3">
          <Button color="primary" outline size="sm" type="submit" disabled={recording.loading}>
            {t('intake.recordAttempt')}
          </Button>
        </div>
      </form>
      <Button
        color="primary"
        size="sm"
        disabled={converting.loading}
        onClick={() => void run(() => convert({ variables: { referralId: referral.id } }))}
      >
        {t('intake.convert')}
      </Button>
    </li>
  );
}
