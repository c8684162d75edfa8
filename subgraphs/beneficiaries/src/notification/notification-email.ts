import type { ClaimedNotification, MailMessage, NotificationKind } from '@shubh/platform';
import { messageOf } from './notification.service.js';

/** Each kind's subject line, and what its day is: the kind of fact and its day, never whom it concerns. */
const SUBJECTS: Record<NotificationKind, { subject: string; day: string }> = {
  REFERRAL_RECEIVED: { subject: 'a new referral for your organisation', day: 'answer due' },
  REFERRAL_OVERDUE: { subject: 'a referral is past its answer day', day: 'answer was due' },
  REFERRAL_EXPIRED: { subject: 'a referral expired without an answer', day: 'answer was due' },
  FOLLOW_UP_DUE: { subject: 'a follow-up is due', day: 'due' },
  PERMIT_EXPIRING: { subject: 'a residence permit renewal needs attention', day: 'permit expires' },
  ELIGIBILITY_WINDOW_CLOSING: { subject: 'an eligibility window is closing', day: 'window closes' },
  CRITICAL_ISSUE_OPENED: { subject: 'a critical issue is open', day: 'recorded' },
};

/** `2026-03-12` as `12 March 2026`: a calendar day, with no time zone to shift it. */
function spelled(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The e-mail announcing one notification, in English: the kind of fact, its day and a link to the console, where the
 * record opens under its own access rules. Nothing else goes in: no person's name or id, no free text of a record,
 * never special-category data (the notification holds none to give).
 */
export function notificationEmail(notification: ClaimedNotification, consoleUrl: string): Omit<MailMessage, 'to'> {
  const { subject, day } = SUBJECTS[notification.kind];
  const when = notification.dueOn ? `${day} ${spelled(notification.dueOn)}` : null;
  const lines = [
    messageOf(notification.kind),
    ...(when ? [`${when[0]!.toUpperCase()}${when.slice(1)}.`] : []),
    '',
    `Open the SHUBH console to see it: ${consoleUrl}`,
    '',
    'This message says what happened, never whom it concerns: sign in to the console to read more.',
    'It was sent by the SHUBH integration hub; replies are not read.',
  ];
  const html = [
    '<!doctype html><html><body>',
    `<p>${escapeHtml(messageOf(notification.kind))}${when ? `<br>${escapeHtml(`${when[0]!.toUpperCase()}${when.slice(1)}.`)}` : ''}</p>`,
    `<p><a href="${escapeHtml(consoleUrl)}">Open the SHUBH console</a> to see it.</p>`,
    '<p><small>This message says what happened, never whom it concerns: sign in to the console to read more. ',
    'It was sent by the SHUBH integration hub; replies are not read.</small></p>',
    '</body></html>',
  ].join('');
  return { subject: `SHUBH: ${subject}${when ? ` (${when})` : ''}`, text: lines.join('\n'), html };
}
