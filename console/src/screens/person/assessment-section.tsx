import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import { RecordLanguageLevelDocument, type CefrLevel, type PersonQuery } from '../../graphql/generated/graphql';
import { todayInItaly } from '../../ui/dates';
import { SelectField, TextField } from '../../ui/field';
import { FailureSummary } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';

const LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const LANGUAGES = ['it', 'en', 'fr', 'ar', 'ti', 'so', 'fa', 'uk'];

/** Assessment (WP2): the languages the person speaks, Italian first (services ask for a minimum level). */
export function AssessmentSection({ person, canRecord }: { person: PersonQuery['beneficiary']; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const [language, setLanguage] = useState('it');
  const [level, setLevel] = useState<CefrLevel>('A2');
  const [assessedOn, setAssessedOn] = useState(todayInItaly());
  const { failures, run } = useFailures();
  const [record, { loading }] = useMutation(RecordLanguageLevelDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const fields = ['input.language', 'input.level', 'input.assessedOn'];
  return (
    <section aria-labelledby="assessment-title" className="mb-4">
      <h2 id="assessment-title" className="h4">
        {t('assessment.title')}
      </h2>
      <p>
        {t('assessment.employability', {
          band: person.employability.band,
          score: person.employability.score,
          max: person.employability.maxScore,
        })}
      </p>
      {person.languages.length === 0 ? (
        <p>{t('assessment.noLanguages')}</p>
      ) : (
        <ul>
          {person.languages.map((entry) => (
            <li key={entry.language}>
              {names.of(entry.language)}: {entry.level} ({entry.assessedOn})
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <form
          className="goal-card"
          aria-label={t('assessment.recordLanguage')}
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => record({ variables: { beneficiaryId: person.id, input: { language, level, assessedOn } } }));
          }}
        >
          <h3 className="h5">{t('assessment.recordLanguage')}</h3>
          <FailureSummary failures={unplacedFailures(failures, fields)} />
          <div className="row">
            <div className="col-md-4">
              <SelectField
                id="language-code"
                label={t('assessment.language')}
                value={language}
                onChange={setLanguage}
                error={fieldError(failures, 'input.language')}
                options={LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code }))}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                id="language-level"
                label={t('assessment.level')}
                value={level}
                onChange={(value) => setLevel(value as CefrLevel)}
                error={fieldError(failures, 'input.level')}
                options={LEVELS.map((each) => ({ value: each, label: each }))}
              />
            </div>
            <div className="col-md-4">
              <TextField
                id="language-assessed-on"
                type="date"
                label={t('assessment.assessedOn')}
                value={assessedOn}
                onChange={setAssessedOn}
                error={fieldError(failures, 'input.assessedOn')}
              />
            </div>
          </div>
          <Button color="primary" type="submit" disabled={loading}>
            {t('assessment.save')}
          </Button>
        </form>
      )}
    </section>
  );
}
