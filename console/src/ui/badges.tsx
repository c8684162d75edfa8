import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS: Record<string, string> = {
  REFERRED: 'secondary',
  ENROLLED: 'primary',
  ASSESSED: 'primary',
  PLAN_AGREED: 'success',
  IN_PROGRESS: 'success',
  CLOSED: 'dark',
};

export function CaseStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOURS[status] ?? 'secondary'}>{t(`enum.CaseStatus.${status}`)}</Badge>;
}

/** The 18-month window: closed, closing within 60 days (warning), or open. */
export function EligibilityBadge({
  eligibility,
}: {
  eligibility: { eligible: boolean; windowClosesOn: string; daysLeft?: number | null };
}) {
  const { t } = useTranslation();
  if (!eligibility.eligible) return <Badge color="danger">{t('eligibility.notEligible')}</Badge>;
  // daysLeft counts only for people not yet enrolled: once enrolled, the window no longer closes on them.
  if (eligibility.daysLeft == null) return <Badge color="success">{t('eligibility.eligible')}</Badge>;
  const daysLeft = eligibility.daysLeft;
  return (
    <Badge color={daysLeft <= 60 ? 'warning' : 'success'} className={daysLeft <= 60 ? 'text-dark' : undefined}>
      {t('eligibility.windowCloses', { date: eligibility.windowClosesOn, count: daysLeft })}
    </Badge>
  );
}

export function ReferralStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const colour = {
    SENT: 'primary',
    RECEIVED: 'primary',
    ACCEPTED: 'success',
    COMPLETED: 'dark',
    REJECTED: 'danger',
    CANCELLED: 'secondary',
    EXPIRED: 'warning',
  }[status];
  return <Badge color={colour ?? 'secondary'}>{t(`enum.ReferralStatus.${status}`)}</Badge>;
}

export function HousingProposalStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const colour = {
    PROPOSED: 'primary',
    VIEWING: 'primary',
    ACCEPTED: 'success',
    PLACED: 'success',
    DECLINED: 'danger',
    WITHDRAWN: 'secondary',
    ENDED: 'dark',
  }[status];
  return <Badge color={colour ?? 'secondary'}>{t(`enum.HousingProposalStatus.${status}`)}</Badge>;
}
