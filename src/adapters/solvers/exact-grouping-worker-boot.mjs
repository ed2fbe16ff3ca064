// Workers do not inherit the TypeScript loader of the thread that starts them: register it, then
// load the worker itself (docs/decisions/002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('./exact-grouping-worker.ts');
