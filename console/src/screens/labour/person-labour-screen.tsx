import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fieldErrorUnder, unplacedFailuresUnder } from '../../graphql/errors';
import {
  AgreeToCandidacyDocument,
  MoveCandidacyDocument,
  PersonLabourDocument,
  ProposeCandidacyDocument,
  RecordLabourProfileDocument,
  VacanciesForDocument,
  type CandidacyFieldsFragment,
  type EmploymentStatus,
  type LabourProfileFieldsFragment,
  type Shift,
} from '../../graphql/generated/graphql';
import { SelectField, TextField } from '../../ui/field';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';
import { MatchExplanation } from './match-explanation';
import { displayName } from '../../ui/person-name';

const STATUSES: EmploymentStatus[] = ['UNEMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'IN_TRAINEESHIP', 'IN_TRAINING', 'NOT_IN_LABOUR_FORCE'];
const SHIFTS: Shift[] = ['MORNING', 'AFTERNOON', 'NIGHT', 'WEEKEND'];

/** A person's labour side: the profile (read, or edited by the case team), the vacancies matched, the candidacies. */
export function PersonLabourScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PersonLabourDocument, { variables: { id }, errorPolicy: 'all' });
  if (loading && !data) return <Loading />;
  if (!data?.beneficiary) return <QueryError error={error} />;
  const person = data.beneficiary;
  const can = person.labourViewerCan;
  const candidacies = data.candidacies.edges.map((edge) => edge.node);
  const name = displayName(person);
  return (
    <>
      <p>
        <Link to={`/people/${person.id}`}>← {name}</Link>
      </p>
      <h1>{t('labour.title', { name })}</h1>
      <section aria-labelledby="labour-profile-title" className="mb-4">
        <h2 id="labour-profile-title" className="h4">
          {t('labour.profile')}
        </h2>
        {person.labourProfile && <ProfileSummary profile={person.labourProfile} />}
        {!person.labourProfile && !can.recordProfile && <Empty title={t('labour.noProfile')} />}
        {can.recordProfile && <ProfileForm beneficiaryId={person.id} province={person.province} profile={person.labourProfile} />}
      </section>
      <section aria-labelledby="candidacies-title" className="mb-4">
        <h2 id="candidacies-title" className="h4">
          {t('labour.candidacies')}
        </h2>
        {candidacies.length === 0 && <Empty title={t('labour.noCandidacies')}>{t('labour.noCandidaciesHint')}</Empty>}
        <ul className="list-unstyled">
          {candidacies.map((candidacy) => (
            <CandidacyCard key={candidacy.id} candidacy={candidacy} />
          ))}
        </ul>
      </section>
      {person.labourProfile && (
        <MatchedVacancies
          beneficiaryId={person.id}
          cvName={name}
          canPropose={can.proposeCandidacy}
          proposed={new Set(candidacies.map((candidacy) => candidacy.vacancy.id))}
        />
      )}
    </>
  );
}

