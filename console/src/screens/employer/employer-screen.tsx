import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/auth';
import { EmployerCandidaciesDocument, EmployerHomeDocument } from '../../graphql/generated/graphql';
import { CandidacyCard } from '../labour/person-labour-screen';
import { Empty, Loading, QueryError } from '../../ui/page-state';

/** An employer's vacancies and the candidacies addressed to them: only those the person agreed to, as their CV. */
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
      <EmployerCandidacies />
    </>
  );
}

/** The graph returns an employer only the candidacies the person agreed to, while their consent is in force. */
function EmployerCandidacies() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(EmployerCandidaciesDocument);
  return (
    <section aria-labelledby="employer-candidacies-title">
      <h2 id="employer-candidacies-title" className="h4">
        {t('employer.candidacies')}
      </h2>
      {error && <QueryError error={error} />}
      {loading && <Loading />}
      {data && data.candidacies.edges.length === 0 && <Empty title={t('employer.noCandidacies')}>{t('employer.noCandidaciesHint')}</Empty>}
      <ul className="list-unstyled">
        {data?.candidacies.edges.map(({ node }) => (
          <CandidacyCard key={node.id} candidacy={node} showCv />
        ))}
      </ul>
    </section>
  );
}
