import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { beneficiaryViewerCan } from '../../access/viewer-can';
import { failuresOf, fieldError, isConflict, unplacedFailures, type Failure } from '../../graphql/errors';
import {
  AgreeActionPlanDocument,
  DraftActionPlanDocument,
  PersonDocument,
  PlanEditorDocument,
  ReviseActionPlanDocument,
  type GoalArea,
  type PlanFieldsFragment,
} from '../../graphql/generated/graphql';
import { addDays, todayInItaly } from '../../ui/dates';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { describe, draftFromPlan, toInput, type GoalDraft } from './plan-draft';
import { PlanStatus, PlanView } from './plan-view';
import { displayName } from '../../ui/person-name';

const AREAS: GoalArea[] = ['WORK', 'HOUSING', 'LANGUAGE', 'EDUCATION', 'HEALTH', 'ADMINISTRATIVE', 'SOCIAL', 'FAMILY'];

function newGoal(): GoalDraft {
  const today = todayInItaly();
  return {
    area: 'WORK',
    description: '',
    targetDate: addDays(today, 180),
    actions: [{ description: '', plannedStart: today, plannedEnd: '', serviceId: '' }],
  };
}

/** A CONFLICT on save: the plan moved on. Kept with the tutor's own version so they can compare and re-apply. */
interface Conflict {
  mine: GoalDraft[];
  reason: string;
  fromRevision: number;
}

