import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { localizeEdition } from '#core/format/localize-edition.ts';
import { mapMatches } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { readEditionFile } from '../formats/edition/read-edition.ts';
import { editionPage } from './pages.ts';
import { editPage } from './workspace-pages.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}/edition.yaml`, import.meta.url));

describe('the edition page', () => {
  test('draws each knockout stage as a bracket: a column per round, the winner marked in words too', async () => {
    const format = localizeEdition(await readEditionFile(example('copa-peru-2019-style')), 'es');
    const state = runEdition(format, { language: 'es' });
    const page = String(await editionPage('es', 'x', format, state));
    const ties = state.stages.flatMap((stage) => stage.ties);
    expect(ties.length).toBeGreaterThan(0);
    expect(page.match(/<div class="tie">/g)).toHaveLength(ties.length);
    const decided = ties.filter((tie) => tie.winner !== null);
    expect(page.match(/<li class="winner">/g)).toHaveLength(decided.length);
    expect(page.match(/<span class="visually-hidden"> \(Pasa\)<\/span>/g)).toHaveLength(
      decided.length,
    );
    const rounds = new Set(ties.map((tie) => tie.round));
    for (const round of rounds) expect(page).toContain(`<h3>${round}</h3>`);
    for (const tie of decided.filter((candidate) => candidate.decidedBy)) {
      expect(page).toContain(`<small class="decided">${tie.decidedBy}</small>`);
    }
  });

  test('says beside a match what became of it: not played, postponed, awarded', async () => {
    const format = await readEditionFile(example('copa-peru-1993'));
    let next = 0;
    const marked = mapMatches(format, (match) => {
      next += 1;
      if (next === 1) {
        const { score: _score, ...rest } = match;
        return { ...rest, status: 'cancelled' };
      }
      if (next === 2) {
        const { score: _score, ...rest } = match;
        return { ...rest, status: 'postponed' };
      }
      if (next === 3) return { ...match, awarded: { home: 3, away: 0 }, forfeitedBy: 'away' };
      return match;
    });
    const page = String(await editionPage('en', 'x', marked, runEdition(marked)));
    expect(page.match(/<small class="muted">\((not played|postponed|awarded)\)<\/small>/g)).toEqual(
      [
        '<small class="muted">(not played)</small>',
        '<small class="muted">(postponed)</small>',
        '<small class="muted">(awarded)</small>',
      ],
    );
  });

  test("names a stage's host by its heading; the editor offers no travel search at one venue", async () => {
    const document = await readEditionFile(example('copa-peru-2019-style'));
    const format = localizeEdition(document, 'es');
    const state = runEdition(format, { language: 'es' });
    const page = String(await editionPage('es', 'x', format, state));
    expect(page).toMatch(/<h2 id="stage-finalisima">Finalísima <small>\([^)]*, en Lima\)<\/small>/);
    expect(page).not.toMatch(/<h2 id="stage-tabla">[^\n]*en Lima/);
    // Before its matches, the Finalísima's fixtures form has no "least travel"; a league away from
    // one venue keeps it.
    const edit = (stages: typeof format.stages) =>
      String(
        editPage('es', {
          id: 'x',
          version: 1,
          csrf: 'c',
          user: { id: 'u', name: 'ana', role: 'admin', competitions: [] },
          format: { ...format, stages },
          state: runEdition({ ...format, stages }, { language: 'es' }),
          maps: [],
        }),
      );
    const unplayed = format.stages.map((stage) =>
      stage.id === 'finalisima' && stage.kind === 'league' ? { ...stage, rounds: [] } : stage,
    );
    const form = (html: string) => /data-stage="finalisima"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form(edit(unplayed))).toContain('name="double"');
    expect(form(edit(unplayed))).not.toContain('name="travel"');
    const homeAndAway = unplayed.map((stage) => {
      if (stage.id !== 'finalisima') return stage;
      const { host: _host, singleVenue: _single, ...rest } = stage;
      return rest;
    });
    expect(form(edit(homeAndAway))).toContain('name="travel"');
  });
});
