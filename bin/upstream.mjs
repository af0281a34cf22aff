#!/usr/bin/env node
// The package's `upstream` command: loads the TypeScript CLI through tsx, so the CLI, the tests and
// the extension all run the very same engine source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/upstream.ts');
process.exitCode = await main(process.argv.slice(2));