/** The PAI editor: goals and actions linked to catalogue services, drafting, revising with a reason, agreement. */
export function PlanEditorScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(PlanEditorDocument, { variables: { id }, errorPolicy: 'all' });
  const person = useQuery(PersonDocument, { variables: { id }, errorPolicy: 'all' });
  const plan = data?.beneficiary?.actionPlan ?? null;
  const [goals, setGoals] = useState<GoalDraft[]>([]);
  const [reason, setReason] = useState('');
  const [failures, setFailures] = useState<Failure[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<string>();
  const [draft, drafting] = useMutation(DraftActionPlanDocument);
  const [revise, revising] = useMutation(ReviseActionPlanDocument);
  const [agree, agreeing] = useMutation(AgreeActionPlanDocument);
  const [loadedRevision, setLoadedRevision] = useState<number | null | undefined>(undefined);

  // The working copy starts from the plan in force (or one empty goal) once it has loaded.
  useEffect(() => {
    if (!data?.beneficiary || loadedRevision !== undefined) return;
    setGoals(plan ? draftFromPlan(plan) : [newGoal()]);
    setLoadedRevision(plan?.revision ?? null);
  }, [data, plan, loadedRevision]);

  if (loading && !data) return <Loading />;
  if (!data?.beneficiary || !person.data?.beneficiary) return person.loading ? <Loading /> : <QueryError error={error ?? person.error} />;
  const beneficiary = data.beneficiary;
  const can = beneficiaryViewerCan(person.data.beneficiary);
  const editable = plan ? can.reviseActionPlan : can.draftActionPlan;
  const services = data.services.edges.map(({ node }) => node);
  const busy = drafting.loading || revising.loading || agreeing.loading;

  const afterSave = async (next: PlanFieldsFragment, message: string) => {
    setGoals(draftFromPlan(next));
    setReason('');
    setConflict(null);
    setLoadedRevision(next.revision);
    setSaved(message);
    await Promise.all([refetch(), client.refetchQueries({ include: [PersonDocument] })]);
  };

  const save = async (expectedRevision = plan?.revision) => {
    setFailures([]);
    setSaved(undefined);
    try {
      if (!plan) {
        const result = await draft({ variables: { beneficiaryId: beneficiary.id, input: { goals: toInput(goals) } } });
        await afterSave(result.data!.draftActionPlan, t('plan.savedDraft'));
      } else {
        const result = await revise({
          variables: { planId: plan.id, input: { expectedRevision: expectedRevision!, reason, goals: toInput(goals) } },
        });
        await afterSave(result.data!.reviseActionPlan, t('plan.savedRevision'));
      }
    } catch (caught) {
      const found = failuresOf(caught);
      if (isConflict(found) && plan && found.some((failure) => 'currentRevision' in failure.extensions)) {
        // Someone else saved first: keep this version, load theirs, and let the tutor choose.
        setConflict({ mine: goals, reason, fromRevision: expectedRevision ?? plan.revision });
        await refetch();
      } else setFailures(found);
    }
  };

  const agreePlan = async (inPerson: boolean) => {
    if (!plan) return;
    setFailures([]);
    setSaved(undefined);
    try {
      const result = await agree({ variables: { planId: plan.id, input: { expectedRevision: plan.revision, agreedInPerson: inPerson } } });
      await afterSave(result.data!.agreeActionPlan, t('plan.savedAgreement'));
    } catch (caught) {
      setFailures(failuresOf(caught));
    }
  };

  const update = (index: number, change: Partial<GoalDraft>) =>
    setGoals(goals.map((goal, at) => (at === index ? { ...goal, ...change } : goal)));
  const shownFields = [
    'input.reason',
    'input.goals',
    ...goals.flatMap((goal, g) => [
      `input.goals.${g}.description`,
      `input.goals.${g}.targetDate`,
      ...goal.actions.flatMap((_, a) =>
        ['description', 'plannedStart', 'plannedEnd', 'serviceId'].map((field) => `input.goals.${g}.actions.${a}.${field}`),
      ),
    ]),
  ];

  return (
    <>
      <p>
        <Link to={`/people/${beneficiary.id}`}>← {displayName(beneficiary)}</Link>
      </p>
      <h1>{plan ? t('plan.editTitle') : t('plan.draftTitle')}</h1>
      {plan && (
        <p>
          {t('plan.versionLine', { version: plan.version, date: plan.createdAt.slice(0, 10) })} ·{' '}
          {t('plan.revision', { revision: plan.revision })} · <PlanStatus plan={plan} />
        </p>
      )}
      {saved && (
        <Alert fade={false} color="success" role="status">
          {saved}
        </Alert>
      )}
      {conflict && plan && (
        <ConflictPanel
          conflict={conflict}
          current={plan}
          busy={busy}
          onReapply={() => {
            setGoals(conflict.mine);
            setReason(conflict.reason);
            void save(plan.revision);
          }}
          onDiscard={() => {
            setGoals(draftFromPlan(plan));
            setReason('');
            setConflict(null);
            setLoadedRevision(plan.revision);
          }}
        />
      )}
      <FailureSummary failures={unplacedFailures(failures, shownFields)} />

      {plan && (can.agreeActionPlan || plan.status === 'DRAFT') && (
        <section className="goal-card mb-4" aria-labelledby="agree-title">
          <h2 className="h4" id="agree-title">
            {t('plan.agreement')}
          </h2>
          <PlanView plan={plan} />
          {can.agreeActionPlan ? (
            <div className="page-actions">
              {!plan.agreement.agreedByBeneficiaryAt && (
                <Button color="primary" disabled={busy} onClick={() => void agreePlan(true)}>
                  {t('plan.agreeWithPerson')}
                </Button>
              )}
              {!plan.agreement.agreedByTutorAt && (
                <Button color="primary" outline disabled={busy} onClick={() => void agreePlan(false)}>
                  {t('plan.agreeAsTutor')}
                </Button>
              )}
            </div>
          ) : (
            <p>{t('plan.agreementNotYours')}</p>
          )}
          {fieldError(failures, 'input.agreedInPerson') && (
            <div className="field-error">{fieldError(failures, 'input.agreedInPerson')}</div>
          )}
        </section>
      )}

      {!editable && plan && <PlanView plan={plan} />}
      {!editable && !plan && <p>{t('plan.cannotDraft')}</p>}
      {editable && (
        <form
          aria-label={plan ? t('plan.editTitle') : t('plan.draftTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {fieldError(failures, 'input.goals') && <div className="field-error">{fieldError(failures, 'input.goals')}</div>}
          {goals.map((goal, g) => (
            <fieldset key={g} className="goal-card">
              <legend className="h5">{t('plan.goalNumber', { number: g + 1 })}</legend>
              <div className="row">
                <div className="col-md-4">
                  <SelectField
                    id={`goal-${g}-area`}
                    label={t('plan.area')}
                    value={goal.area}
                    onChange={(value) => update(g, { area: value as GoalArea })}
                    options={AREAS.map((area) => ({ value: area, label: t(`enum.GoalArea.${area}`) }))}
                  />
                </div>
                <div className="col-md-4">
                  <TextField
                    id={`goal-${g}-target`}
                    type="date"
                    label={t('plan.targetDateLabel')}
                    value={goal.targetDate}
                    onChange={(value) => update(g, { targetDate: value })}
                    error={fieldError(failures, `input.goals.${g}.targetDate`)}
                  />
                </div>
              </div>
              <TextAreaField
                id={`goal-${g}-description`}
                label={t('plan.goalDescription')}
                value={goal.description}
                onChange={(value) => update(g, { description: value })}
                error={fieldError(failures, `input.goals.${g}.description`)}
              />
              {goal.actions.map((action, a) => {
                const at = `input.goals.${g}.actions.${a}`;
                const setAction = (change: Partial<typeof action>) =>
                  update(g, { actions: goal.actions.map((each, index) => (index === a ? { ...each, ...change } : each)) });
                return (
                  <div key={a} className="border-start ps-3 mb-3">
                    <h4 className="h6 mb-4">{t('plan.actionNumber', { number: a + 1 })}</h4>
                    <TextField
                      id={`goal-${g}-action-${a}-description`}
                      label={t('plan.actionDescription')}
                      value={action.description}
                      onChange={(value) => setAction({ description: value })}
                      error={fieldError(failures, `${at}.description`)}
                    />
                    <div className="row">
                      <div className="col-md-4">
                        <TextField
                          id={`goal-${g}-action-${a}-start`}
                          type="date"
                          label={t('plan.plannedStart')}
                          value={action.plannedStart}
                          onChange={(value) => setAction({ plannedStart: value })}
                          error={fieldError(failures, `${at}.plannedStart`)}
                        />
                      </div>
                      <div className="col-md-4">
                        <TextField
                          id={`goal-${g}-action-${a}-end`}
                          type="date"
                          label={t('plan.plannedEnd')}
                          value={action.plannedEnd}
                          onChange={(value) => setAction({ plannedEnd: value })}
                          error={fieldError(failures, `${at}.plannedEnd`)}
                        />
                      </div>
                      <div className="col-md-4">
                        <SelectField
                          id={`goal-${g}-action-${a}-service`}
                          label={t('plan.service')}
                          value={action.serviceId}
                          onChange={(value) => setAction({ serviceId: value })}
                          error={fieldError(failures, `${at}.serviceId`)}
                          options={[
                            { value: '', label: t('plan.noService') },
                            ...services.map((service) => ({ value: service.id, label: `${service.name} (${service.provider.name})` })),
                          ]}
                        />
                      </div>
                    </div>
                    {goal.actions.length > 1 && (
                      <Button
                        color="danger"
                        outline
                        size="sm"
                        onClick={() => update(g, { actions: goal.actions.filter((_, index) => index !== a) })}
                      >
                        {t('plan.removeAction')}
                      </Button>
                    )}
                  </div>
                );
              })}
              <div className="page-actions">
                <Button
                  color="primary"
                  outline
                  size="sm"
                  onClick={() =>
                    update(g, {
                      actions: [...goal.actions, { description: '', plannedStart: todayInItaly(), plannedEnd: '', serviceId: '' }],
                    })
                  }
                >
                  {t('plan.addAction')}
                </Button>
                {goals.length > 1 && (
                  <Button color="danger" outline size="sm" onClick={() => setGoals(goals.filter((_, index) => index !== g))}>
                    {t('plan.removeGoal')}
                  </Button>
                )}
              </div>
            </fieldset>
          ))}
          <div className="page-actions">
            <Button color="primary" outline onClick={() => setGoals([...goals, newGoal()])}>
              {t('plan.addGoal')}
            </Button>
          </div>
          {plan && (
            <TextAreaField
              id="plan-reason"
              label={t('plan.reason')}
              hint={t('plan.reasonHint')}
              value={reason}
              onChange={setReason}
              error={fieldError(failures, 'input.reason')}
            />
          )}
          <Button color="primary" type="submit" disabled={busy}>
            {busy ? t('common.saving') : plan ? t('plan.saveRevision') : t('plan.saveDraft')}
          </Button>
        </form>
      )}
    </>
  );
}

/** What changed since the tutor opened the plan, their version beside the one in force, and the two ways out. */
function ConflictPanel({
  conflict,
  current,
  busy,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict;
  current: PlanFieldsFragment;
  busy: boolean;
  onReapply(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation();
  const area = (value: GoalArea) => t(`enum.GoalArea.${value}`);
  const theirs = describe(draftFromPlan(current), area);
  const mine = describe(conflict.mine, area);
  return (
    <section className="alert alert-warning" role="alert" aria-labelledby="conflict-title" data-testid="plan-conflict">
      <h2 id="conflict-title" className="h4">
        {t('plan.conflictTitle')}
      </h2>
      <p>{t('plan.conflictExplain', { from: conflict.fromRevision, to: current.revision })}</p>
      <div className="row">
        <div className="col-md-6">
          <h3 className="h6">{t('plan.conflictMine')}</h3>
          <ul className="list-unstyled">
            {mine.map((line, index) => (
              <li key={index} className={theirs.includes(line) ? undefined : 'diff-added'}>
                {line}
              </li>
            ))}
          </ul>
        </div>
        <div className="col-md-6">
          <h3 className="h6">{t('plan.conflictTheirs', { revision: current.revision })}</h3>
          <ul className="list-unstyled">
            {theirs.map((line, index) => (
              <li key={index} className={mine.includes(line) ? undefined : 'diff-removed'}>
                {line}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="page-actions">
        <Button color="primary" disabled={busy} onClick={onReapply}>
          {t('plan.conflictReapply', { revision: current.revision })}
        </Button>
        <Button color="secondary" outline disabled={busy} onClick={onDiscard}>
          {t('plan.conflictDiscard')}
        </Button>
      </div>
    </section>
  );
}
