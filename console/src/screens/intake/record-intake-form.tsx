import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/auth';
import { hasRole } from '../../auth/viewer';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  CornersDocument,
  RecordIntakeReferralDocument,
  type IntakeSource,
  type ProtectionStatus,
  type ReceptionType,
} from '../../graphql/generated/graphql';
import { SelectField, TextField } from '../../ui/field';
import { FailureSummary } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';

const SOURCES: IntakeSource[] = ['RECEPTION_MANAGING_BODY', 'OUTREACH', 'SELF', 'OTHER'];
const PROTECTION: ProtectionStatus[] = ['REFUGEE', 'SUBSIDIARY_PROTECTION'];
const RECEPTION: ReceptionType[] = ['SAI', 'CAS', 'FIRST_RECEPTION', 'OTHER'];
const TEXT_FIELDS = [
  'givenName',
  'familyName',
  'birthDate',
  'citizenship',
  'receptionExitDate',
  'province',
  'codiceFiscale',
  'contact',
] as const;

/** Referral-in: a person referred to the corner (by a reception body, outreach, themself), before any case exists. */
export function RecordIntakeForm() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const corners = useQuery(CornersDocument);
  const mine = (corners.data?.integraCorners ?? []).filter(
    (corner) => hasRole(viewer, 'network-admin') || viewer.cornerIds.includes(corner.id),
  );
  const [cornerId, setCornerId] = useState('');
  const [source, setSource] = useState<IntakeSource>('RECEPTION_MANAGING_BODY');
  const [protectionStatus, setProtectionStatus] = useState<ProtectionStatus>('REFUGEE');
  const [receptionType, setReceptionType] = useState<ReceptionType>('SAI');
  const [values, setValues] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({
    givenName: '',
    familyName: '',
    birthDate: '',
    citizenship: '',
    receptionExitDate: '',
    province: '',
    codiceFiscale: '',
    contact: '',
  });
  const { failures, run } = useFailures();
  const [recorded, setRecorded] = useState(false);
  const [record, { loading }] = useMutation(RecordIntakeReferralDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const corner = cornerId || mine[0]?.id || '';
  const shown = ['input.integraCornerId', ...TEXT_FIELDS.map((field) => `input.${field}`)];
  return (
    <form
      className="goal-card"
      aria-labelledby="record-intake-title"
      onSubmit={(event) => {
        event.preventDefault();
        setRecorded(false);
        void run(async () => {
          await record({
            variables: {
              input: {
                source,
                integraCornerId: corner,
                protectionStatus,
                receptionType,
                givenName: values.givenName,
                familyName: values.familyName,
                birthDate: values.birthDate,
                citizenship: values.citizenship.toUpperCase(),
                receptionExitDate: values.receptionExitDate,
                province: values.province.toUpperCase(),
                codiceFiscale: values.codiceFiscale || null,
                contact: values.contact || null,
              },
            },
          });
          setRecorded(true);
        });
      }}
    >
      <h2 id="record-intake-title" className="h4">
        {t('intake.recordTitle')}
      </h2>
      {recorded && <p role="status">{t('intake.recorded')}</p>}
      <FailureSummary failures={unplacedFailures(failures, shown)} />
      <div className="row">
        <div className="col-md-4">
          <SelectField
            id="intake-corner"
            label={t('caseload.corner')}
            value={corner}
            onChange={setCornerId}
            error={fieldError(failures, 'input.integraCornerId')}
            options={mine.map((each) => ({ value: each.id, label: each.name }))}
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="intake-source"
            label={t('intake.source')}
            value={source}
            onChange={(value) => setSource(value as IntakeSource)}
            options={SOURCES.map((each) => ({ value: each, label: t(`enum.IntakeSource.${each}`) }))}
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="intake-protection"
            label={t('intake.protection')}
            value={protectionStatus}
            onChange={(value) => setProtectionStatus(value as ProtectionStatus)}
            options={PROTECTION.map((each) => ({ value: each, label: t(`enum.ProtectionStatus.${each}`) }))}
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="intake-reception"
            label={t('intake.reception')}
            value={receptionType}
            onChange={(value) => setReceptionType(value as ReceptionType)}
            options={RECEPTION.map((each) => ({ value: each, label: t(`enum.ReceptionType.${each}`) }))}
          />
        </div>
        {TEXT_FIELDS.map((field) => (
          <div className="col-md-4" key={field}>
            <TextField
              id={`intake-${field}`}
              type={field === 'birthDate' || field === 'receptionExitDate' ? 'date' : 'text'}
              label={t(`intake.field.${field}`)}
              value={values[field]}
              onChange={(value) => setValues({ ...values, [field]: value })}
              error={fieldError(failures, `input.${field}`)}
            />
          </div>
        ))}
      </div>
      <Button color="primary" type="submit" disabled={loading || !corner}>
        {t('intake.recordButton')}
      </Button>
    </form>
  );
}
