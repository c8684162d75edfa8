import { escape } from 'html-escaper';
import type { CapacityBuildingAttendanceEntity } from './capacity-building-attendance.entity.js';
import type { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';

const KIND = {
  TRAINING: 'corso di formazione',
  WORKSHOP: 'laboratorio',
  SEMINAR: 'seminario',
  PEER_EXCHANGE: 'scambio di pratiche',
} as const;

/** `2026-03-05` as `5 marzo 2026`, as an Italian certificate writes a day. */
function italianDay(isoDate: string): string {
  return new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

function hours(minutes: number): string {
  return (minutes / 60).toLocaleString('it-IT', { maximumFractionDigits: 2 });
}

/**
 * The certificate of attendance (attestato di partecipazione) as one printable HTML page: A4, no external asset, every
 * value escaped.
 */
export function certificateHtml(
  event: CapacityBuildingEventEntity,
  attendee: CapacityBuildingAttendanceEntity,
  organisationName: string,
): string {
  const length = event.durationMinutes === null ? '' : `, della durata di ${hours(event.durationMinutes)} ore`;
  const reach = event.reach === 'INTERREGIONAL' ? 'interregionale' : `provinciale (${escape(event.province)})`;
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Attestato di partecipazione – ${escape(attendee.fullName)}</title>
<style>
  @page { size: A4 landscape; margin: 20mm; }
  body { font-family: "Titillium Web", Helvetica, Arial, sans-serif; color: #17324d; text-align: center; margin: 0; }
  main { border: 3px double #06c; padding: 18mm 14mm; }
  h1 { font-size: 28pt; margin: 0 0 8mm; letter-spacing: 0.05em; }
  .name { font-size: 22pt; font-weight: bold; margin: 6mm 0; }
  .topic { font-size: 16pt; font-style: italic; margin: 6mm 0; }
  footer { margin-top: 14mm; font-size: 10pt; }
</style>
</head>
<body>
<main>
<p>Programma SHUBH – FAMI 2021-2027</p>
<h1>Attestato di partecipazione</h1>
<p>Si attesta che</p>
<p class="name">${escape(attendee.fullName)}</p>
<p>di ${escape(organisationName)}</p>
<p>ha partecipato al ${KIND[event.kind]} di rete ${reach}</p>
<p class="topic">«${escape(event.topic)}»</p>
<p>tenutosi il ${italianDay(event.heldOn)}${length}.</p>
<footer>Evento ${escape(event.id)} · partecipante ${escape(attendee.userId)}</footer>
</main>
</body>
</html>
`;
}
