import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { withUnit } from '../formats/draw/read-draw-input.ts';
import type { StageMap } from './stage-maps.ts';
import type { WebWords } from './web-words.ts';

/** Colours told apart by most eyes (Okabe and Ito's palette); each dot also carries its number. */
const GROUP_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

/** Width of the drawing in its own units; the page scales it to the screen. */
const WIDTH = 360;
/** Clubs beyond this many are named in the list below the map, not on it. */
const MAX_LABELS = 12;

/**
 * A stage's map: the country's outline, each club a dot coloured and numbered by its group (so that
 * the map reads without colour), and below it a real table of the groups with their clubs and the
 * kilometres between them (or, for a stage with one host, marked by a square, from each club to
 * there). Drawn on the server as SVG: no map library, no tiles, nothing to load.
 */
export function mapSection(
  map: StageMap,
  caption: string,
  words: WebWords,
  number: (value: number) => string,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  // A club known only by the user's distances is in the table, not on the map.
  const clubs = map.groups.flatMap((group, index) =>
    group.clubs.flatMap(({ name, lat, lon }) =>
      lat === undefined || lon === undefined ? [] : [{ name, lat, lon, group: index }],
    ),
  );
  const outlinePoints = (map.outline ?? []).flat();
  const host = map.host;
  const lats = [
    ...clubs.map((club) => club.lat),
    ...outlinePoints.map(([, lat]) => lat),
    ...(host ? [host.lat] : []),
  ];
  const lons = [
    ...clubs.map((club) => club.lon),
    ...outlinePoints.map(([lon]) => lon),
    ...(host ? [host.lon] : []),
  ];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  // Equirectangular, squeezed by the cosine of the middle latitude: true enough for one country.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * squeeze, 0.5);
  const spanY = Math.max(north - south, 0.5);
  const pad = 12;
  const scale = (WIDTH - 2 * pad) / Math.max(spanX, spanY * 0.75);
  const height = Math.round(spanY * scale + 2 * pad);
  const width = Math.round(spanX * scale + 2 * pad);
  const x = (lon: number) => pad + (lon - west) * squeeze * scale;
  const y = (lat: number) => pad + (north - lat) * scale;
  const path = (map.outline ?? [])
    .map((ring) => {
      let last: [number, number] | undefined;
      const points: string[] = [];
      for (const [lon, lat] of ring) {
        const point: [number, number] = [x(lon), y(lat)];
        if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < 0.6) continue;
        points.push(`${point[0].toFixed(1)} ${point[1].toFixed(1)}`);
        last = point;
      }
      return points.length > 2 ? `M${points.join('L')}Z` : '';
    })
    .join('');
  const numbered = map.groups.length > 1;
  const named = clubs.length <= MAX_LABELS;
  // Names keep off every dot, not only off each other.
  const placed = clubs.map((club) => {
    const [cx, cy] = [x(club.lon), y(club.lat)];
    return { x0: cx - 5, x1: cx + 5, y0: cy - 5, y1: cy + 5 };
  });
  // The host: a square, named like a club, drawn under the clubs' dots (a club may play at home).
  const hostMark = host
    ? (() => {
        const [hx, hy] = [x(host.lon), y(host.lat)];
        const name = words.host.replace('{place}', () => host.name);
        placed.push({ x0: hx - 6, x1: hx + 6, y0: hy - 6, y1: hy + 6 });
        return html`<g class="host"><title>${name}</title><rect x="${(hx - 6).toFixed(1)}" y="${(hy - 6).toFixed(1)}" width="12" height="12" fill="none" stroke="#000" stroke-width="1.6"/>${label(name, hx, hy, width, placed)}</g>`;
      })()
    : '';
  const dots = clubs.map((club) => {
    const colour = GROUP_COLOURS[club.group % GROUP_COLOURS.length] ?? '#000';
    const cx = x(club.lon);
    const cy = y(club.lat);
    const light = colour === '#F0E442' || colour === '#E69F00' || colour === '#56B4E9';
    return html`<g class="club-dot"><title>${club.name}${numbered ? ` (${map.groups[club.group]?.name ?? ''})` : ''}</title><circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${numbered ? 6 : 4.5}" fill="${colour}" stroke="#fff" stroke-width="1.2"/>${numbered ? html`<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" dy="0.35em" text-anchor="middle" font-size="8" fill="${light ? '#000' : '#fff'}">${club.group + 1}</text>` : ''}${named ? label(club.name, cx, cy, width, placed) : ''}</g>`;
  });
  const total = map.groups.reduce((sum, group) => sum + group.travel, 0);
  const [travelHeading, travelLong] = host
    ? [
        words.toHost.replace('{place}', () => host.name),
        words.toHostLong.replace('{place}', () => host.name),
      ]
    : map.groups.some((group) => group.met)
      ? [words.travelMet, words.travelMetLong]
      : [words.travel, words.travelLong];
  const travel = (value: number) => withUnit(number(Math.round(value)), map.unit);
  return html`<figure class="map">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${words.mapOf} ${caption}" style="max-width:${width}px">
<path d="${raw(path)}" fill="#eef1f4" stroke="#8c959f" stroke-width="0.8"/>
${hostMark}
${dots}
</svg>
<figcaption>
<div class="scroll"><table>
<caption class="muted">${words.mapOf} ${caption}</caption>
<thead><tr>${numbered ? html`<th scope="col">${words.group}</th>` : ''}<th scope="col" class="club">${words.clubs}</th><th scope="col"><abbr title="${travelLong}">${travelHeading}</abbr></th></tr></thead>
<tbody>${map.groups.map(
    (group, index) =>
      html`<tr>${numbered ? html`<th scope="row" class="club"><span class="swatch" style="background:${GROUP_COLOURS[index % GROUP_COLOURS.length]}" aria-hidden="true"></span> ${index + 1}. ${group.name}</th>` : ''}<td class="club">${group.clubs.map((club) => club.name).join(', ')}</td><td>${travel(group.travel)}</td></tr>`,
  )}</tbody>
${numbered ? html`<tfoot><tr><th scope="row">${words.total}</th><td></td><td>${travel(total)}</td></tr></tfoot>` : ''}
</table></div>
</figcaption>
</figure>`;
}

