import { expect, test } from 'vitest';
import type { Match } from './match.ts';
import { recordResult } from './record-result.ts';

test('enters a result into a scheduled match and keeps its round, date and venue', () => {
  const scheduled: Match = {
    id: 'm1',
    home: 'Aurora',
    away: 'CNI',
    status: 'scheduled',
    round: 2,
    date: '1994-01-05',
    neutral: true,
  };
  expect(recordResult(scheduled, { score: { home: 1, away: 0 } })).toEqual({
    ...scheduled,
    status: 'played',
    score: { home: 1, away: 0 },
  });
  expect(scheduled.status).toBe('scheduled');
});

test('keeps extra time and penalties apart from the score', () => {
  const played = recordResult(
    { home: 'A', away: 'B', status: 'scheduled' },
    {
      score: { home: 1, away: 1 },
      extraTime: { home: 2, away: 2 },
      penalties: { home: 4, away: 3 },
    },
  );
  expect(played).toMatchObject({
    extraTime: { home: 2, away: 2 },
    penalties: { home: 4, away: 3 },
  });
});
