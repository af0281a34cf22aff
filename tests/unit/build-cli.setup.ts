// The command-line tests run the built bundle, as a user does: build it from the current source
// first, so they never test a bundle left over from before an edit.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
}
