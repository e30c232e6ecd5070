import { COMMON_OPTIONS, choice, langOption, onlyArgument, parseCommandArgs, wantsHelp } from './args.js';
import { CliError, EXIT } from './errors.js';
import { linesText, type Io } from './io.js';
import { reportLines } from './issueReport.js';
import { msg, type Lang } from './messages.js';
import { readJson } from './readJson.js';
import { RENDER_FORMATS, renderPlan } from './renderers.js';
import { byteLength, writeOutput } from './writeOutput.js';

const OPTIONS = { ...COMMON_OPTIONS, to: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

/** `render <plan.json> --to html|md|docx [-o <file>] [--lang ro|en]`: the plan as a document. */
export async function renderCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.render')]));
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'render');
  langOption(values.lang);
  const file = onlyArgument(positionals, 'render', 'argument.plan');
  if (values.to === undefined) throw new CliError('usage.missing_option', { option: '--to <html|md|docx>', command: 'render' });
  const format = choice(values.to, RENDER_FORMATS, 'html', '--to', 'allowed.to');
  const output = values.output === '-' ? undefined : values.output;
  if (format === 'docx' && output === undefined) throw new CliError('usage.docx_needs_output');

  const rendered = await renderPlan(format, await readJson(file, io, lang), lang);
  if (!rendered.ok) {
    for (const line of reportLines(rendered.issues, lang)) io.err(line);
    return EXIT.invalid;
  }
  const what = msg(lang, `render.format.${format}`);
  const bytes = byteLength(rendered.content);
  if (output === undefined) {
    io.out(rendered.content);
    io.err(msg(lang, 'render.written_stdout', { what, bytes }));
  } else {
    writeOutput(output, rendered.content);
    io.err(msg(lang, 'render.written', { what, file: output, bytes }));
  }
  return EXIT.ok;
}
