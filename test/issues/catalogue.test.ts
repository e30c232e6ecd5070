import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOGUE, createIssue, type IssueCode } from '../../src/index.js';

const codes = Object.keys(ISSUE_CATALOGUE) as IssueCode[];
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('issue catalogue', () => {
  it.each(codes)('%s has a Romanian and an English message with the same placeholders', (code) => {
    const rule = ISSUE_CATALOGUE[code];
    expect(rule.ro.trim()).not.toBe('');
    expect(rule.en.trim()).not.toBe('');
    expect(rule.ro).not.toBe(rule.en);
    expect(placeholders(rule.ro)).toEqual(placeholders(rule.en));
  });

  it('codes are dotted lower-case identifiers', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*\.[a-z0-9]+(?:_[a-z0-9]+)*$/);
  });

  it('docs/validation-issues.md documents every code, and no code that does not exist', () => {
    const doc = readFileSync(new URL('../../docs/validation-issues.md', import.meta.url), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([a-z0-9_]+\.[a-z0-9_]+)` \|/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...codes].sort());
  });

  it('createIssue fills every placeholder of both languages, freezes the issue and copies what it was given', () => {
    const issue = createIssue('total.mismatch', ['chapter3', 'refresherCourses', 'printedTotal'], { expected: '10000', found: '15000', difference: '5000' });
    expect(issue.message.ro).toBe('Totalul tipărit 15000 nu este egal cu suma rândurilor 10000 (diferență 5000).');
    expect(issue.message.en).toBe('The printed total 15000 does not equal the sum of the rows 10000 (difference 5000).');
    expect(Object.isFrozen(issue)).toBe(true);
    const path: (string | number)[] = ['a'];
    const params = { value: 'x' };
    const copy = createIssue('amount.invalid', path, params);
    path.push('b');
    params.value = 'y';
    expect([copy.path, copy.params]).toEqual([['a'], { value: 'x' }]);
  });

  it('createIssue shortens long values in messages, never in params', () => {
    const long = 'x'.repeat(500);
    const issue = createIssue('amount.invalid', [], { value: long });
    expect(issue.params.value).toBe(long);
    expect(issue.message.en.length).toBeLessThan(300);
  });
});
