/**
 * What the search page's script says, in Vietnamese: apart from `vi.ts` so that the script
 * carries these strings only, not the whole site's dictionary. `vi.search` is this same object.
 */

/** A month of the index's manifest (`2022-03`) as readers write it: `03/2022`. */
const month = (yearMonth: string) => yearMonth.split('-').reverse().join('/');

export const viSearch = {
  loading: 'Đang tìm…',
  failed: 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
  /** `noun`: what a search without words lists, by its filters (`nouns`). */
  count: (n: number, query: string, noun: string) => (query ? `Tìm thấy ${n} kết quả cho “${query}”.` : `Có ${n} ${noun}.`),
  showing: (shown: number, total: number) => `Đang hiển thị ${shown}/${total}.`,
  none: (query: string, noun: string) => (query ? `Không tìm thấy kết quả nào cho “${query}”.` : `Không có ${noun} nào.`),
  nouns: { articles: 'bài viết', documents: 'văn bản', any: 'kết quả' },
  /** Words typed that no searched page holds: they were not searched for. */
  missing: (words: readonly string[]) => `Không tìm thấy: ${words.join(', ')}.`,
  /** Every word is somewhere, but no page holds them all. */
  notTogether: 'Không có bài nào chứa đủ tất cả các từ đã gõ.',
  /** Only part of the archive was searched, newest first (months as `2022-03`). */
  scope: (from: string, to: string | undefined) => `Đã tìm trong các bài từ ${month(from)} đến ${to ? month(to) : 'nay'}.`,
  /** The button that searches the rest of the archive. */
  older: (before: string) => `Tìm cả các bài trước ${month(before)}`,
  /** A very long query: only its first syllables were searched. */
  cut: (searched: number) => `Chỉ tìm ${searched} chữ đầu tiên.`,
} as const;
