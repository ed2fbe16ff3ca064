import cliProgress from 'cli-progress';

/** A progress display that can be updated and stopped. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr when stderr is a terminal; silent otherwise (pipes, CI, files).
 *
 * @example
 * const progress = startProgress(439, 'divisions');
 * progress.update(10);
 * progress.stop();
 */
export function startProgress(total: number, unit: string): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `{bar} {value}/{total} ${unit}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