function ProfileSummary({ profile }: { profile: LabourProfileFieldsFragment }) {
  const { t } = useTranslation();
  const none = t('labour.none');
  return (
    <dl className="row" data-testid="labour-profile">
      <dt className="col-sm-4">{t('labour.status')}</dt>
      <dd className="col-sm-8">{t(`enum.EmploymentStatus.${profile.employmentStatus}`)}</dd>
      <dt className="col-sm-4">{t('labour.cpi')}</dt>
      <dd className="col-sm-8">
        {profile.registeredWithEmploymentCentreOn ?? none} · {t('labour.did')}: {profile.immediateAvailabilityDeclaredOn ?? none}
      </dd>
      <dt className="col-sm-4">{t('labour.occupations')}</dt>
      <dd className="col-sm-8">{profile.desiredIscoCodes.join(', ') || none}</dd>
      <dt className="col-sm-4">{t('labour.availability')}</dt>
      <dd className="col-sm-8">
        {profile.availability.hoursPerWeek != null ? t('labour.hours', { count: profile.availability.hoursPerWeek }) : none} ·{' '}
        {profile.availability.shifts.map((shift) => t(`enum.Shift.${shift}`)).join(', ') || none}
        {profile.availability.availableFrom && ` · ${t('labour.from', { date: profile.availability.availableFrom })}`}
      </dd>
      <dt className="col-sm-4">{t('labour.mobility')}</dt>
      <dd className="col-sm-8">
        {[...profile.mobility.provinces, ...profile.mobility.municipalities].join(', ') || none} · {t('labour.licences')}:{' '}
        {profile.mobility.drivingLicences.join(', ') || none}
        {profile.mobility.ownVehicle && ` · ${t('labour.ownVehicle')}`}
      </dd>
    </dl>
  );
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Records the profile, or replaces it with the version read (a colleague's change answers CONFLICT). */
function ProfileForm({
  beneficiaryId,
  province,
  profile,
}: {
  beneficiaryId: string;
  province: string;
  profile: LabourProfileFieldsFragment | null;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EmploymentStatus>(profile?.employmentStatus ?? 'UNEMPLOYED');
  const [cpi, setCpi] = useState(profile?.registeredWithEmploymentCentreOn ?? '');
  const [did, setDid] = useState(profile?.immediateAvailabilityDeclaredOn ?? '');
  const [occupations, setOccupations] = useState(profile?.desiredIscoCodes.join(', ') ?? '');
  const [hours, setHours] = useState(profile?.availability.hoursPerWeek?.toString() ?? '');
  const [shifts, setShifts] = useState<Shift[]>(profile?.availability.shifts ?? []);
  const [availableFrom, setAvailableFrom] = useState(profile?.availability.availableFrom ?? '');
  const [provinces, setProvinces] = useState((profile?.mobility.provinces ?? [province]).join(', '));
  const [licences, setLicences] = useState(profile?.mobility.drivingLicences.join(', ') ?? '');
  const [ownVehicle, setOwnVehicle] = useState(profile?.mobility.ownVehicle ?? false);
  const [saved, setSaved] = useState(false);
  const { failures, run } = useFailures();
  const [record, { loading }] = useMutation(RecordLabourProfileDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const shown = [
    'input.employmentStatus',
    'input.registeredWithEmploymentCentreOn',
    'input.immediateAvailabilityDeclaredOn',
    'input.desiredIscoCodes',
    'input.hoursPerWeek',
    'input.availableFrom',
    'input.reachableProvinces',
    'input.drivingLicences',
  ];
  return (
    <form
      className="goal-card"
      aria-labelledby="labour-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(() =>
          record({
            variables: {
              input: {
                beneficiaryId,
                employmentStatus: status,
                registeredWithEmploymentCentreOn: cpi || null,
                immediateAvailabilityDeclaredOn: did || null,
                desiredIscoCodes: list(occupations),
                workExperienceYears: profile?.workExperienceYears ?? null,
                hoursPerWeek: hours ? Number(hours) : null,
                shifts,
                availableFrom: availableFrom || null,
                reachableProvinces: list(provinces),
                reachableMunicipalities: profile?.mobility.municipalities ?? [],
                drivingLicences: list(licences),
                ownVehicle,
                expectedVersion: profile?.version ?? null,
              },
            },
          }),
        ).then(setSaved);
      }}
    >
      <h3 id="labour-form-title" className="h5">
        {profile ? t('labour.edit') : t('labour.record')}
      </h3>
      <FailureSummary failures={unplacedFailuresUnder(failures, shown)} />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="labour-status"
            label={t('labour.status')}
            value={status}
            onChange={(value) => setStatus(value as EmploymentStatus)}
            error={fieldErrorUnder(failures, 'input.employmentStatus')}
            options={STATUSES.map((each) => ({ value: each, label: t(`enum.EmploymentStatus.${each}`) }))}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-occupations"
            label={t('labour.occupationsLabel')}
            hint={t('labour.occupationsHint')}
            value={occupations}
            onChange={setOccupations}
            error={fieldErrorUnder(failures, 'input.desiredIscoCodes')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-cpi"
            type="date"
            label={t('labour.cpiLabel')}
            value={cpi}
            onChange={setCpi}
            error={fieldErrorUnder(failures, 'input.registeredWithEmploymentCentreOn')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-did"
            type="date"
            label={t('labour.didLabel')}
            value={did}
            onChange={setDid}
            error={fieldErrorUnder(failures, 'input.immediateAvailabilityDeclaredOn')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-hours"
            label={t('labour.hoursLabel')}
            value={hours}
            onChange={setHours}
            error={fieldErrorUnder(failures, 'input.hoursPerWeek')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-available-from"
            type="date"
            label={t('labour.availableFromLabel')}
            value={availableFrom}
            onChange={setAvailableFrom}
            error={fieldErrorUnder(failures, 'input.availableFrom')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-provinces"
            label={t('labour.provincesLabel')}
            hint={t('labour.provincesHint')}
            value={provinces}
            onChange={setProvinces}
            error={fieldErrorUnder(failures, 'input.reachableProvinces')}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="labour-licences"
            label={t('labour.licencesLabel')}
            hint={t('labour.licencesHint')}
            value={licences}
            onChange={setLicences}
            error={fieldErrorUnder(failures, 'input.drivingLicences')}
          />
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{t('labour.shifts')}</legend>
        {SHIFTS.map((shift) => (
          <div className="form-check form-check-inline" key={shift}>
            <input
              id={`labour-shift-${shift}`}
              type="checkbox"
              checked={shifts.includes(shift)}
              onChange={(event) => setShifts(event.target.checked ? [...shifts, shift] : shifts.filter((each) => each !== shift))}
            />
            <label htmlFor={`labour-shift-${shift}`}>{t(`enum.Shift.${shift}`)}</label>
          </div>
        ))}
        <div className="form-check">
          <input id="labour-own-vehicle" type="checkbox" checked={ownVehicle} onChange={(event) => setOwnVehicle(event.target.checked)} />
          <label htmlFor="labour-own-vehicle">{t('labour.ownVehicle')}</label>
        </div>
      </fieldset>
      <Button color="primary" type="submit" disabled={loading}>
        {t('labour.save')}
      </Button>
      {saved && (
        <p role="status" className="mt-2 mb-0">
          {t('labour.saved')}
        </p>
      )}
    </form>
  );
}

/** The open vacancies ranked for the person, each with its score, the reasons and the gaps; proposing from here. */
function MatchedVacancies({
  beneficiaryId,
  cvName,
  canPropose,
  proposed,
}: {
  beneficiaryId: string;
  cvName: string;
  canPropose: boolean;
  proposed: Set<string>;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(VacanciesForDocument, { variables: { beneficiaryId } });
  const { failures, run } = useFailures();
  const [propose, proposing] = useMutation(ProposeCandidacyDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  return (
    <section aria-labelledby="matches-title" className="mb-4">
      <h2 id="matches-title" className="h4">
        {t('labour.matches')}
      </h2>
      {!canPropose && <p className="small">{t('labour.cannotPropose')}</p>}
      {error && <QueryError error={error} />}
      {loading && <Loading />}
      {data && data.vacanciesFor.length === 0 && <Empty title={t('labour.noMatches')}>{t('labour.noMatchesHint')}</Empty>}
      <FailureSummary failures={failures} />
      <ul className="list-unstyled">
        {data?.vacanciesFor.map((match) => (
          <li key={match.vacancy.id} className="goal-card" data-testid="vacancy-match">
            <h3 className="h5">
              {match.vacancy.title} · {match.vacancy.employer.name}
            </h3>
            <p className="small mb-2">{match.vacancy.municipality}</p>
            <MatchExplanation match={match} />
            <div className="page-actions mt-2">
              <Link className="btn btn-outline-secondary btn-sm" to={`/vacancies/${match.vacancy.id}`}>
                {t('labour.candidatesLink')}
              </Link>
              {canPropose && !match.excluded && !proposed.has(match.vacancy.id) && (
                <Button
                  color="primary"
                  size="sm"
                  disabled={proposing.loading}
                  onClick={() => void run(() => propose({ variables: { input: { vacancyId: match.vacancy.id, beneficiaryId, cvName } } }))}
                >
                  {t('labour.propose')}
                </Button>
              )}
              {proposed.has(match.vacancy.id) && <Badge color="primary">{t('labour.alreadyProposed')}</Badge>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A candidacy with its stages and the moves the graph allows the caller. */
export function CandidacyCard({ candidacy, showCv = false }: { candidacy: CandidacyFieldsFragment; showCv?: boolean }) {
  const { t } = useTranslation();
  const { failures, run } = useFailures();
  const [agree, agreeing] = useMutation(AgreeToCandidacyDocument);
  const [move, moving] = useMutation(MoveCandidacyDocument, { refetchQueries: 'active' });
  const busy = agreeing.loading || moving.loading;
  const can = candidacy.viewerCan;
  const moveTo = (
    to: 'SENT' | 'INTERVIEW' | 'OFFERED' | 'WITHDRAWN' | 'REJECTED' | 'DECLINED',
    reason?: 'PERSONAL_REASONS' | 'SKILLS_MISMATCH',
  ) => void run(() => move({ variables: { id: candidacy.id, to, reason: reason ?? null } }));
  return (
    <li className="goal-card" data-testid="candidacy">
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <h3 className="h5 mb-0">
          {candidacy.vacancy.title} · {candidacy.vacancy.employer.name}
        </h3>
        <Badge color="primary">{t(`enum.CandidacyStatus.${candidacy.status}`)}</Badge>
      </div>
      {showCv && (
        <dl className="row small mt-2 mb-0" data-testid="candidate-cv">
          <dt className="col-sm-4">{t('labour.cvName')}</dt>
          <dd className="col-sm-8">{candidacy.cv.name}</dd>
          <dt className="col-sm-4">{t('labour.occupations')}</dt>
          <dd className="col-sm-8">{candidacy.cv.desiredIscoCodes.join(', ') || t('labour.none')}</dd>
          <dt className="col-sm-4">{t('labour.availability')}</dt>
          <dd className="col-sm-8">
            {candidacy.cv.hoursPerWeek != null ? t('labour.hours', { count: candidacy.cv.hoursPerWeek }) : t('labour.none')} ·{' '}
            {candidacy.cv.shifts.map((shift) => t(`enum.Shift.${shift}`)).join(', ') || t('labour.none')}
          </dd>
          <dt className="col-sm-4">{t('labour.licences')}</dt>
          <dd className="col-sm-8">{candidacy.cv.drivingLicences.join(', ') || t('labour.none')}</dd>
        </dl>
      )}
      <ol className="small mt-2 mb-2" aria-label={t('labour.stages')}>
        {candidacy.history.map((step, index) => (
          <li key={index}>
            <time dateTime={step.at}>{step.at.slice(0, 10)}</time> — {t(`enum.CandidacyStatus.${step.to}`)}
            {step.reason && ` (${t(`enum.CandidacyEndReason.${step.reason}`)})`}
          </li>
        ))}
      </ol>
      <FailureSummary failures={failures} />
      <div className="page-actions mb-0">
        {can.agree && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => void run(() => agree({ variables: { id: candidacy.id } }))}>
            {t('labour.agree')}
          </Button>
        )}
        {can.send && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => moveTo('SENT')}>
            {t('labour.send')}
          </Button>
        )}
        {can.interview && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => moveTo('INTERVIEW')}>
            {t('labour.interview')}
          </Button>
        )}
        {can.offer && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => moveTo('OFFERED')}>
            {t('labour.offer')}
          </Button>
        )}
        {can.reject && (
          <Button color="secondary" outline size="sm" disabled={busy} onClick={() => moveTo('REJECTED', 'SKILLS_MISMATCH')}>
            {t('labour.reject')}
          </Button>
        )}
        {can.withdraw && (
          <Button color="secondary" outline size="sm" disabled={busy} onClick={() => moveTo('WITHDRAWN', 'PERSONAL_REASONS')}>
            {t('labour.withdraw')}
          </Button>
        )}
      </div>
    </li>
  );
}
