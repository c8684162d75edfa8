import { badUserInput } from '../errors.js';

/**
 * The one reader of text a client sends. Every text input of the hub goes through it, so that every field has a
 * bound and the same rules: trimmed, Unicode-normalised (NFC: "é" typed two ways is stored one way), no control
 * characters but tab and line breaks in multi-line text (PostgreSQL refuses NUL outright, and the others only
 * hide text), no bidirectional overrides (they make a name display as another), lengths counted in characters a
 * person sees, not in UTF-16 units.
 */
export interface TextRule {
  /** The most characters (grapheme clusters) accepted. */
  max: number;
  /** The fewest characters accepted once trimmed (default 1: not blank). */
  min?: number;
  /** Notes, reasons, descriptions: line breaks and tabs are kept. */
  multiline?: boolean;
}

/** Short single-line labels (titles, names of things, codes with words). */
export const SHORT_TEXT: TextRule = { max: 200 };
/** A note, a reason, an outcome: a paragraph or a few. */
export const NOTE_TEXT: TextRule = { max: 2000, multiline: true };
/** A long description (a service, a training project). */
export const LONG_TEXT: TextRule = { max: 5000, multiline: true };

// C0 and C1 controls, DEL; tab, line feed and carriage return are judged separately. (Matching them is the point.)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;
// Bidirectional embeddings, overrides and isolates; line and paragraph separators.
const BIDI_OR_SEPARATOR = /[\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
// Characters that show nothing: a text made only of them (and spaces) is blank.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u180E]|\u034F/gu;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** How many characters a person sees in `text`, counting no further than `limit` (the bound checked). */
export function characterCount(text: string, limit = Infinity): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) {
    count += 1;
    // ICU's segmentation of a long text slows down with its length: stop as soon as the answer is known.
    if (count > limit) break;
  }
  return count;
}

/**
 * The most UTF-16 units one character (grapheme cluster) is allowed to take: the longest emoji sequences in use take
 * 14. Text longer than `max` of them is refused before it is normalised or segmented, so that a megabyte sent for a
 * 200-character field costs no more than a short one.
 */
const UNITS_PER_CHARACTER = 16;
// With the u flag a surrogate pair is one code point beyond U+FFFF: only a lone half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is refused before any other work: text far beyond its bound, and text that is not Unicode at all. */
function guard(value: string, field: string, rule: TextRule): void {
  if (value.length > rule.max * UNITS_PER_CHARACTER) throw badUserInput(`${field} must be at most ${rule.max} characters`, field);
  // A lone surrogate (a half of a character, possible in JSON's \uD800 escapes) is no text: PostgreSQL refuses it
  // in JSON values, and UTF-8 cannot carry it.
  if (LONE_SURROGATE.test(value)) throw badUserInput(`${field} must be valid Unicode text (it holds half of a character)`, field);
}

function check(value: string, field: string, rule: TextRule): string {
  guard(value, field, rule);
  const text = value.normalize('NFC').trim();
  if (CONTROL.test(text)) throw badUserInput(`${field} must not contain control characters`, field);
  if (!rule.multiline && LINE_BREAK_OR_TAB.test(text)) throw badUserInput(`${field} must be a single line`, field);
  if (BIDI_OR_SEPARATOR.test(text)) throw badUserInput(`${field} must not contain text-direction control characters`, field);
  const visible = text.replace(INVISIBLE, '');
  const min = rule.min ?? 1;
  if (visible.length === 0 && min > 0) throw badUserInput(`${field} must not be blank`, field);
  const length = characterCount(text, rule.max);
  if (length < min) throw badUserInput(`${field} must be at least ${min} characters`, field);
  if (length > rule.max) throw badUserInput(`${field} must be at most ${rule.max} characters`, field);
  return text.replace(/\r\n?/g, '\n');
}

/** Required text: BAD_USER_INPUT (naming `field`) when blank, too long or carrying forbidden characters. */
export function readText(value: string, field: string, rule: TextRule): string {
  return check(value, field, rule);
}

/** Optional text: null or blank becomes null; anything else is checked as `readText` does. */
export function readOptionalText(value: string | null | undefined, field: string, rule: TextRule): string | null {
  if (value != null) guard(value, field, rule);
  if (value == null || value.replace(INVISIBLE, '') === '') {
    if (value != null && CONTROL.test(value)) throw badUserInput(`${field} must not contain control characters`, field);
    return null;
  }
  return check(value, field, rule);
}

/**
 * A person's name as written on their documents: letters of any script with marks, digits (transliterations and
 * registry suffixes carry them), spaces, apostrophes (both kinds), hyphens and dots ("N'Diaye", "عبد الله",
 * "Nguyễn"); at least one letter; 100 characters at most; no symbols, emoji or invisible characters.
 */
export function readPersonName(value: string, field: string): string {
  const name = check(value, field, { max: 100 });
  if (!/\p{L}/u.test(name)) throw badUserInput(`${field} must contain at least one letter`, field);
  if (!/^[\p{L}\p{M}\p{Nd}\p{Zs}'’.\-‐]+$/u.test(name)) {
    throw badUserInput(`${field} may hold letters, digits, spaces, apostrophes, hyphens and dots only`, field);
  }
  return name.replace(/\p{Zs}+/gu, ' ');
}

/**
 * A family name that may be absent: a person with a single name has none on their permit. Left out, null or blank:
 * the empty string (how the hub stores "no family name"); otherwise the rules of `readPersonName`.
 */
export function readFamilyName(value: string | null | undefined, field: string): string {
  if (value == null || value.trim() === '') return '';
  return readPersonName(value, field);
}

/** Free text for a search: the rules of text, at most 200 characters, plus the search folding of `foldForSearch`. */
export function readSearchText(value: string, field: string): string {
  return check(value, field, { max: 200 });
}

/**
 * The form text is compared in by searches: lower case, accents removed, both apostrophes alike, so "citta" finds
 * "città" and "N'Diaye" finds "N’Diaye". A search folds its words with this and the column with `searchFoldSql`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/**
 * SQL folding `expression` as `foldForSearch` folds text (decomposed, combining accents removed, the other
 * apostrophes made straight, lower case): `searchFoldSql('s.name') LIKE :pattern` with the pattern built from
 * folded words. Plain PostgreSQL (no extension), so PGlite runs it too.
 */
export function searchFoldSql(expression: string): string {
  return `lower(translate(regexp_replace(normalize(${expression}, NFD), '[\\u0300-\\u036f]', '', 'g'), '’‘\`´', ''''''''''))`;
}
