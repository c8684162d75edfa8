import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { notificationServices } from './notification.module.js';
import { messageOf } from './notification.service.js';

export const notificationResolvers: Resolvers<ContextWith<typeof notificationServices>> = {
  Query: {
    myNotifications: (_parent, args, { notifications }) => notifications.mine(args),
  },
  Mutation: {
    markNotificationRead: (_parent, { id }, { notifications }) => notifications.markRead(id),
    dismissNotification: (_parent, { id }, { notifications }) => notifications.dismiss(id),
  },
  Notification: {
    message: (notification) => messageOf(notification.kind),
  },
};
