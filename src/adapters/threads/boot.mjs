// Workers do not inherit the TypeScript loader of the thread that starts them: register it, then
// load the worker module named at its start (docs/decisions/002-run-typescript-with-tsx.md).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
