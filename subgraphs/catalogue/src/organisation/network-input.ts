import { badUserInput, readOptionalText, readText, SHORT_TEXT } from '@shubh/platform';
import type { ContactPointInput } from '../generated/resolvers-types.js';
import type { ContactPointRecord } from './organisation.entity.js';

const MAX_CONTACT_POINTS = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ]{4,18}[0-9]$/;

/** An organisation's contact points as given, each field checked and named (`input.contactPoints[1].email`). */
export function parseContactPoints(values: readonly ContactPointInput[], field: string): ContactPointRecord[] {
  if (values.length > MAX_CONTACT_POINTS) throw badUserInput(`${field} may hold at most ${MAX_CONTACT_POINTS} contact points`, field);
  return values.map((value, index) => {
    const at = `${field}[${index}]`;
    const email = readOptionalText(value.email, `${at}.email`, SHORT_TEXT);
    if (email !== null && !EMAIL.test(email)) throw badUserInput(`${at}.email must be an email address, got ${email}`, `${at}.email`);
    const phone = readOptionalText(value.phone, `${at}.phone`, SHORT_TEXT);
    if (phone !== null && !PHONE.test(phone)) {
      throw badUserInput(`${at}.phone must be digits and spaces with an optional leading +, got ${phone}`, `${at}.phone`);
    }
    return { name: readText(value.name, `${at}.name`, SHORT_TEXT), role: readText(value.role, `${at}.role`, SHORT_TEXT), email, phone };
  });
}

const MAX_DOMAINS = 10;
/** A host name as Keycloak accepts an organization domain: labels of letters, digits and inner hyphens, a dot between. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An organisation's internet domains, lower-cased, each checked, without repeats (`input.domains`). */
export function parseDomains(values: readonly string[], field: string): string[] {
  if (values.length > MAX_DOMAINS) throw badUserInput(`${field} may hold at most ${MAX_DOMAINS} domains`, field);
  const domains = values.map((value) => value.trim().toLowerCase());
  for (const domain of domains) {
    if (!DOMAIN.test(domain)) throw badUserInput(`${field} must hold internet domains such as enaip.piemonte.it, got ${domain}`, field);
  }
  return [...new Set(domains)];
}
