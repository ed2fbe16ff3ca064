import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { greatCircleKm } from '#core/places/distance.ts';
import { readEditionFile } from '../formats/edition/read-edition.ts';
import { countryOutline } from '../places/country-outline.ts';
import { mapSection } from './map-section.ts';
import { groupsMap, stageMaps } from './stage-maps.ts';
import { WEB_WORDS } from './web-words.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}/edition.yaml`, import.meta.url));

describe('the maps of the groups', () => {
  test("Peru's outline comes out of the atlas where Peru is", async () => {
    const outline = await countryOutline('Peru');
    expect(await countryOutline('604')).toEqual(outline);
    const points = (outline ?? []).flat();
    const lats = points.map(([, lat]) => lat);
    const lons = points.map(([lon]) => lon);
    // Peru runs from about 0.0° to 18.35° south and from 68.65° to 81.33° west.
    expect(Math.max(...lats)).toBeCloseTo(-0.04, 0);
    expect(Math.min(...lats)).toBeCloseTo(-18.35, 0);
    expect(Math.min(...lons)).toBeCloseTo(-81.33, 0);
    expect(Math.max(...lons)).toBeCloseTo(-68.65, 0);
    expect(await countryOutline('Atlantis')).toBeUndefined();
  });

  test('list a club known only by the distances a user gave, but draw it nowhere', async () => {
    const format = await readEditionFile(example('copa-peru-2009-style'));
    const map = await groupsMap(
      format,
      'regional',
      {
        names: ['Lima', 'Somewhere', 'Cusco'],
        places: [{ lat: -12.05, lon: -77.04 }, undefined, { lat: -13.53, lon: -71.97 }],
        distances: [
          [0, 3, 1100],
          [3, 0, 5],
          [1100, 5, 0],
        ],
      },
      [[0, 1, 2]],
      ['A'],
    );
    // Listed with its group, and its distances counted, but drawn nowhere.
    expect(map.groups[0]?.clubs).toEqual([
      { name: 'Lima', lat: -12.05, lon: -77.04 },
      { name: 'Somewhere' },
      { name: 'Cusco', lat: -13.53, lon: -71.97 },
    ]);
    expect(map.groups[0]?.travel).toBe(1108);
    const section = String(await mapSection(map, 'A', WEB_WORDS.en, String));
    expect(section.match(/class="club-dot"/g)).toHaveLength(2);
    expect(section).toContain('Lima, Somewhere, Cusco');
    expect(section).not.toContain('NaN');
  });

  test('place each group of a groups stage, with the kilometres between its clubs', async () => {
    const maps = await stageMaps(await readEditionFile(example('copa-peru-2009-style')));
    const regional = maps.find((map) => map.stage === 'regional');
    expect(regional?.groups.map((group) => group.clubs.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
    const first = regional?.groups[0];
    expect(first?.name).toBe('Región I');
    const [a, b, c] = (first?.clubs ?? []).map(({ lat, lon }) => ({
      lat: lat ?? 0,
      lon: lon ?? 0,
    }));
    if (!a || !b || !c) throw new Error('three clubs expected');
    const pairs = greatCircleKm(a, b) + greatCircleKm(a, c) + greatCircleKm(b, c);
    // The distance matrix keeps whole kilometres.
    expect(Math.abs((first?.travel ?? 0) - pairs)).toBeLessThanOrEqual(1.5);
    // Atlético Región I plays in Piura.
    expect(a.lat).toBeCloseTo(-5.19, 1);
    expect(a.lon).toBeCloseTo(-80.63, 1);
  });

  test('measure a combined table by the pairs of its clubs that play each other', async () => {
    const format = await readEditionFile(example('copa-peru-2019-style'));
    const map = (await stageMaps(format)).find((candidate) => candidate.stage === 'tabla');
    const group = map?.groups[0];
    if (!map || !group) throw new Error('a map of the Tabla Única expected');
    // Fifty clubs, each against six rivals once: 150 pairs, not the 1,225 of every two.
    const stage = format.stages.find((candidate) => candidate.id === 'tabla');
    const rivals = new Set(
      (stage?.kind === 'table' ? stage.rounds : []).flatMap((round) =>
        round.matches.map((match) => [match.home, match.away].sort().join(' ')),
      ),
    );
    expect(rivals.size).toBe(150);
    const where = new Map(
      format.clubs.map((club) => [club.id, group.clubs.find((each) => each.name === club.name)]),
    );
    const km = [...rivals].reduce((sum, pair) => {
      const [a, b] = pair.split(' ').map((id) => where.get(id));
      return (
        sum +
        greatCircleKm(
          { lat: a?.lat ?? 0, lon: a?.lon ?? 0 },
          { lat: b?.lat ?? 0, lon: b?.lon ?? 0 },
        )
      );
    }, 0);
    expect(group.met).toBe(true);
    // The distance matrix keeps whole kilometres: at most half a kilometre off for each pair.
    expect(Math.abs(group.travel - km)).toBeLessThanOrEqual(150 / 2);
    const page = String(await mapSection(map, 'Tabla Única', WEB_WORDS.es, String));
    expect(page).toContain('>Entre los rivales</abbr>');
    // A stage whose clubs all meet keeps the words of a group.
    const regional = (await stageMaps(await readEditionFile(example('copa-peru-2009-style')))).find(
      (candidate) => candidate.stage === 'regional',
    );
    expect(regional?.groups.some((each) => each.met)).toBe(false);
  });

  test('leave out a stage whose clubs cannot all be placed', async () => {
    expect(await stageMaps(await readEditionFile(example('league-double-round-robin')))).toEqual(
      [],
    );
  });

  test('draw every club numbered by its group, and list the groups in a real table', async () => {
    const [map] = (await stageMaps(await readEditionFile(example('copa-peru-2009-style')))).filter(
      (candidate) => candidate.stage === 'regional',
    );
    if (!map) throw new Error('a map expected');
    const page = String(await mapSection(map, 'Etapa Regional', WEB_WORDS.es, String));
    expect(page.match(/<circle /g)).toHaveLength(24);
    expect(page).toContain('role="img"');
    expect(page.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(8);
    const total = Math.round(map.groups.reduce((sum, group) => sum + group.travel, 0));
    expect(page).toContain(`<th scope="row">Total</th><td></td><td>${total} km</td>`);
    expect(page).toMatch(/<path d="M[\d. L]+Z/);
    // In the editor's own measure, hours, the table says so.
    const hours = String(
      await mapSection({ ...map, unit: 'h' }, 'Etapa Regional', WEB_WORDS.es, String),
    );
    expect(hours).toContain(`<td>${total} h</td>`);
    expect(hours).not.toContain(' km<');
  });

  test("mark where a stage with one host is played, and measure each club's way there", async () => {
    const maps = await stageMaps(await readEditionFile(example('copa-peru-1993')));
    const final = maps.find((map) => map.stage === 'final');
    const host = final?.host;
    if (!final || !host) throw new Error('a map of the final round, with its host, expected');
    // Lima, the capital of its department.
    expect(host.name).toBe('Lima');
    expect(host.lat).toBeCloseTo(-12.05, 1);
    expect(host.lon).toBeCloseTo(-77.04, 1);
    const clubs = final.groups[0]?.clubs ?? [];
    expect(clubs).toHaveLength(6);
    const toLima = clubs.reduce(
      (sum, { lat, lon }) =>
        sum + Math.round(greatCircleKm({ lat: lat ?? 0, lon: lon ?? 0 }, host)),
      0,
    );
    expect(final.groups[0]?.travel).toBe(toLima);
    const page = String(await mapSection(final, 'Etapa Final', WEB_WORDS.es, String));
    expect(page).toContain('<title>Sede: Lima</title><rect ');
    expect(page).toContain('>Hasta Lima</abbr>');
    expect(page).toContain(`<td>${toLima} km</td>`);
    // The regional stage of the same edition has no host: its groups' kilometres are between clubs.
    expect(maps.find((map) => map.stage === 'regional')?.host).toBeUndefined();
  });
});
