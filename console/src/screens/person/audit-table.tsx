import { useTranslation } from 'react-i18next';
import type { AuditFieldsFragment } from '../../graphql/generated/graphql';
import { momentFormat } from '../../ui/dates';
import { Empty } from '../../ui/page-state';
import { Pager, type useCursorPages } from '../../ui/pager';

/** Audit entries as a table: when, who (and for which organisation), what they did, which fields, why. */
export function AuditTable({
  entries,
  pageInfo,
  pages,
}: {
  entries: AuditFieldsFragment[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  pages: ReturnType<typeof useCursorPages>;
}) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0 && !pages.hasPrevious) return <Empty title={t('audit.empty')} />;
  const when = momentFormat(i18n.language);
  return (
    <>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('audit.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{when.format(new Date(entry.occurredAt))}</td>
                <td>
                  {entry.actor.username ?? t('audit.system')}
                  {entry.actor.organisation && <div className="small">{entry.actor.organisation.name}</div>}
                  <div className="small">{entry.actor.roles.map((role) => t(`role.${role}`, { defaultValue: role })).join(', ')}</div>
                </td>
                <td>
                  {t(`audit.operation.${entry.operation}`, { defaultValue: entry.operation })}
                  {entry.reason && <div className="small">{t('audit.reason', { reason: entry.reason })}</div>}
                </td>
                <td className="small">{entry.fields.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager pages={pages} pageInfo={pageInfo} />
    </>
  );
}
