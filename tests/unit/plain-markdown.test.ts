import { describe, expect, test } from 'vitest';
import { asMdxWouldWrite, isPlainMarkdown } from '../../src/lib/content/plain-markdown';

describe('isPlainMarkdown: which .mdx bodies may skip the MDX compiler', () => {
  test.each([
    ['prose with Vietnamese', 'Sáng nay (08/8), Ủy ban Quốc gia về chuyển đổi số họp phiên thứ ba./.'],
    [
      'headings, lists, emphasis, links',
      '## Kết quả\n\n- **100%** xã có sóng;\n- *2.000* lượt cán bộ.\n\nXem [Cổng](https://dichvucong.gov.vn).',
    ],
    ['a table with alignment', '| Huyện | Số |\n| --- | ---: |\n| Sìn Hồ | 12 |'],
    ['a nested list indented by two or three spaces', '- Một\n  - Hai\n   - Ba'],
    ['a blockquote', '> Trích dẫn lời phát biểu.'],
    ['a list with dashes and stars', '- Một\n* Hai\n\n**Đậm** và *nghiêng* -- và ---'],
    ['the words import and export inside a sentence', 'Kim ngạch export tăng; doanh nghiệp import thiết bị.'],
  ])('plain: %s', (_name, body) => {
    expect(isPlainMarkdown(body)).toBe(true);
  });

  test.each([
    ['a content component', 'Đoạn văn.\n\n<Figure src="./anh-1.jpg" alt="Ảnh" />'],
    ['an HTML tag', 'Xuống<br/>dòng'],
    ['an HTML comment', '<!-- ghi chú -->'],
    ['an autolink (not Markdown in MDX)', 'Xem <https://laichau.gov.vn>'],
    ['an expression', 'Năm {2022 + 1}'],
    ['a lone closing brace', 'Ký hiệu }'],
    ['an import line', 'import X from "./x.js";\n\nVăn bản'],
    ['an export line', 'Văn bản\n\nexport const a = 1;'],
    ['an indented code block (4 spaces)', 'Văn bản\n\n    mã nguồn'],
    ['an indented line (tab)', 'Văn bản\n\n\tthụt lề'],
    ['a Markdown image', '![Ảnh](./anh.jpg)'],
    ['a footnote', 'Văn bản[^1]\n\n[^1]: Chú thích'],
    ['a thematic break', 'Một\n\n---\n\nHai'],
    ['a thematic break of stars', 'Một\n\n* * *\n\nHai'],
    ['a setext heading', 'Tiêu đề\n======='],
    ['a task list', '- [x] Xong\n- [ ] Chưa'],
    ['a hard break (two spaces)', 'Dòng một  \ndòng hai'],
    ['a hard break (backslash)', 'Dòng một\\\ndòng hai'],
    ['fenced code', '```\nmã\n```'],
  ])('MDX path: %s', (_name, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});

describe('asMdxWouldWrite', () => {
  test('writes cell alignment and the end of the body as MDX does', () => {
    const html =
      '<table>\n<thead>\n<tr>\n<th style="text-align: right">Số</th>\n<th style="text-align: center">Tên</th>\n</tr>\n</thead>\n</table>\n';
    expect(asMdxWouldWrite(html)).toBe(
      '<table>\n<thead>\n<tr>\n<th style="text-align:right">Số</th>\n<th style="text-align:center">Tên</th>\n</tr>\n</thead>\n</table>',
    );
  });
  test('leaves text that only looks like an attribute alone', () => {
    expect(asMdxWouldWrite('<p>style=&quot;text-align: right&quot;</p>')).toBe('<p>style=&quot;text-align: right&quot;</p>');
  });
});
