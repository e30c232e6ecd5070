// Text helpers shared by the writers of the library (HTML, SVG, Markdown, Word, the command line).

/**
 * Text as every writer takes it: line ends made "\n" (a lone CR, CRLF, the Unicode line and
 * paragraph separators, and the vertical tab and form feed that copying out of Word or a PDF leaves),
 * and the characters XML 1.0 forbids or discourages (other C0 and C1 controls, U+FFFE, U+FFFF,
 * lone surrogates) dropped, so that a Word file or an SVG stays well formed, Markdown sees the same
 * lines as HTML, and a document printed to a terminal carries no escape sequence.
 */
export function plainText(text: string): string {
  // Most text needs nothing: one quick test spares the two replacements.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (!/[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/.test(text)) return text;
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\0-\x08\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML or XML content and in quoted attributes. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** `template` with each `{name}` replaced by `params.name` (a name not in `params` stays as it is). */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** An ISO day as Romanian documents write it: 2024-01-31 → 31.01.2024 (anything else as it is). */
export function roDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
