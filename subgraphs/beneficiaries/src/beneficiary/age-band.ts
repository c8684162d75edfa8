/** The age bands of the programme's reporting: under 18, 18-29, 30-54, 55 and over. */
export type AgeBandKey = 'UNDER_18' | 'FROM_18_TO_29' | 'FROM_30_TO_54' | 'FROM_55';

/** Whole years of age on `day` (both ISO dates); a birthday counts from the day itself. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The age band of a person born on `birthDate`, on `day`. */
export function ageBandOn(birthDate: string, day: string): AgeBandKey {
  const age = ageOn(birthDate, day);
  if (age < 18) return 'UNDER_18';
  if (age < 30) return 'FROM_18_TO_29';
  if (age < 55) return 'FROM_30_TO_54';
  return 'FROM_55';
}
