import type { NotificationRow } from './notification.service.js';

export type NotificationMapper = NotificationRow;
