import { expect, test } from 'vitest';
import { readEditionPath } from '#adapters/formats/edition/read-edition.ts';
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
