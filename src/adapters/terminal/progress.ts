import cliProgress from 'cli-progress';

/** A progress display that can be updated and stopped. */
export interface Progress {
  /** `done` of the total, and a note shown after it (kept until the next one). */
  update(done: number, note?: string): void;
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
    { format: `{bar} {value}/{total} ${unit}{note}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { note: '' });
  return {
    update: (done, note) => bar.update(done, note === undefined ? {} : { note }),
    stop: () => bar.stop(),
  };
}
