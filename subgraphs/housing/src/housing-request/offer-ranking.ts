import { CONTRACTS } from '@shubh/platform';
import type { HousingKind, HousingOfferStatus, IncomeForRentSource } from '../generated/resolvers-types.js';
import type { HousingOfferEntity } from '../housing-offer/housing-offer.entity.js';
import type { HousingRequestEntity } from './housing-request.entity.js';

/** Weights of the score, 100 in all. */
export const WEIGHTS = { affordability: 40, size: 25, area: 15, accessibility: 10, date: 10 } as const;
/** An offer available at most this many days after the person can move still fits the date. */
export const DATE_TOLERANCE_DAYS = 30;

/**
 * The ranking's columns over `o` (the offer) and `n` (the need); `$4` is the rent-share ceiling. A room or a
 * cohousing place houses one person per place left; a home, two per bedroom (a studio, two).
 */
export const RANKING_COLUMNS = `
  n.household_size, n.rent_income_cents, n.income_source, n.areas_wanted, n.needs_accessible, n.move_in::text AS move_in,
  CASE WHEN n.rent_income_cents > 0 THEN (o.monthly_rent_cents + o.charges_cents)::float8 / n.rent_income_cents END AS rent_share,
  CASE WHEN o.kind IN ('ROOM', 'COHOUSING') THEN o.places - o.places_taken ELSE greatest(o.bedrooms, 1) * 2 END AS sleeps,
  (n.rent_income_cents > 0 AND (o.monthly_rent_cents + o.charges_cents)::float8 / n.rent_income_cents <= $4::float8) AS affordable,
  (CASE WHEN o.kind IN ('ROOM', 'COHOUSING') THEN o.places - o.places_taken ELSE greatest(o.bedrooms, 1) * 2 END >= n.household_size) AS size_fits,
  (cardinality(n.areas_wanted) = 0 OR lower(o.municipality) = ANY(SELECT lower(a) FROM unnest(n.areas_wanted) a)) AS area_fits,
  (NOT n.needs_accessible OR o.accessible) AS accessible_fits,
  (o.available_from <= n.move_in + ${DATE_TOLERANCE_DAYS}) AS date_fits,
  (CASE WHEN n.rent_income_cents > 0 AND (o.monthly_rent_cents + o.charges_cents)::float8 / n.rent_income_cents <= $4::float8 THEN ${WEIGHTS.affordability} ELSE 0 END
   + CASE WHEN (CASE WHEN o.kind IN ('ROOM', 'COHOUSING') THEN o.places - o.places_taken ELSE greatest(o.bedrooms, 1) * 2 END) >= n.household_size THEN ${WEIGHTS.size} ELSE 0 END
   + CASE WHEN cardinality(n.areas_wanted) = 0 OR lower(o.municipality) = ANY(SELECT lower(a) FROM unnest(n.areas_wanted) a) THEN ${WEIGHTS.area} ELSE 0 END
   + CASE WHEN NOT n.needs_accessible OR o.accessible THEN ${WEIGHTS.accessibility} ELSE 0 END
   + CASE WHEN o.available_from <= n.move_in + ${DATE_TOLERANCE_DAYS} THEN ${WEIGHTS.date} ELSE 0 END) AS score`;

/**
 * `offersFor` in ONE statement: `$1` the request, `$2` its province, `$3` today, `$4` the rent-share ceiling, `$5`
 * the page size. The need is the request's household and the person's situation; the income available for rent is
 * what the labour subgraph records as running today (employments' net pay and traineeships' allowances, contract
 * `labour.income_spell`) where there is any, the income declared in the situation otherwise.
 */
export const OFFERS_FOR_SQL = `WITH work AS (
     SELECT sum(i.monthly_cents)::int AS cents FROM housing.housing_request rq
     JOIN ${CONTRACTS.incomeSpell} i ON i.beneficiary_id = rq.beneficiary_id AND i.started_on <= $3::date
       AND (i.ended_on IS NULL OR i.ended_on >= $3::date)
     WHERE rq.id = $1
   ), need AS (
     SELECT rq.household_size, coalesce(w.cents, s.rent_income_cents) AS rent_income_cents,
       CASE WHEN w.cents IS NOT NULL THEN 'WORK' WHEN s.rent_income_cents IS NOT NULL THEN 'DECLARED' END AS income_source,
       coalesce(s.areas_wanted, '{}') AS areas_wanted, coalesce(s.needs_accessible, false) AS needs_accessible,
       greatest(coalesce(s.earliest_move_in, $3::date), $3::date) AS move_in
     FROM housing.housing_request rq
     CROSS JOIN work w
     LEFT JOIN housing.housing_situation s ON s.beneficiary_id = rq.beneficiary_id
     WHERE rq.id = $1
   ), ranked AS (
     SELECT o.*, ${RANKING_COLUMNS} FROM need n
     JOIN housing.housing_offer o ON o.province = $2 AND o.status = 'AVAILABLE' AND o.places_taken < o.places
   )
   SELECT * FROM ranked ORDER BY score DESC, monthly_rent_cents + charges_cents ASC, id ASC LIMIT $5`;

