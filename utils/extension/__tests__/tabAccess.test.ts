import { describe, expect, it } from 'vitest';
import { classifyTabUrl, isNoAccessError, isRestrictedError } from '../tabAccess';

describe('classifyTabUrl', () => {
  it.each([
    'chrome://version',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://settings',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'moz-extension://abc/popup.html',
    'file:///home/me/a.html',
    'data:text/html,hi',
    'not a url',
  ])('%s is restricted', (url) => {
    expect(classifyTabUrl(url)).toBe('restricted');
  });

  it.each(['https://example.com/news/1', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])('%s can be read', (url) => {
    expect(classifyTabUrl(url)).toBe('ok');
  });

  it('is unknown when the browser hides the URL', () => {
    expect(classifyTabUrl(undefined)).toBe('unknown');
  });
});

describe('executeScript errors', () => {
  it('tells browser pages from missing access', () => {
    expect(isRestrictedError('Cannot access a chrome:// URL')).toBe(true);
    expect(isRestrictedError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isRestrictedError('Frame with ID 0 is showing error page')).toBe(true);
    expect(isNoAccessError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isNoAccessError('Something else broke')).toBe(false);
  });
});
