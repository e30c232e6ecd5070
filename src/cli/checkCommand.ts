import { COMMON_OPTIONS, choice, langOption, onlyArgument, parseCommandArgs, wantsHelp } from './args.js';
import { EXIT } from './errors.js';
import { linesText, type Io } from './io.js';
import { countSeverities, reportLines } from './issueReport.js';
import { msg, type Lang } from './messages.js';
import { checkPlanInput } from './planIssues.js';
import { readJson } from './readJson.js';

const OPTIONS = { ...COMMON_OPTIONS, format: { type: 'string' } } as const;

/** `check <plan.json> [--lang ro|en] [--format text|json]`: the issues by chapter and a verdict. */
export async function checkCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.check')]));
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'check');
  langOption(values.lang);
  const format = choice(values.format, ['text', 'json'] as const, 'text', '--format', 'allowed.format');
  const file = onlyArgument(positionals, 'check', 'argument.plan');
  const { issues } = checkPlanInput(await readJson(file, io, lang));
  const counts = countSeverities(issues);
  if (format === 'json') io.out(`${JSON.stringify({ file, valid: counts.error === 0, counts, issues }, null, 2)}\n`);
  else io.out(linesText(reportLines(issues, lang)));
  return counts.error === 0 ? EXIT.ok : EXIT.invalid;
}
