import { escape } from 'html-escaper';
import type { CefrLevel, Shift } from '../generated/resolvers-types.js';

/** What a CV shows an employer: the name the person agreed to, and the labour profile's facts about work. */
export interface CvFacts {
  name: string;
  desiredIscoCodes: readonly string[];
  workExperienceYears: number | null;
  drivingLicences: readonly string[];
  hoursPerWeek: number | null;
  shifts: readonly Shift[];
  availableFrom: string | null;
  italianLevel: CefrLevel | null;
}

/**
 * The CV as a Europass-like JSON document: the sections of the Europass CV the hub holds (the person's name, the
 * work wanted, experience, the Italian level as CEFR self-assessment grid levels, driving licences, availability),
 * with the same names, so a partner system can map it; nothing the CV view does not already show.
 */
export function europassCv(cv: CvFacts): Record<string, unknown> {
  const level = cv.italianLevel;
  return {
    documentType: 'Europass CV (SHUBH subset)',
    learnerInfo: {
      identification: { personName: { displayName: cv.name } },
      headline: { type: 'preferred_job', occupations: cv.desiredIscoCodes.map((code) => ({ iscoCode: code, classification: 'ISCO-08' })) },
      workExperience: { totalYears: cv.workExperienceYears },
      skills: {
        linguistic: {
          foreignLanguage: level
            ? [
                {
                  description: { code: 'it', label: 'Italian' },
                  proficiencyLevel: { listening: level, reading: level, spokenInteraction: level, spokenProduction: level, writing: level },
                },
              ]
            : [],
        },
        driving: { description: [...cv.drivingLicences] },
      },
      availability: { hoursPerWeek: cv.hoursPerWeek, shifts: [...cv.shifts], availableFrom: cv.availableFrom },
    },
  };
}

const SHIFT_WORDS: Record<Shift, string> = { MORNING: 'mattino', AFTERNOON: 'pomeriggio', NIGHT: 'notte', WEEKEND: 'fine settimana' };

/** The CV as one printable HTML page (A4, no external asset), every value escaped. */
export function cvHtml(cv: CvFacts): string {
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  const none = '<span class="none">non indicato</span>';
  const list = (values: readonly string[]) => (values.length === 0 ? none : values.map((value) => escape(value)).join(', '));
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Curriculum vitae – ${escape(cv.name)}</title>
<style>
  @page { size: A4; margin: 18mm; }
  body { font-family: "Titillium Web", Helvetica, Arial, sans-serif; color: #17324d; margin: 0; }
  h1 { font-size: 22pt; margin: 0 0 2mm; }
  h2 { font-size: 12pt; text-transform: uppercase; letter-spacing: 0.06em; color: #06c; border-bottom: 1px solid #06c; margin: 8mm 0 3mm; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; width: 45mm; font-weight: 600; padding: 1.5mm 0; vertical-align: top; }
  td { padding: 1.5mm 0; }
  .none { color: #5c6f82; font-style: italic; }
  footer { margin-top: 12mm; font-size: 9pt; color: #5c6f82; }
</style>
</head>
<body>
<h1>${escape(cv.name)}</h1>
<p>Curriculum vitae (formato Europass, sezioni essenziali)</p>
<h2>Occupazione desiderata</h2>
<table>
${row('Professioni (ISCO-08)', list(cv.desiredIscoCodes))}
</table>
<h2>Esperienza e competenze</h2>
<table>
${row('Esperienza lavorativa', cv.workExperienceYears === null ? none : `${cv.workExperienceYears} ${cv.workExperienceYears === 1 ? 'anno' : 'anni'}`)}
${row('Italiano (QCER)', cv.italianLevel ? escape(cv.italianLevel) : none)}
${row('Patenti di guida', list(cv.drivingLicences))}
</table>
<h2>Disponibilità</h2>
<table>
${row('Ore settimanali', cv.hoursPerWeek === null ? none : String(cv.hoursPerWeek))}
${row('Turni', list(cv.shifts.map((shift) => SHIFT_WORDS[shift])))}
${row('Dal', cv.availableFrom ? escape(cv.availableFrom) : 'subito')}
</table>
<footer>Condiviso con il consenso della persona, tramite il programma SHUBH – FAMI 2021-2027.</footer>
</body>
</html>
`;
}
