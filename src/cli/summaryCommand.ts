import { parsePlan } from '../index.js';
import { HG_867_2015 } from '../nomenclature/index.js';
import { COMMON_OPTIONS, langOption, onlyArgument, parseCommandArgs, wantsHelp } from './args.js';
import { EXIT } from './errors.js';
import { linesText, type Io } from './io.js';
import { reportLines } from './issueReport.js';
import { msg, type Lang } from './messages.js';
import { readJson } from './readJson.js';
import { summaryLines } from './summaryText.js';

/** `summary <plan.json> [--lang ro|en]`: the demo's summary of a plan; the errors of an invalid one (on stderr). */
export async function summaryCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  if (wantsHelp(argv)) {
    io.out(linesText([msg(lang, 'help.summary')]));
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS, 'summary');
  langOption(values.lang);
  const file = onlyArgument(positionals, 'summary', 'argument.plan');
  const parsed = parsePlan(await readJson(file, io), { nomenclature: HG_867_2015 });
  if (!parsed.ok) {
    for (const line of reportLines(parsed.issues, lang)) io.err(line);
    return EXIT.invalid;
  }
  io.out(linesText(summaryLines(parsed.plan, parsed.issues, lang)));
  return EXIT.ok;
}
