/** What a person's name is shown from: a person with a single name has the empty string as family name. */
interface Named {
  givenName: string;
  familyName: string;
}

/** Given name, then family name ("Amina Diallo"; a single name alone). */
export const displayName = (person: Named): string => [person.givenName, person.familyName].filter(Boolean).join(' ');

/** Family name first, as the lists sort ("Diallo Amina"; a single name alone). */
export const listName = (person: Named): string => [person.familyName, person.givenName].filter(Boolean).join(' ');
