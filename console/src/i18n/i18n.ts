import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import { it } from './it';

/** Italian by default; English, French and Arabic (right to left). Staff screens fall back to English, then Italian. */
export const LANGUAGES = [
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'shubh.console.language';

function initialLanguage(): LanguageCode {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some((language) => language.code === stored) ? (stored as LanguageCode) : 'it';
}

/** The document follows the language: `lang` for screen readers, `dir` for right-to-left scripts. */
function applyToDocument(code: string): void {
  const language = LANGUAGES.find((candidate) => candidate.code === code) ?? LANGUAGES[0];
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
    lng: initialLanguage(),
    fallbackLng: { fr: ['en', 'it'], ar: ['en', 'it'], en: ['it'], default: ['it'] },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(i18next.language);
  i18next.on('languageChanged', (code) => {
    window.localStorage.setItem(STORAGE_KEY, code);
    applyToDocument(code);
  });
  return i18next;
}
