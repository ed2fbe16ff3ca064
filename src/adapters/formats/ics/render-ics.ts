import type { EditionFormat } from '#core/format/edition-format.ts';
import { listMatches } from '#core/format/match-ids.ts';
import { nameKey } from '#core/records/club-names.ts';

/** Options of {@link renderIcs}. */
export interface RenderIcsOptions {
  /** Only this club's matches. */
  readonly club?: string;
  /** The time stamp of the calendar (now by default), ISO. */
  readonly now?: string;
}

/**
 * An edition's dated matches as an iCalendar file (RFC 5545): one all-day event per match, named
 * "Home v Away" (with the score once played), its stage and round in the description, its ground
 * and the host city of its stage as its location (either alone when the other is not known), or
 * else, for a match at a club's home, the home club's town and department; a club's calendar with
 * `club`. Lines end in CRLF and are folded at 75 octets.
 *
 * @example
 * renderIcs(format, { club: 'aurora' }).startsWith('BEGIN:VCALENDAR') //=> true
 */
export function renderIcs(format: EditionFormat, options: RenderIcsOptions = {}): string {
  const nameOf = (club: string) =>
    format.clubs.find((candidate) => candidate.id === club)?.name ?? club;
  const stamp = (options.now ?? new Date().toISOString()).replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Torneo//Torneo//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`${format.competition} ${format.edition}${options.club ? ` — ${nameOf(options.club)}` : ''}`)}`,
  ];
  // A match is where its ground is, in its stage's host city when it has one ("Estadio Nacional,
  // Lima", which a calendar can find on a map), or else in the host city.
  const hosts = new Map(format.stages.map((stage) => [stage.id, stage.host]));
  const locationOf = (venue: string | undefined, host: string | undefined) =>
    venue && host && !nameKey(venue).includes(nameKey(host))
      ? `${venue}, ${host}`
      : (venue ?? host);
  // Without a ground or a host, a match at a club's home is in the home club's town.
  const homeTown = (club: string) => {
    const { city, region } =
      format.clubs.find((candidate) => candidate.id === club)?.location ?? {};
    // "Cusco" in Cusco once; "Andahuaylas, Apurímac".
    if (city && region && nameKey(city) !== nameKey(region)) return `${city}, ${region}`;
    return city || region || undefined;
  };
  for (const { id, stage, where, match } of listMatches(format)) {
    if (!match.date) continue;
    if (options.club && match.home !== options.club && match.away !== options.club) continue;
    const location =
      locationOf(match.venue, hosts.get(stage)) ??
      (match.neutral ? undefined : homeTown(match.home));
    const score = match.awarded ?? match.extraTime ?? match.score;
    const summary = `${nameOf(match.home)} ${score && match.status !== 'scheduled' ? `${score.home}-${score.away}` : 'v'} ${nameOf(match.away)}`;
    const day = match.date.replace(/-/g, '');
    // With a kick-off: local time at the ground (floating), two hours; without: the whole day.
    const when = match.time
      ? (() => {
          const start = new Date(`${match.date}T${match.time}:00Z`);
          const end = new Date(start.getTime() + 2 * 3_600_000);
          const local = (date: Date) => date.toISOString().slice(0, 19).replace(/[-:]/g, '');
          return [`DTSTART:${local(start)}`, `DTEND:${local(end)}`];
        })()
      : (() => {
          const next = new Date(`${match.date}T12:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          return [
            `DTSTART;VALUE=DATE:${day}`,
            `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
          ];
        })();
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}.${nameKey(`${format.competition} ${format.edition}`).replace(/ /g, '-')}@torneo`,
      `DTSTAMP:${stamp}`,
      ...when,
      `SUMMARY:${escapeText(summary)}`,
      // A match called off stays in the calendar, struck through; a postponed one, its day open.
      ...(match.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
      ...(match.status === 'postponed' ? ['STATUS:TENTATIVE'] : []),
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `DESCRIPTION:${escapeText(`${format.competition} ${format.edition}, ${where}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** @internal */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space. @internal */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
