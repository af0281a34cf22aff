#!/usr/bin/env node
// The package's `upstream` command: the CLI bundled with the engine (`npm run build:cli`, run by
// `prepare` and `npm run build`), so start-up compiles no TypeScript.
let cli;
try {
  cli = await import('../dist/cli/upstream.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/upstream.mjs')) throw error;
  process.stderr.write('upstream: the command is not built yet; run `npm run build:cli` in the package folder\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