/**
 * A club's name beside its dot: to the right, else to the left, else a line below or above,
 * whichever first overlaps no name already placed and stays inside the drawing.
 */
function label(
  name: string,
  cx: number,
  cy: number,
  width: number,
  placed: { x0: number; x1: number; y0: number; y1: number }[],
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const length = name.length * 5.6;
  const tries = [
    { dx: 8, dy: 0, anchor: 'start' },
    { dx: -8, dy: 0, anchor: 'end' },
    { dx: 8, dy: 11, anchor: 'start' },
    { dx: -8, dy: -11, anchor: 'end' },
    { dx: -8, dy: 11, anchor: 'end' },
    { dx: 8, dy: -11, anchor: 'start' },
  ] as const;
  const boxOf = (attempt: (typeof tries)[number]) => {
    const x0 = attempt.anchor === 'start' ? cx + attempt.dx : cx + attempt.dx - length;
    return { x0, x1: x0 + length, y0: cy + attempt.dy - 5, y1: cy + attempt.dy + 5 };
  };
  const fits = (box: ReturnType<typeof boxOf>) =>
    box.x0 >= 0 &&
    box.x1 <= width &&
    placed.every(
      (other) => box.x1 < other.x0 || box.x0 > other.x1 || box.y1 < other.y0 || box.y0 > other.y1,
    );
  const attempt = tries.find((candidate) => fits(boxOf(candidate))) ?? tries[0];
  placed.push(boxOf(attempt));
  return html`<text x="${(cx + attempt.dx).toFixed(1)}" y="${(cy + attempt.dy).toFixed(1)}" dy="0.35em" font-size="10" text-anchor="${attempt.anchor}" class="label">${name}</text>`;
}
