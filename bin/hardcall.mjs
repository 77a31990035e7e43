#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx hardcall` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';
import process from 'node:process';

register();
const { runCli, createNodeIO } = await import('../engine/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), createNodeIO());
