import { COMMON_OPTIONS, choice, langOption, onlyArgument, parseCommandArgs, wantsHelp } from './args.js';
import { CliError, EXIT } from './errors.js';
import { linesText, type Io } from './io.js';
import { issueLine, reportLines } from './issueReport.js';
import { msg, type Lang } from './messages.js';
import { readJson } from './readJson.js';
import { RENDER_FORMATS, renderPlan, type RenderFormat } from './renderers.js';
import { byteLength, isSameFile, writeOutput } from './writeOutput.js';

const OPTIONS = { ...COMMON_OPTIONS, to: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

/** The plan file, the format and the output file (`undefined`: standard output), checked. */
function renderArguments(argv: readonly string[]): { file: string; format: RenderFormat; output?: string } {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'render');
  langOption(values.lang);
  const file = onlyArgument(positionals, 'render', 'argument.plan');
  if (values.to === undefined) throw new CliError('usage.missing_option', { option: '--to <html|md|docx>', command: 'render' });
  const format = choice(values.to, RENDER_FORMATS, 'html', '--to', 'allowed.to');
  const output = values.output === '-' ? undefined : values.output;
  if (format === 'docx' && output === undefined) throw new CliError('usage.docx_needs_output');
  if (output !== undefined && file !== '-' && isSameFile(file, output)) throw new CliError('render.output_is_input', { file: output });
  return { file, format, ...(output === undefined ? {} : { output }) };
}

/** Writes the document to the output file or standard output, then says so on stderr. */
function writeDocument(content: string | Uint8Array, format: RenderFormat, output: string | undefined, io: Io, lang: Lang): void {
  const what = msg(lang, `render.format.${format}`);
  const bytes = byteLength(content);
  if (output === undefined) {
    io.document(content);
    io.err(msg(lang, 'render.written_stdout', { what, bytes }));
  } else {
    writeOutput(output, content);
    io.err(msg(lang, 'render.written', { what, file: output, bytes }));
  }
}

/**
 * `render <plan.json> --to html|md|docx [-o <file>] [--lang ro|en]`: the plan as a document. The
 * plan's warnings and notes go to stderr, one line each, before the line saying what was written.
 */
export async function renderCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.render')]));
    return EXIT.ok;
  }
  const { file, format, output } = renderArguments(argv);
  const rendered = await renderPlan(format, await readJson(file, io), lang);
  if (!rendered.ok) {
    for (const line of reportLines(rendered.issues, lang)) io.err(line);
    return EXIT.invalid;
  }
  for (const issue of rendered.issues) io.err(issueLine(issue, lang));
  writeDocument(rendered.content, format, output, io, lang);
  return EXIT.ok;
}
