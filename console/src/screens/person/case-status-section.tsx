import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, unplacedFailures, type Failure } from '../../graphql/errors';
import { ChangeCaseStatusDocument, ReopenCaseDocument, type CaseOutcome, type CaseStatus } from '../../graphql/generated/graphql';
import { SelectField, TextAreaField } from '../../ui/field';
import { FailureSummary } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';

/**
 * The statuses a tutor sets by hand: the assessment done (or re-modulation back to it) and the closure with its
 * outcome. PLAN_AGREED and IN_PROGRESS are not offered: the server moves the case there when the plan is agreed and
 * its first action starts.
 */
const MANUAL: CaseStatus[] = ['ASSESSED', 'CLOSED'];
const OUTCOMES: CaseOutcome[] = ['AUTONOMY_REACHED', 'PARTIAL', 'DROPPED_OUT', 'TRANSFERRED', 'INELIGIBLE'];

/** CASE_FACT_MISSING names the fact: shown in the person's words for it, next to the status chosen. */
function statusError(failures: Failure[], t: (key: string) => string): string | undefined {
  const failure = failures.find((each) => each.field === 'input.to');
  if (!failure) return undefined;
  const fact = failure.extensions.missingFact;
  return failure.code === 'CASE_FACT_MISSING' && typeof fact === 'string' ? t(`caseStatus.missingFact.${fact}`) : failure.message;
}

export function CaseStatusSection({
  person,
  canChange,
  canReopen,
}: {
  person: { id: string; caseStatus: CaseStatus; version: number };
  canChange: boolean;
  canReopen: boolean;
}) {
  const { t } = useTranslation();
  const choices = MANUAL.filter((status) => status !== person.caseStatus);
  const [to, setTo] = useState<CaseStatus>(choices[0] ?? 'CLOSED');
  const [outcome, setOutcome] = useState<CaseOutcome>('AUTONOMY_REACHED');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const { failures, run } = useFailures();
  const [change, changing] = useMutation(ChangeCaseStatusDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const [reopen, reopening] = useMutation(ReopenCaseDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const message = done && (
    <p role="status" className="mt-2 mb-0">
      {done}
    </p>
  );
  if (person.caseStatus === 'CLOSED') {
    if (!canReopen) return message || null;
    return (
      <form
        className="goal-card"
        aria-labelledby="reopen-title"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(undefined);
          void run(() => reopen({ variables: { beneficiaryId: person.id, reason, expectedVersion: person.version } })).then(
            (ok) => ok && setDone(t('caseStatus.reopened')),
          );
        }}
      >
        <h2 id="reopen-title" className="h5">
          {t('caseStatus.reopenTitle')}
        </h2>
        <FailureSummary failures={unplacedFailures(failures, ['reason'])} />
        <TextAreaField
          id="reopen-reason"
          label={t('caseStatus.reopenReason')}
          value={reason}
          onChange={setReason}
          error={fieldError(failures, 'reason')}
        />
        <Button color="primary" type="submit" disabled={reopening.loading}>
          {t('caseStatus.reopen')}
        </Button>
        {message}
      </form>
    );
  }
  if (!canChange) return message || null;
  const shown = ['input.to', 'input.outcome', 'input.note'];
  return (
    <form
      className="goal-card"
      aria-labelledby="case-status-title"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(undefined);
        void run(() =>
          change({
            variables: {
              beneficiaryId: person.id,
              input: { to, outcome: to === 'CLOSED' ? outcome : null, note: note || null, expectedVersion: person.version },
            },
          }),
        ).then((ok) => ok && setDone(t('caseStatus.changed')));
      }}
    >
      <h2 id="case-status-title" className="h5">
        {t('caseStatus.title')}
      </h2>
      <p className="small">{t('caseStatus.derived')}</p>
      <FailureSummary failures={unplacedFailures(failures, shown)} />
      <SelectField
        id="case-status-to"
        label={t('caseStatus.to')}
        value={to}
        onChange={(value) => setTo(value as CaseStatus)}
        error={statusError(failures, t)}
        options={choices.map((status) => ({ value: status, label: t(`enum.CaseStatus.${status}`) }))}
      />
      {to === 'CLOSED' && (
        <SelectField
          id="case-status-outcome"
          label={t('caseStatus.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as CaseOutcome)}
          error={fieldError(failures, 'input.outcome')}
          options={OUTCOMES.map((each) => ({ value: each, label: t(`enum.CaseOutcome.${each}`) }))}
        />
      )}
      <TextAreaField
        id="case-status-note"
        label={t('caseStatus.note')}
        value={note}
        onChange={setNote}
        error={fieldError(failures, 'input.note')}
      />
      <Button color="primary" type="submit" disabled={changing.loading}>
        {t('caseStatus.change')}
      </Button>
      {message}
    </form>
  );
}
