import type { DataSource } from 'typeorm';
import { HousingOfferEntity } from '../src/housing-offer/housing-offer.entity.js';

let sequence = 0;

/** Builds and saves a housing offer; every field can be overridden, every default is valid. */
export async function createHousingOffer(dataSource: DataSource, overrides: Partial<HousingOfferEntity> = {}): Promise<HousingOfferEntity> {
  sequence += 1;
  return dataSource.getRepository(HousingOfferEntity).save({
    title: `Camera singola in appartamento condiviso ${sequence}`,
    providerId: crypto.randomUUID(),
    kind: 'ROOM',
    province: 'TO',
    municipality: 'Torino',
    bedrooms: 1,
    monthlyRentCents: 32_000,
    availableFrom: '2026-03-01',
    status: 'AVAILABLE',
    ...overrides,
  });
}
