import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, primarySubtag } from '../language';

describe('detectLanguage', () => {
  const ja = '日本政府は本日、新しい経済対策を発表しました。物価の上昇に対応するため、家計への支援を強化する方針です。';
  const zh = '国务院今天发布了新的经济政策，以应对物价上涨，加强对家庭的支持。专家认为这将有助于稳定市场。';
  const ko = '정부는 오늘 새로운 경제 대책을 발표했습니다. 물가 상승에 대응하기 위해 가계 지원을 강화할 방침입니다.';
  const ar = 'أعلنت الحكومة اليوم عن إجراءات اقتصادية جديدة لمواجهة ارتفاع الأسعار ودعم الأسر في جميع أنحاء البلاد.';
  const he = 'הממשלה הודיעה היום על צעדים כלכליים חדשים כדי להתמודד עם עליית המחירים ולתמוך במשפחות ברחבי הארץ.';
  const en = 'The government announced new economic measures today to deal with rising prices and to support households across the country.';
  it('believes the scripts over a wrong declaration', () => {
    expect(detectLanguage(['en'], ja)).toBe('ja');
    expect(detectLanguage(['ja'], zh)).toBe('zh');
    expect(detectLanguage([], ko)).toBe('ko');
    expect(detectLanguage(['en'], ar)).toBe('ar');
    expect(detectLanguage([], he)).toBe('he');
    expect(detectLanguage(['ja'], en)).toBe('en');
  });
  it('keeps a declaration that fits the script', () => {
    expect(detectLanguage(['fa-IR'], ar)).toBe('fa');
    expect(detectLanguage(['fr-FR'], en)).toBe('fr');
    expect(detectLanguage(['zh-Hant'], zh)).toBe('zh');
  });
  it('guesses Latin languages from common words when nothing is declared', () => {
    expect(detectLanguage([], en)).toBe('en');
    expect(
      detectLanguage([], 'Le gouvernement a annoncé des mesures pour les ménages et les entreprises qui sont dans la crise, et le ministre est en visite.'),
    ).toBe('fr');
  });
  it('falls back to the declaration for short text', () => {
    expect(detectLanguage(['de'], 'OK')).toBe('de');
    expect(primarySubtag('en-US')).toBe('en');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en', 'rtl')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });
});
