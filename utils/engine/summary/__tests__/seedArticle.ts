/**
 * The seed page (tests/fixtures/seed/seed-article.html) as blocks, built by hand
 * from its HTML the way the extractor is meant to: the 📘 box becomes the
 * author's key points, figcaptions are captions, h2/h3 are headings, the
 * reader comments (div.comment) are plain paragraphs — nothing marks them but
 * their wording — and the "次のページ" teaser is kept.
 */
import type { Article, Block, BlockKind } from '../../model';

const B: [BlockKind, string, number?][] = [
  [
    'paragraph',
    '2025年1月、中谷防衛相とヘグセス米国防長官が電話会談!緊密な日米同盟を再確認し、尖閣への安保適用も明言。インド太平洋の安全保障強化へ、指揮・統制枠組み向上などを協議。ヘグセス長官は初の硫黄島訪問へ。日米防衛相会談、石破首相との会談にも注目が集まる。',
  ],
  ['paragraph', '📘 この記事で分かる事!'],
  ['list-item', '💡 中谷防衛大臣とヘグセス米国防長官が電話会談を行い、日米同盟の抑止力と対処力の強化で一致しました。'],
  ['list-item', '💡 日米両政府は安全保障協議委員会(2プラス2)を開催し、中国を名指しで批判し、日米同盟の重要性を確認しました。'],
  ['list-item', '💡 ヘグセス米国防長官が日本を訪問し、日米同盟の強化、安全保障情勢について協議し、硫黄島合同慰霊式典にも出席します。'],
  ['paragraph', '日米関係の進展について、詳しく見ていきましょう。'],
  ['paragraph', 'まずは、最初の会談から始まります。'],
  ['heading', '始まりは電話会談から', 2],
  ['heading', '中谷防衛大臣とヘグセス長官、電話会談で何が?', 3],
  ['paragraph', '親密な関係を築き、友好的な雰囲気!'],
  ['paragraph', '中谷大臣と長官、初の電話会談で同盟強化と連携を確認。'],
  ['caption', '中谷防衛大臣がアメリカのヘグセス国防長官と電話会談日米同盟の抑止力・対処力を強化する方針を確認'],
  ['list-item', '✅ 中谷防衛大臣は、アメリカのヘグセス国防長官と電話会談を行い、日米同盟の抑止力と対処力の強化で一致しました。'],
  ['list-item', '✅ 尖閣諸島への日米安保条約第5条の適用を改めて確認し、アメリカが日本の防衛義務を負うことを再確認しました。'],
  ['list-item', '✅ ワシントンでの旅客機と米軍ヘリの衝突事故に対し、中谷大臣はヘグセス長官へ哀悼の意を伝えました。'],
  ['paragraph', 'さらに読む ⇒出典/画像元: https://newsdig.tbs.co.jp/articles/withbloomberg/1700885?display=1'],
  ['paragraph', '同盟国同士が互いを尊重し、親しみを込めて話し合う様子は、良好な関係を示唆していますね。'],
  ['paragraph', '2025年1月31日、中谷元防衛大臣とヘグセス米国防長官は、初の電話会談を実施しました。'],
  [
    'paragraph',
    'この会談は、石破首相の訪米を前に実現し、両者は互いを信頼できるカウンターパートとして、親しみを込めて名前で呼び合うほど友好的な雰囲気で行われました。',
  ],
  [
    'paragraph',
    '日本とアメリカが、こうして頻繁に連携を取り合っているのは、頼もしいですね。世界情勢は常に変化していますから、日米同盟の重要性はますます増していると感じます。',
  ],
  ['heading', '日米同盟の強化とインド太平洋戦略', 2],
  ['heading', '日米首脳会談、何を確認?同盟強化のキモは?', 3],
  ['paragraph', '日米同盟強化と尖閣への安保適用再確認。'],
  ['paragraph', '2プラス2開催、中国への対応とインド太平洋戦略を協議。'],
  ['paragraph', '尖閣諸島「日米安保条の下」日米プラス、共同文書全文'],
  ['paragraph', '公開日:2021/03/16'],
  [
    'list-item',
    '✅ 日米両政府は、外務・防衛担当閣僚による安全保障協議委員会(2プラス2)を開催し、中国を名指しして国際秩序に合致しない行動を批判し、中国海警法に対して「深刻な懸念」を表明した。',
  ],
  [
    'list-item',
    '✅ 共同文書では、日米同盟がインド太平洋地域の平和、安全、繁栄の礎であることを再確認し、日本は防衛能力向上を、米国は日本の防衛に対する揺るぎないコミットメントを強調した。',
  ],
  ['list-item', '✅ 両国は、自由で開かれたインド太平洋とルールに基づく国際秩序を推進していくことを改めて表明した。'],
  ['paragraph', 'さらに読む ⇒ニュースサイト出典/画像元: https://mainichi.jp/articles/20210316/k00/00m/010/230000c'],
  ['paragraph', '中国への懸念を共有し、日米同盟の強化を確認したことは重要ですね。'],
  ['paragraph', '自由で開かれたインド太平洋の実現に向けた連携は喫緊の課題でしょう。'],
  ['paragraph', '会談では、インド太平洋地域の安全保障環境の厳しさを共有し、日米同盟の抑止力と対処力の強化で一致しました。'],
  ['paragraph', '具体的には、日米の指揮・統制枠組みの向上など、同盟強化に関する取り組みを共同で推進することを確認。'],
  ['paragraph', 'そして、尖閣諸島への日米安保条約第5条の適用を改めて確認し、日本側はこれを高く評価しました。'],
  ['paragraph', 'また、両者は「自由で開かれたインド太平洋」の実現に向け、緊密な意思疎通を図る方針で一致しました。'],
  [
    'paragraph',
    '中国との関係は難しい問題ですが、こうして話し合い、共同で対応していく姿勢は安心できますね。特に、インド太平洋地域の安定は、世界全体の平和にも繋がりますから。',
  ],
  ['paragraph', '次のページを読む ⇒'],
  ['paragraph', '日米防衛相会談、同盟強化へ。硫黄島での慰霊式典も。防衛費増額や安全保障課題も議論。強固な日米同盟を世界へ発信。'],
];

/** Block indexes of the reader comments (div.comment) and comment-like asides of the seed page. */
export const SEED_COMMENT_BLOCKS = [16, 19, 30, 31, 36];

export function seedArticle(): Article {
  const blocks: Block[] = B.map(([kind, text, level], index) => (level ? { index, kind, text, level } : { index, kind, text }));
  return {
    url: 'https://example.jp/articles/nichibei-domei-2025',
    title: '日米同盟強化は?中谷防衛大臣とヘグセス米国防長官の連携強化の行方(?マーク)日米の防衛連携強化に向けた動き',
    lang: 'ja',
    dir: 'ltr',
    readingTimeMinutes: 4,
    blocks,
    articleBody: blocks.map((b) => b.text).join('\n'),
    outline: [],
    authorKeyPoints: blocks.filter((b) => b.text.startsWith('💡')).map((b) => ({ text: b.text.replace(/^💡\s*/u, '') })),
    sources: [],
    nextPageUrl: 'https://example.jp/articles/nichibei-domei-2025?page=2',
    extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 0, total: 0 } },
  };
}
