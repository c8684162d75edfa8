import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/auth';
import { EmployerHomeDocument } from '../../graphql/generated/graphql';
import { Empty, Loading, QueryError } from '../../ui/page-state';

/** An employer's vacancies; the candidacies addressed to them join here when the labour matching lands. */
export function EmployerScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(EmployerHomeDocument, {
    variables: { organisationId: viewer.organisationId ?? '' },
    skip: !viewer.organisationId,
  });
  if (!viewer.organisationId) return <Empty title={t('employer.noOrganisation')} />;
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const vacancies = data.organisation.jobVacancies;
  return (
    <>
      <h1>{t('employer.title', { organisation: data.organisation.name })}</h1>
      {vacancies.length === 0 && <Empty title={t('employer.emptyTitle')} />}
      <ul className="list-unstyled">
        {vacancies.map((vacancy) => (
          <li key={vacancy.id} className="goal-card">
            <h2 className="h5">{vacancy.title}</h2>
            <p className="small mb-0">
              {vacancy.municipality} · {t('employer.openings', { count: vacancy.openings })} · {t(`enum.VacancyStatus.${vacancy.status}`)} ·{' '}
              {t('employer.published', { date: vacancy.publishedOn })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
