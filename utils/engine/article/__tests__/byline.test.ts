import { describe, expect, it } from 'vitest';
import { bylineForDisplay } from '../byline';

describe('a byline as a reader is shown it (aeb-dev bylines)', () => {
  it('drops the "By" the page put before the names', () => {
    expect(bylineForDisplay('by Madeline Fry')).toBe('Madeline Fry');
    expect(bylineForDisplay('By STEVE PEOPLES, AP National Political Writer')).toBe('STEVE PEOPLES, AP National Political Writer');
  });
  it('drops a date run into the names or set after a dash', () => {
    expect(bylineForDisplay('By Carrie ArnoldNovember 15, 2019')).toBe('Carrie Arnold');
    expect(bylineForDisplay('by Jeff FoustMonday, November 18, 2019')).toBe('Jeff Foust');
    expect(bylineForDisplay('By admin - 2018-09-16')).toBe('admin');
  });
  it('keeps names that only look like it', () => {
    expect(bylineForDisplay('Bye Johnson')).toBe('Bye Johnson');
    expect(bylineForDisplay('June Smith')).toBe('June Smith');
    expect(bylineForDisplay('山田太郎')).toBe('山田太郎');
    expect(bylineForDisplay('By')).toBe('By');
  });
});
