// The command line `plan-servicii-sociale` (bin in package.json, built by tsup into dist/cli.js).
import { detectLang } from './args.js';
import { EXIT } from './errors.js';
import { processIo, safeText } from './io.js';
import { msg } from './messages.js';
import { run } from './run.js';

const argv = process.argv.slice(2);

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

try {
  process.exitCode = await run(argv, processIo());
} catch (error) {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, ' ');
  process.stderr.write(`${safeText(msg(detectLang(argv), 'internal', { detail }))}\n`);
  process.exitCode = EXIT.internal;
}
