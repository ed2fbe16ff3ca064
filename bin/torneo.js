#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles on the fly, so a fresh checkout works right
// after `npm install`, with no build step (docs/decisions/002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/app/cli.ts');
