import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { localizeEdition } from '#core/format/localize-edition.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { readEditionFile } from '../formats/edition/read-edition.ts';
import { editionPage } from './pages.ts';

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
});
