import { html } from 'hono/html';
import { type ForecastResult, roundOfPlace } from '#core/forecast/forecast.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import type { Html } from './pages.ts';
import { localeOf, WEB_WORDS } from './web-words.ts';

/**
 * A forecast as the edition page shows it: a real table, a row per club, each outcome's chance as
 * a number and a bar (the number says it all; the bar is for the eye), the places the club can
 * still reach, ✓ for what it has clinched and ✕ for what is out of reach, in words for screen
 * readers.
 */
export function forecastSection(
  language: Language,
  result: ForecastResult,
  stageNames: Readonly<Record<string, string>>,
): Html {
  const words = WEB_WORDS[language];
  const number = new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: 1,
  });
  const percent = (p: number) =>
    p === 0 ? '0' : p < 0.001 ? `<${number.format(0.1)}` : number.format(p * 100);
  const outcomes = Object.keys(result.clubs[0]?.outcomes ?? {});
  const rounds = result.rounds ?? [];
  const label = (outcome: string) =>
    outcome === 'champion'
      ? words.status.champion
      : outcome === 'promoted'
        ? words.status.promoted
        : outcome === 'relegated'
          ? words.status.relegated
          : outcome.startsWith('round:')
            ? `${words.reaches} ${rounds.find((round) => `round:${round.id}` === outcome)?.name ?? outcome}`
            : `${words.reaches} ${stageNames[outcome.slice('stage:'.length)] ?? outcome}`;
  // A knockout's places by name: through, or out in a round.
  const place = (at: number) =>
    at === 1 ? words.through : `${words.outIn} ${roundOfPlace(rounds, at) ?? at}`;
  const range = ({ best, worst }: { best: number; worst: number }) =>
    rounds.length === 0
      ? `${best}–${worst}`
      : best === worst
        ? place(best)
        : `${place(best)}–${place(worst)}`;
  const cell = (club: ForecastResult['clubs'][number], outcome: string) => {
    const p = club.outcomes[outcome] ?? 0;
    const mark = club.clinched.includes(outcome)
      ? html` <span aria-hidden="true">✓</span><span class="visually-hidden"> (${words.clinched})</span>`
      : club.eliminated.includes(outcome)
        ? html` <span aria-hidden="true">✕</span><span class="visually-hidden"> (${words.outOfReach})</span>`
        : '';
    return html`<td class="chance"><span class="bar" style="width:${(p * 100).toFixed(1)}%" aria-hidden="true"></span><span class="value">${percent(p)} %${mark}</span></td>`;
  };
  return html`<h3>${words.forecast}</h3>
<p class="muted">${words.forecastHelp.replace('{n}', number.format(result.simulations))}</p>
${result.settledGroups ? html`<p class="muted">${words.forecastSettled.replace('{n}', number.format(result.settledGroups))}</p>` : ''}
<div class="scroll"><table class="forecast">
<thead><tr><th scope="col" class="club">${words.club}</th>${outcomes.map((outcome) => html`<th scope="col">${label(outcome)}</th>`)}<th scope="col">${words.canFinish}</th></tr></thead>
<tbody>${result.clubs.map(
    (club) =>
      html`<tr><th scope="row">${club.club}</th>${outcomes.map((outcome) => cell(club, outcome))}<td>${range(club.positionRange)}${club.positionRange.exact ? '' : '*'}</td></tr>`,
  )}</tbody>
</table></div>`;
}
