import { COMMON_OPTIONS, choice, langOption, onlyArgument, parseCommandArgs, wantsHelp } from './args.js';
import { EXIT } from './errors.js';
import { linesText, type Io } from './io.js';
import { countSeverities, reportLines } from './issueReport.js';
import { jsonText, withJsonErrors } from './jsonErrors.js';
import { msg, type Lang } from './messages.js';
import { checkPlanInput } from './planIssues.js';
import { readJson } from './readJson.js';

const OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string' } } as const;

type Format = 'text' | 'json';

/** The arguments as parsed: the options and the positionals. */
type Parsed = { readonly values: { readonly lang?: string }; readonly positionals: readonly string[] };

/** Checks the plan named in the arguments and prints the report in the format. */
async function checkFile({ values, positionals }: Parsed, format: Format, io: Io, lang: Lang): Promise<number> {
  langOption(values.lang);
  const file = onlyArgument(positionals, 'check', 'argument.plan');
  const { issues } = checkPlanInput(await readJson(file, io));
  const counts = countSeverities(issues);
  if (format === 'json') io.out(jsonText({ file, valid: counts.error === 0, counts, issues }));
  else io.out(linesText(reportLines(issues, lang)));
  return counts.error === 0 ? EXIT.ok : EXIT.invalid;
}

/** `check <plan.json> [--lang ro|en] [--format text|json]`: the issues by chapter and a verdict. */
export async function checkCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.check')]));
    return EXIT.ok;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, 'check');
  const format = choice(parsed.values.format, ['text', 'json'] as const, 'text', '--format', 'allowed.format');
  const envelope = (error: unknown) => ({ file: parsed.positionals[0] ?? null, valid: false, error });
  return withJsonErrors(format === 'json', io, envelope, () => checkFile(parsed, format, io, lang));
}
