import { Worker, workerData } from 'node:worker_threads';

/**
 * A worker thread running the TypeScript module at `module` (a URL, as `new URL('./x.ts',
 * import.meta.url)` gives), with `data` for it to read through {@link startData}.
 */
export function typescriptWorker(module: URL, data?: unknown): Worker {
  return new Worker(new URL('./boot.mjs', import.meta.url), {
    workerData: { module: module.href, data },
  });
}

/** In a worker started by {@link typescriptWorker}: the data it was started with. */
export function startData<T>(): T {
  return (workerData as { readonly data: T }).data;
}
