import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { beneficiaryViewerCan } from '../../access/viewer-can';
import { useViewer } from '../../auth/auth';
import { MyRecordDocument } from '../../graphql/generated/graphql';
import { Loading, QueryError } from '../../ui/page-state';
import { ConsentList } from '../consent/consent-list';

/** The person's consents, what each means in plain words, and the button to withdraw or give it again. */
export function MyConsentsScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(MyRecordDocument, {
    variables: { id: viewer.beneficiaryId ?? '' },
    skip: !viewer.beneficiaryId,
  });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const me = data.beneficiary;
  const can = beneficiaryViewerCan(me);
  return (
    <>
      <h1>{t('me.consentsTitle')}</h1>
      <p>{t('me.consentsIntro')}</p>
      <ConsentList consents={me.consents} beneficiaryId={me.id} canManage={can.manageConsents} />
    </>
  );
}
