import { describe, expect, it } from 'vitest';
import { LEGAL_NOTICE_SENTENCE, SITE_NOTICE, SITE_PROMO_SENTENCE } from '../furniture';

describe('SITE_NOTICE: sentences about the site, not the story', () => {
  it('matches promotion, disclosure and notice lines seen on real pages', () => {
    for (const line of [
      "If you're enjoying this article, consider supporting our award-winning journalism by subscribing.", // wcxb-dev tj-0478
      'Editorial Note: Talk Android may contain affiliate links on some articles.', // wcxb-dev tj-0500
      'This post may contain affiliate links, which means we may earn a commission.',
      'Every day we send an email with the best stories of the day.',
      'By signing up, you agree to receive recurring automated SMS marketing messages.', // wcxb-dev tj-0477
      'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.', // aeb-dev cc03ddb5…
      'キャンペーンの内容や期間は予告なく変更する場合があります。', // ja-news-dev bookwalker.jp
      'サイトに記載の日時は日本標準時 （Japan Standard Time） です。', // ja-news-dev bookwalker.jp
      'All times are ET.',
      '家庭画報.com新着記事や、『家庭画報』最新号情報をお届けするメールマガジンです。', // ja-news-dev www.kateigaho.com
      'Idioms from The American Heritage® Idioms Dictionary copyright © 2002, 2001, 1995 by Houghton Mifflin.', // wcxb-dev tj-0318
      "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit", // aeb-dev e7994d55…
    ])
      expect(SITE_NOTICE.test(line), line).toBe(true);
  });

  it('leaves the story alone', () => {
    for (const line of [
      'Right now, you can put a MacBook Pro under the tree for just $429.99 while supplies last.', // wcxb-dev tj-0477, a deals article
      'The company said it would join the lawsuit as a member of the coalition.',
      'Subscribers to the service rose by 4 million in the quarter.',
      'The times in the race were all under two hours.',
      '試合開始の日時は未定だという。',
      'The court ruled that the copyright claim was filed too late.',
      '同社はアフターサービスの体制を強化すると発表した。',
    ])
      expect(SITE_NOTICE.test(line), line).toBe(false);
  });
});

describe('SITE_PROMO_SENTENCE: a sentence that promotes the site inside the story', () => {
  it('matches app and contribution pitches seen on real pages', () => {
    for (const line of [
      'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.', // trafilatura-dev nationnews.com-tridents
      'Submit your letter to the editor via this form.', // trafilatura-dev mercurynews.com.2023.01.16.letters-1119
      'Download our free app to read every story offline.',
      '最新ニュースは公式アプリをダウンロードしてご覧ください。',
    ])
      expect(SITE_PROMO_SENTENCE.test(line), line).toBe(true);
  });

  it('leaves news about apps and letters alone', () => {
    for (const line of [
      'Users can download the Threads app on iOS and Android starting today.',
      'The senator sent a letter to the company asking about its data practices.',
      'Our reporters submitted a records request to the city in March.',
      'The latest figures show downloads of the app doubled in a year.',
      'アプリのダウンロード数は1年で2倍になった。',
    ])
      expect(SITE_PROMO_SENTENCE.test(line), line).toBe(false);
  });
});

describe('LEGAL_NOTICE_SENTENCE: legal and consent notices', () => {
  it('matches the notices sites and services set on their pages', () => {
    for (const line of [
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation.',
      'We use cookies to give you the best experience on our website.',
      '© 2025 Example Cloud Inc. All rights reserved.',
      'Example Cloud is a registered trademark of Example Cloud Inc. in the United States and other countries.',
      '記事・写真の無断転載を禁じます。',
      '当サイトではCookieを使用しています。',
    ])
      expect(LEGAL_NOTICE_SENTENCE.test(line), line).toBe(true);
  });

  it('leaves news about privacy, terms and cookies alone', () => {
    for (const line of [
      'The regulator said the company changed its privacy policy without telling users.',
      'Users who click the button are asked to accept new terms of service, the lawsuit says.',
      'The bakery sold more than 4,000 cookies at the fair.',
      'Researchers found that most sites ignore the cookie consent choices of their visitors.',
      '同社はプライバシーポリシーを改定した。',
    ])
      expect(LEGAL_NOTICE_SENTENCE.test(line), line).toBe(false);
  });
});