/** One row of the ranking: the offer's columns and the ranking's. */
export interface RankingRow {
  id: string;
  title: string;
  provider_id: string;
  kind: HousingKind;
  province: string;
  municipality: string;
  bedrooms: number;
  monthly_rent_cents: number;
  available_from: string;
  status: HousingOfferStatus;
  created_at: Date;
  deposit_cents: number;
  charges_cents: number;
  places: number;
  places_taken: number;
  accessible: boolean;
  furnished: boolean;
  minimum_stay_months: number | null;
  conditions: string | null;
  version: number;
  updated_at: Date;
  household_size: number;
  rent_income_cents: number | null;
  income_source: IncomeForRentSource | null;
  areas_wanted: string[];
  needs_accessible: boolean;
  move_in: string;
  rent_share: number | null;
  sleeps: number;
  affordable: boolean | null;
  size_fits: boolean;
  area_fits: boolean;
  accessible_fits: boolean;
  date_fits: boolean;
  score: number;
}

export interface RankedOffer {
  offer: HousingOfferEntity;
  score: number;
  fits: boolean;
  rentShare: number | null;
  incomeSource: IncomeForRentSource | null;
  reasons: string[];
  whyNot: string[];
}

const euros = (cents: number) => `€${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The sentences of one ranked offer, worded from its row (no statement). */
export function rankOffer(row: RankingRow, offer: HousingOfferEntity, request: HousingRequestEntity, ceiling: number): RankedOffer {
  const reasons: string[] = [];
  const whyNot: string[] = [];
  const cost = row.monthly_rent_cents + row.charges_cents;
  const income = row.income_source === 'WORK' ? 'earned from work' : 'available for rent';
  if (row.rent_income_cents === null || row.rent_income_cents <= 0) {
    whyNot.push(`No income available for rent is recorded: affordability of ${euros(cost)} a month cannot be judged`);
  } else if (row.affordable) {
    reasons.push(
      `Rent and charges of ${euros(cost)} are ${percent(row.rent_share!)} of the ${euros(row.rent_income_cents)} ${income} (at most ${percent(ceiling)})`,
    );
  } else {
    whyNot.push(
      `Rent and charges of ${euros(cost)} are ${percent(row.rent_share!)} of the ${euros(row.rent_income_cents)} ${income}, above ${percent(ceiling)}`,
    );
  }
  const household = `a household of ${request.householdSize}`;
  const room = row.kind === 'ROOM' || row.kind === 'COHOUSING';
  const space = room ? `${row.sleeps} place${row.sleeps === 1 ? '' : 's'} left` : `${row.bedrooms} bedroom${row.bedrooms === 1 ? '' : 's'}`;
  if (row.size_fits) reasons.push(`${space} for ${household}`);
  else whyNot.push(`${space}: too small for ${household}`);
  if (row.areas_wanted.length === 0) reasons.push(`In ${row.municipality}: no area was asked for`);
  else if (row.area_fits) reasons.push(`In ${row.municipality}, an area wanted`);
  else whyNot.push(`In ${row.municipality}, not among the areas wanted (${row.areas_wanted.join(', ')})`);
  if (row.needs_accessible) {
    if (row.accessible) reasons.push('Without architectural barriers, as needed');
    else whyNot.push('Not free of architectural barriers, which the person needs');
  }
  if (row.date_fits) reasons.push(`Available from ${row.available_from}, by the move-in date ${row.move_in}`);
  else
    whyNot.push(`Available only from ${row.available_from}, more than ${DATE_TOLERANCE_DAYS} days after the move-in date ${row.move_in}`);
  return {
    offer,
    score: row.score,
    fits: whyNot.length === 0,
    rentShare: row.rent_share,
    incomeSource: row.income_source,
    reasons,
    whyNot,
  };
}
