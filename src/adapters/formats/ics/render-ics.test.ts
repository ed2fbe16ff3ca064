import { expect, test } from 'vitest';
import { parseEdition, readEditionPath } from '#adapters/formats/edition/read-edition.ts';
import { mapMatches, withMatchIds } from '#core/format/match-ids.ts';
import { renderIcs } from './render-ics.ts';

const EXAMPLE = new URL('../../../../examples/copa-peru-1993', import.meta.url).pathname;

test("writes a club's matches as all-day events, escaped and folded, lines ending in CRLF", async () => {
  const { edition } = await readEditionPath(EXAMPLE);
  const ics = renderIcs(withMatchIds(edition), { club: 'aurora', now: '2026-11-26T12:00:00.000Z' });
  const lines = ics.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(5);
  expect(lines).toContain('UID:final-r1-m3.copa-peru-1993@torneo');
  expect(lines).toContain('DTSTART;VALUE=DATE:19940102');
  expect(lines).toContain('SUMMARY:Aurora 1-0 Unión Juventud');
  expect(lines).toContain('DESCRIPTION:Copa Perú 1993\\, Round 1');
  // The final round has no grounds recorded: its matches are where the stage is hosted.
  expect(lines.filter((line) => line === 'LOCATION:Lima')).toHaveLength(5);
  expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
});

test("places a match at its ground in its stage's host city, naming the city once", async () => {
  const { edition } = await readEditionPath(EXAMPLE);
  const grounds = ['Estadio Nacional', 'Estadio Nacional de Lima'];
  let next = 0;
  // The final's first two matches get a ground each; the rest keep the host alone.
  const format = mapMatches(withMatchIds(edition), (match, id) =>
    id.startsWith('final-r1-') && next < grounds.length
      ? { ...match, venue: grounds[next++] as string }
      : match,
  );
  const lines = renderIcs(format, { now: '2026-11-26T12:00:00.000Z' }).split('\r\n');
  expect(lines).toContain('LOCATION:Estadio Nacional\\, Lima');
  expect(lines).toContain('LOCATION:Estadio Nacional de Lima');
  expect(lines.filter((line) => line === 'LOCATION:Lima')).toHaveLength(13);
});

test("places a match without a ground or host in the home club's town and department", () => {
  const edition = parseEdition(
    [
      'competition: Copa Perú',
      'edition: "1995"',
      'clubs:',
      '  - { id: pacucha, name: Deportivo Municipal (Pacucha), city: Andahuaylas, region: Apurímac }',
      '  - { id: civil, name: Ingeniería Civil, city: Cusco, region: Cusco }',
      '  - { id: unknown, name: Sin Ciudad }',
      'stages:',
      '  - id: regional',
      '    name: Regional Stage',
      '    kind: league',
      '    entrants: [pacucha, civil, unknown]',
      '    rounds:',
      '      - { name: Round 1, date: 1995-09-03, matches: ["Deportivo Municipal (Pacucha) v Ingeniería Civil"] }',
      '      - { name: Round 2, date: 1995-09-10, matches: ["Ingeniería Civil v Deportivo Municipal (Pacucha)"] }',
      '      - { name: Round 3, date: 1995-09-17, matches: ["Sin Ciudad v Ingeniería Civil"] }',
    ].join('\n'),
    'edition.yaml',
  );
  const lines = renderIcs(withMatchIds(edition), { now: '2026-11-26T12:00:00.000Z' }).split('\r\n');
  // The town and its department; a town named as its department once; no town, no location.
  expect(lines.filter((line) => line.startsWith('LOCATION:'))).toEqual([
    'LOCATION:Andahuaylas\\, Apurímac',
    'LOCATION:Cusco',
  ]);
});

test('keeps a match called off in the calendar as cancelled, and a postponed one as tentative', async () => {
  const { edition } = await readEditionPath(EXAMPLE);
  const format = mapMatches(withMatchIds(edition), (match, id) => {
    if (id !== 'final-r1-m1' && id !== 'final-r1-m2') return match;
    const { score: _score, ...rest } = match;
    return { ...rest, status: id === 'final-r1-m1' ? 'cancelled' : 'postponed' };
  });
  const events = renderIcs(format, { now: '2026-11-26T12:00:00.000Z' })
    .split('BEGIN:VEVENT')
    .slice(1);
  const status = (id: string) =>
    events.find((event) => event.includes(`UID:${id}.`))?.match(/STATUS:(\w+)/)?.[1];
  expect([status('final-r1-m1'), status('final-r1-m2'), status('final-r1-m3')]).toEqual([
    'CANCELLED',
    'TENTATIVE',
    undefined,
  ]);
});
