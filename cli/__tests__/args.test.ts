import { describe, expect, test } from 'vitest';
import { ALL_PAGES, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, parseArgs, parseSize, primaryLanguage } from '../args';

describe('parseArgs', () => {
  test('defaults', () => {
    expect(parseArgs(['page.html'])).toEqual({
      kind: 'run',
      options: { input: 'page.html', points: 5, format: 'text', timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES, pages: 1 },
    });
  });

  test('every option, long, short and with =', () => {
    const r = parseArgs([
      '-n',
      '7',
      '--format=json',
      '-u',
      'https://a.example/x',
      '--lang',
      'ja-JP',
      '-t',
      '2.5',
      '--max-size',
      '500k',
      '--no-color',
      '-p',
      '3',
      '-',
    ]);
    expect(r).toEqual({
      kind: 'run',
      options: { input: '-', points: 7, format: 'json', url: 'https://a.example/x', lang: 'ja', timeoutMs: 2500, maxBytes: 512000, color: false, pages: 3 },
    });
    expect(parseArgs(['--pages', 'all', 'x'])).toMatchObject({ options: { pages: ALL_PAGES } });
    expect(parseArgs(['--pages', '0', 'x'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['--pages', '11', 'x'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['-n3', 'x'])).toMatchObject({ options: { points: 3 } });
    expect(parseArgs(['-f', 'md', 'x'])).toMatchObject({ options: { format: 'markdown' } });
  });

  test('help and version win over everything else', () => {
    expect(parseArgs(['--points', '3', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  test('-- ends options', () => {
    expect(parseArgs(['--', '--weird-name.html'])).toMatchObject({ kind: 'run', options: { input: '--weird-name.html' } });
  });

  test.each([
    [[], /missing/],
    [['a', 'b'], /one page at a time/],
    [['a', '--points', '4'], /--points must be 3, 5 or 7/],
    [['a', '--points'], /needs a value/],
    [['a', '--format', 'xml'], /--format must be/],
    [['a', '--url', '/relative'], /absolute address/],
    [['a', '--url', 'javascript:alert(1)'], /absolute address/],
    [['a', '--lang', 'not a language!'], /--lang must be/],
    [['a', '--timeout', '0'], /--timeout must be/],
    [['a', '--max-size', 'lots'], /--max-size must be/],
    [['a', '--help=yes'], /takes no value/],
    [['a', '-x'], /unknown option '-x'/],
    [['a', '--nope'], /unknown option '--nope'/],
  ])('%j is a usage error', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toMatch(message);
  });
});

test('parseSize', () => {
  expect(parseSize('123')).toBe(123);
  expect(parseSize('10M')).toBe(10 * 1024 * 1024);
  expect(parseSize('1.5MB')).toBe(1.5 * 1024 * 1024);
  expect(parseSize('0')).toBeUndefined();
  expect(parseSize('-1k')).toBeUndefined();
});

test('primaryLanguage', () => {
  expect(primaryLanguage('JA-jp')).toBe('ja');
  expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
  expect(primaryLanguage('')).toBeUndefined();
  expect(primaryLanguage('12')).toBeUndefined();
});
