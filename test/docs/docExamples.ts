// Collects the @example blocks of every public export, via the TypeScript compiler API.
import ts from 'typescript';

export interface DocExample {
  /** Export name. */
  readonly name: string;
  /** Index of the example among the export's examples. */
  readonly index: number;
  /** The code inside the ```ts fence. */
  readonly code: string;
}

export interface ExportDocs {
  readonly name: string;
  readonly examples: readonly DocExample[];
  readonly hasSummary: boolean;
}

export function collectExportDocs(entry: string): ExportDocs[] {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, allowJs: false, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`no module symbol for ${entry}`);
  const out: ExportDocs[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples: DocExample[] = [];
    let hasSummary = false;
    for (const decl of symbol.getDeclarations() ?? []) {
      const docs = ts.getJSDocCommentsAndTags(decl);
      for (const doc of docs) {
        if (ts.isJSDoc(doc) && ts.getTextOfJSDocComment(doc.comment)?.trim()) hasSummary = true;
      }
      for (const tag of ts.getJSDocTags(decl)) {
        if (tag.tagName.text !== 'example') continue;
        const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
        const m = /```ts\n([\s\S]*?)```/.exec(text);
        if (m?.[1]) examples.push({ name: exported.name, index: examples.length, code: m[1] });
      }
    }
    out.push({ name: exported.name, examples, hasSummary });
  }
  return out;
}

/** Turns `expr; //=> expected` lines into assertions; returns the module text and the count. */
export function toTestModule(example: DocExample): { text: string; assertions: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let assertions = 0;
  for (const line of example.code.split('\n')) {
    if (/^import\s/.test(line)) {
      imports.push(line);
      continue;
    }
    const at = line.indexOf('//=>');
    if (at >= 0) {
      assertions += 1;
      const indent = line.slice(0, line.length - line.trimStart().length);
      const actual = line.slice(0, at).trim().replace(/;$/, '');
      body.push(`${indent}__expect(${actual}, ${line.slice(at + 4).trim()});`);
    } else body.push(line);
  }
  const text = [
    "import { expect } from 'vitest';",
    ...imports,
    'const __expect = (actual: unknown, expected: unknown) => expect(actual).toStrictEqual(expected);',
    'export async function run(): Promise<void> {',
    ...body.map((l) => `  ${l}`),
    '}',
    '',
  ].join('\n');
  return { text, assertions };
}
