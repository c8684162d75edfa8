import { useTranslation } from 'react-i18next';
import type { MatchFieldsFragment } from '../../graphql/generated/graphql';

/** A match's score, each factor with its weight and the server's explanation, and the gaps; or why it is excluded. */
export function MatchExplanation({ match }: { match: MatchFieldsFragment }) {
  const { t } = useTranslation();
  const score = Math.round(match.score * 100);
  return (
    <div data-testid="match-explanation">
      <p className="mb-1">
        <strong>{match.excluded ? t('labour.excluded') : t('labour.score', { score })}</strong>
      </p>
      <ul className="small mb-1">
        {match.factors.map((factor) => (
          <li key={factor.name}>
            {t(`enum.MatchFactorName.${factor.name}`)} ({t('labour.weight', { weight: Math.round(factor.weight * 100) })}
            {factor.value != null && `, ${Math.round(factor.value * 100)}%`}): {factor.explanation}
          </li>
        ))}
      </ul>
      {match.gaps.length > 0 && (
        <>
          <p className="small mb-0 fw-semibold">{t('labour.gaps')}</p>
          <ul className="small mb-0">
            {match.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
