import type { DataSource } from 'typeorm';
import { ServiceEntity } from '../src/service/service.entity.js';
import { createService } from './service-factory.js';

/** A service in the public catalogue (the factory's default is a draft). */
export function createPublishedService(dataSource: DataSource, overrides: Partial<ServiceEntity> = {}): Promise<ServiceEntity> {
  return createService(dataSource, { publicationStatus: 'PUBLISHED', publishedAt: new Date(), ...overrides });
}
