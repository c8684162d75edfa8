/** The age bands of the programme's reporting: under 18, 18-29, 30-54, 55 and over. */
export type AgeBandKey = 'UNDER_18' | 'FROM_18_TO_29' | 'FROM_30_TO_54' | 'FROM_55';

/** Whole years of age on `day` (both ISO dates); a birthday counts from the day itself. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The bands' upper bounds (exclusive), in order; from the last bound up is FROM_55. */
const BANDS_BELOW: readonly [number, AgeBandKey][] = [
  [18, 'UNDER_18'],
  [30, 'FROM_18_TO_29'],
  [55, 'FROM_30_TO_54'],
];

/** The age band of a person born on `birthDate`, on `day`. */
export function ageBandOn(birthDate: string, day: string): AgeBandKey {
  const age = ageOn(birthDate, day);
  return BANDS_BELOW.find(([below]) => age < below)?.[1] ?? 'FROM_55';
}

/**
 * SQL for `ageBandOn` over two date expressions, the same rule (whole years, a birthday counting from the day
 * itself), for statements that group people by band (the results report's services delivered).
 */
export function ageBandSql(birthDate: string, day: string): string {
  const age = `(extract(year from ${day})::int - extract(year from ${birthDate})::int
    - (to_char(${day}, 'MMDD')::int < to_char(${birthDate}, 'MMDD')::int)::int)`;
  return `CASE ${BANDS_BELOW.map(([below, key]) => `WHEN ${age} < ${below} THEN '${key}'`).join(' ')} ELSE 'FROM_55' END`;
}
