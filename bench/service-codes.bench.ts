// `npm run bench`: normalising 100,000 raw service codes drawn from the seeds' spellings, against a
// baseline of one precompiled regular-expression test over the same strings, in one run; and the
// cost per character of the worst garbage against a typical code.
import { medianTime } from './medianTime.js';
import type * as Nomenclature from '../src/nomenclature/index.js';

const dist = new URL('../dist/nomenclature/index.js', import.meta.url).href;
const { parseServiceCode } = (await import(dist)) as typeof Nomenclature;

const SPELLINGS = [
  '8891Cz-C-II', '8891CZ-C III', '8810 ID-II', '8891 CZ-C III', '8810 CZ-V-I', '8891 CZ-C-I', '8891 CZ-C-III',
  '8891 CZ-C-II', '8730 CR-V-I', '8899CZ-F-I', '8810ID-VI', '8790 CR-PFA-I', '8810CZ-V-II', '8899 CPDH-I',
  '8899 CZ-PN-V', '8810 ID-I', '8891CZ-C-III', '8790CR-II', '8790CR-C-I', '8899 CZ-D-I', '<b>8891 CZ-C-III</b>',
  '8810ID-I', '8810ID -I', '8810 ID -VI', '85311200-4',
];
const N = 100_000;
const inputs = Array.from({ length: N }, (_, i) => SPELLINGS[(i * 7919) % SPELLINGS.length] as string);
const BASELINE = /^\s*\d{4}[\s-]*[A-Z]{2,5}(?:[\s-]+[A-Z]{1,4})?(?:[\s-]+[IVX]{1,5})?\s*$/i;


let sink = 0;
const regexMs = medianTime(() => {
  for (const s of inputs) if (BASELINE.test(s)) sink += 1;
}, 7).ms;
const parseMs = medianTime(() => {
  for (const s of inputs) if (parseServiceCode(s).ok) sink += 1;
}, 7).ms;
console.log(`service codes: ${N} raw codes from ${SPELLINGS.length} seed spellings, node ${process.version}`);
console.log(`regex baseline  ${regexMs.toFixed(1)} ms`);
console.log(`parseServiceCode ${parseMs.toFixed(1)} ms = ${Math.round(N / (parseMs / 1000)).toLocaleString('en')} codes/s (aim ≥ 1,000,000)`);
console.log(`ratio parse / regex: ${(parseMs / regexMs).toFixed(1)}×`);

// Per character: the typical code is the seeds' mix above (total time over total characters); each
// garbage string is timed alone over the same number of characters.
const mixChars = inputs.reduce((n, x) => n + x.length, 0);
const typicalNs = (parseMs * 1e6) / mixChars;
const garbage = [
  '8891 CZ-C-MMMMMMM',
  '-'.repeat(200),
  `8891 ${'-'.repeat(195)}`,
  `8891 ${'CZ '.repeat(60)}`,
  `8891${' -'.repeat(98)}I`,
  '🙂'.repeat(100),
  '9'.repeat(200),
  'x'.repeat(10_000),
  `8891 ${'\uFB00'.repeat(195)}`,
  `8891 CZ-C-${'\u2162'.repeat(60)}`,
  `<b>${'<i>'.repeat(60)}</b>`,
  `Cod serviciu social: ${'8'.repeat(170)}`,
];
let worst = 0;
let worstText = '';
for (const g of garbage) {
  const reps = Math.max(1, Math.round(mixChars / g.length));
  const ms = medianTime(() => {
    for (let i = 0; i < reps; i += 1) parseServiceCode(g);
  }, 7).ms;
  const ns = (ms * 1e6) / (reps * g.length);
  if (ns > worst) [worst, worstText] = [ns, g];
}
console.log(
  `per character: typical (seed mix) ${typicalNs.toFixed(1)} ns; worst garbage ${worst.toFixed(1)} ns (${JSON.stringify(worstText.slice(0, 24))}) ${worst <= typicalNs ? 'ok' : 'OVER'}`,
);
if (sink < 0) console.log(sink);
