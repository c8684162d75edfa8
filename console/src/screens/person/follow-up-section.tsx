import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  RecordFollowUpDocument,
  ResolveCriticalIssueDocument,
  type CriticalIssueSeverity,
  type GoalProgressStatus,
  type PersonQuery,
} from '../../graphql/generated/graphql';
import { todayInItaly } from '../../ui/dates';
import { SelectField, TextField } from '../../ui/field';
import { FailureSummary } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';

type Person = PersonQuery['beneficiary'];
const PROGRESS: GoalProgressStatus[] = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'ACHIEVED'];
const SEVERITIES: CriticalIssueSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** Follow-up: the meetings held, progress per goal, critical issues raised and resolved, and the next one due. */
export function FollowUpSection({ person, canRecord }: { person: Person; canRecord: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="followups-title" className="mb-4">
      <h2 id="followups-title" className="h4">
        {t('followUp.title')}
      </h2>
      <p>{person.nextFollowUpDue ? t('followUp.nextDue', { date: person.nextFollowUpDue }) : t('followUp.noneDue')}</p>
      <ul>
        {person.followUps.edges.map(({ node }) => (
          <li key={node.id}>
            <strong>{node.heldOn}</strong>:{' '}
            {node.goalProgress.map((progress) => t(`enum.GoalProgressStatus.${progress.progress}`)).join(', ')}
            {node.criticalIssues.length > 0 && (
              <ul>
                {node.criticalIssues.map((issue) => (
                  <CriticalIssueItem key={issue.id} issue={issue} canResolve={canRecord} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {canRecord && person.actionPlan && <RecordFollowUpForm person={person} />}
    </section>
  );
}

function CriticalIssueItem({
  issue,
  canResolve,
}: {
  issue: Person['followUps']['edges'][number]['node']['criticalIssues'][number];
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState('');
  const { failures, run } = useFailures();
  const [resolve, { loading }] = useMutation(ResolveCriticalIssueDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  return (
    <li>
      {t(`enum.CriticalIssueSeverity.${issue.severity}`)}: {issue.description}
      {issue.resolvedAt ? ` (${t('followUp.resolved')})` : ''}
      {!issue.resolvedAt && canResolve && (
        <form
          className="row g-2 align-items-start mt-2"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => resolve({ variables: { issueId: issue.id, resolution } }));
          }}
        >
          <div className="col-md-8">
            <TextField
              id={`resolution-${issue.id}`}
              label={t('followUp.resolution')}
              value={resolution}
              onChange={setResolution}
              error={fieldError(failures, 'resolution')}
            />
          </div>
          <div className="col-md-4">
            <Button color="primary" outline size="sm" type="submit" disabled={loading}>
              {t('followUp.resolve')}
            </Button>
          </div>
          <FailureSummary failures={unplacedFailures(failures, ['resolution'])} />
        </form>
      )}
    </li>
  );
}

function RecordFollowUpForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const goals = person.actionPlan?.goals ?? [];
  const [heldOn, setHeldOn] = useState(todayInItaly());
  const [progress, setProgress] = useState<Record<string, GoalProgressStatus>>({});
  const [issue, setIssue] = useState('');
  const [severity, setSeverity] = useState<CriticalIssueSeverity>('MEDIUM');
  const { failures, run } = useFailures();
  const [record, { loading }] = useMutation(RecordFollowUpDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const shown = ['input.heldOn', 'input.criticalIssues.0.description', ...goals.map((_, index) => `input.goalProgress.${index}.progress`)];
  return (
    <form
      className="goal-card"
      aria-labelledby="record-follow-up-title"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await record({
            variables: {
              beneficiaryId: person.id,
              input: {
                heldOn,
                goalProgress: goals.map((goal) => ({ goalId: goal.id, progress: progress[goal.id] ?? 'ON_TRACK' })),
                criticalIssues: issue.trim() ? [{ severity, description: issue }] : [],
              },
            },
          });
          setIssue('');
        });
      }}
    >
      <h3 id="record-follow-up-title" className="h5">
        {t('followUp.record')}
      </h3>
      <FailureSummary failures={unplacedFailures(failures, shown)} />
      <TextField
        id="follow-up-held-on"
        type="date"
        label={t('followUp.heldOn')}
        value={heldOn}
        onChange={setHeldOn}
        error={fieldError(failures, 'input.heldOn')}
      />
      {goals.map((goal, index) => (
        <SelectField
          key={goal.id}
          id={`follow-up-goal-${index}`}
          label={`${t(`enum.GoalArea.${goal.area}`)}: ${goal.description}`}
          value={progress[goal.id] ?? 'ON_TRACK'}
          onChange={(value) => setProgress({ ...progress, [goal.id]: value as GoalProgressStatus })}
          error={fieldError(failures, `input.goalProgress.${index}.progress`)}
          options={PROGRESS.map((each) => ({ value: each, label: t(`enum.GoalProgressStatus.${each}`) }))}
        />
      ))}
      <div className="row">
        <div className="col-md-8">
          <TextField
            id="follow-up-issue"
            label={t('followUp.issue')}
            hint={t('followUp.issueHint')}
            value={issue}
            onChange={setIssue}
            error={fieldError(failures, 'input.criticalIssues.0.description')}
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="follow-up-severity"
            label={t('followUp.severity')}
            value={severity}
            onChange={(value) => setSeverity(value as CriticalIssueSeverity)}
            options={SEVERITIES.map((each) => ({ value: each, label: t(`enum.CriticalIssueSeverity.${each}`) }))}
          />
        </div>
      </div>
      <Button color="primary" type="submit" disabled={loading}>
        {t('followUp.save')}
      </Button>
    </form>
  );
}
