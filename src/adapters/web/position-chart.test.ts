import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readEditionFile } from '../formats/edition/read-edition.ts';
import { positionChart, positionHistories } from './position-chart.ts';
import { WEB_WORDS } from './web-words.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}/edition.yaml`, import.meta.url));

describe('positions by round', () => {
  test('follow the 1993 final round as its tables stood after each round', async () => {
    const histories = positionHistories(await readEditionFile(example('copa-peru-1993')), 'en');
    expect(histories).toHaveLength(1);
    const [final] = histories;
    expect(final?.stage).toBe('final');
    expect(final?.rounds).toEqual(['Round 1', 'Round 2', 'Round 3', 'Round 4', 'Round 5']);
    const of = (name: string) => final?.clubs.find((club) => club.name === name)?.positions;
    // Both won their first three matches; Aurora led after round 3 on goal difference (5-1 v
    // Deportivo Garcilaso), Aurich-Cañaña before and after.
    expect(of('Aurich-Cañaña')).toEqual([1, 1, 2, 1, 1]);
    expect(of('Aurora')).toEqual([2, 2, 1, 2, 2]);
    // The clubs come in their final order.
    expect(final?.clubs.map((club) => club.positions.at(-1))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('chart every group of a groups stage, and leave out tables too large to read', async () => {
    const histories = positionHistories(
      await readEditionFile(example('copa-peru-2009-style')),
      'es',
    );
    expect(histories.filter((history) => history.stage === 'regional')).toHaveLength(8);
    const tabla = positionHistories(await readEditionFile(example('copa-peru-2019-style')), 'es');
    expect(tabla.some((history) => history.stage === 'tabla')).toBe(false);
  });

  test('draw a line per club ending at its name, with the figures in a table', async () => {
    const [final] = positionHistories(await readEditionFile(example('copa-peru-1993')), 'en');
    if (!final) throw new Error('a history expected');
    const svg = String(await positionChart(final, 'Final Stage', WEB_WORDS.en));
    expect(svg.match(/<polyline /g)).toHaveLength(6);
    expect(svg).toContain('>1. Aurich-Cañaña</text>');
    expect(svg).toContain(
      '<th scope="row">Aurora</th><td>2</td><td>2</td><td>1</td><td>2</td><td>2</td>',
    );
  });
});
