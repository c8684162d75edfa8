import { defineModule } from '@shubh/platform';
import { emailNotificationsJob } from './notification.jobs.js';
import { notificationPolicy } from './notification.policy.js';
import { notificationResolvers } from './notification.resolvers.js';
import { NotificationService } from './notification.service.js';

/** The services this module adds to each request's context. */
export const notificationServices = { notifications: NotificationService };

/**
 * Reading one's notifications (raised by every subgraph's jobs into the platform's `notification` schema, as the audit
 * trail is written by all and read here): the page, marking read, dismissing; and announcing them by e-mail when the
 * hub has an SMTP server (`email-notifications`).
 */
export const notificationModule = defineModule({
  name: 'notification',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: notificationResolvers,
  services: notificationServices,
  policy: notificationPolicy,
  personalData: [
    {
      table: 'notification.notification',
      description: 'The reminders the hub raised for your case team and partners about you (kind and day only).',
      orderBy: 't.created_at, t.id',
    },
  ],
  jobs: [emailNotificationsJob],
});
