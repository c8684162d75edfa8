import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../graphql/generated/graphql';

/** Staff queries add the overlap warnings (PlanOverlapFields); the person's own view has none. */
const overlapOf = (action: object) =>
  (action as { overlapWarning?: { hasOverlap: boolean; message?: string | null } | null }).overlapWarning;

/** A plan as read: its goals, the actions towards each (with the catalogue service and any overlap), who agreed. */
export function PlanView({ plan }: { plan: PlanFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div data-testid="plan-view">
      <p>
        {t('plan.versionLine', { version: plan.version, date: plan.createdAt.slice(0, 10) })} · <PlanStatus plan={plan} />
      </p>
      <Agreement plan={plan} />
      {plan.goals.map((goal) => (
        <article key={goal.id} className="goal-card">
          <h3 className="h5">
            {t(`enum.GoalArea.${goal.area}`)}: {goal.description}
          </h3>
          <p className="small">{t('plan.targetDate', { date: goal.targetDate })}</p>
          {goal.actions.length > 0 && (
            <ul>
              {goal.actions.map((action) => (
                <li key={action.id}>
                  {action.description}
                  {action.service && <> — {action.service.name}</>} ({t(`enum.PlanActionStatus.${action.status}`)}, {action.plannedStart}
                  {action.plannedEnd ? ` → ${action.plannedEnd}` : ''})
                  {overlapOf(action)?.hasOverlap && (
                    <div className="alert alert-warning py-1 px-2 my-1" role="note">
                      {t('plan.overlap')}: {overlapOf(action)?.message}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}

export function PlanStatus({ plan }: { plan: PlanFieldsFragment }) {
  const { t } = useTranslation();
  return plan.status === 'AGREED' ? (
    <Badge color="success">{t('plan.agreed')}</Badge>
  ) : (
    <Badge color="warning" className="text-dark">
      {t('plan.draft')}
    </Badge>
  );
}

function Agreement({ plan }: { plan: PlanFieldsFragment }) {
  const { t } = useTranslation();
  const { agreement } = plan;
  return (
    <ul className="list-unstyled small">
      <li>
        {agreement.agreedByBeneficiaryAt
          ? t(agreement.agreedInPerson ? 'plan.personAgreedInPerson' : 'plan.personAgreed', {
              date: agreement.agreedByBeneficiaryAt.slice(0, 10),
            })
          : t('plan.personNotYet')}
      </li>
      <li>{agreement.agreedByTutorAt ? t('plan.tutorAgreed', { date: agreement.agreedByTutorAt.slice(0, 10) }) : t('plan.tutorNotYet')}</li>
    </ul>
  );
}
