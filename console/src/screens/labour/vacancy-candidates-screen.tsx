import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CandidatesForDocument, OpenVacanciesDocument } from '../../graphql/generated/graphql';
import { Empty, Loading, QueryError } from '../../ui/page-state';
import { MatchExplanation } from './match-explanation';
import { displayName } from '../../ui/person-name';

/** The open vacancies the caller may look for candidates for. */
export function VacanciesScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OpenVacanciesDocument, { variables: {} });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const vacancies = data.jobVacancies.edges.map((edge) => edge.node);
  return (
    <>
      <h1>{t('labour.vacanciesTitle')}</h1>
      {vacancies.length === 0 && <Empty title={t('labour.noVacancies')} />}
      <ul className="list-unstyled">
        {vacancies.map((vacancy) => (
          <li key={vacancy.id} className="goal-card">
            <h2 className="h5">
              <Link to={`/vacancies/${vacancy.id}`}>{vacancy.title}</Link>
            </h2>
            <p className="small mb-0">
              {vacancy.employer.name} · {vacancy.municipality} · {t('labour.openingsLeft', { count: vacancy.openings - vacancy.filled })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The people of the caller's corners ranked for one vacancy, with the score's reasons and gaps. */
export function VacancyCandidatesScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CandidatesForDocument, { variables: { vacancyId: id } });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const vacancy = data.jobVacancy;
  return (
    <>
      <p>
        <Link to="/vacancies">← {t('labour.vacanciesTitle')}</Link>
      </p>
      <h1>{t('labour.candidatesTitle', { title: vacancy.title })}</h1>
      <p>
        {vacancy.employer.name} · {vacancy.municipality}
      </p>
      {data.candidatesFor.length === 0 && <Empty title={t('labour.noCandidates')}>{t('labour.noCandidatesHint')}</Empty>}
      <ol className="list-unstyled">
        {data.candidatesFor.map((match) => (
          <li key={match.beneficiary.id} className="goal-card" data-testid="candidate-match">
            <h2 className="h5">
              <Link to={`/people/${match.beneficiary.id}/labour`}>{displayName(match.beneficiary)}</Link>
            </h2>
            <MatchExplanation match={match} />
          </li>
        ))}
      </ol>
    </>
  );
}
