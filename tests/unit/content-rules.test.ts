import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/content-check/body';
import { formatProblem } from '../../src/content-check/problems';
import { urlProblem } from '../../src/content-check/rules/urls';
import { fixtureTree } from '../build/build-helpers';

/** A content tree, and in it an article folder with a photo and a document beside it. */
const tree = fixtureTree({ 'articles/2024/bai/anh-1.jpg': 'ảnh', 'articles/2024/bai/ke-hoach.pdf': 'văn bản' });
const dir = join(tree, 'articles/2024/bai');

/** A table row: what the body shows, the body, and the start of each line the check prints for it. */
type Row = [string, string, string[]];

/** Checks `body` as an `.mdx` (or `.md`) article: each line printed starts as `expected` says, in order. */
function expectProblems(body: string, expected: string[], extension: 'mdx' | 'md' = 'mdx') {
  const file = join(dir, `index.${extension}`);
  const lines = checkBody(file, body, { contentDir: tree, siteUrl: 'https://stttt.laichau.gov.vn' }).problems.map((problem) =>
    formatProblem(problem, dir).slice(`index.${extension}:`.length),
  );
  expect(lines.map((line, i) => line.slice(0, expected[i]?.length))).toEqual(expected);
}

describe('syntax: the parser’s errors explained, at line and column', () => {
  test.each<Row>([
    ['thẻ thiếu dấu >', '<Figure src="./anh-1.jpg" alt="Hội nghị"', ['1:1: nội dung (MDX) — thẻ <…> viết chưa đúng']],
    ['thẻ đóng không khớp', '<Note>\n\nLưu ý.\n\n</Gallery>', ['5:1: nội dung (MDX) — thẻ đóng </Gallery> không khớp với thẻ mở <Note>']],
    ['thẻ đóng thừa', 'Đoạn văn.\n\n</Note>', ['3:1: nội dung (MDX) — thẻ đóng </Note> không có thẻ mở tương ứng']],
    ['thẻ chưa đóng', '<Note>\n\nLưu ý.', ['1:1: nội dung (MDX) — thẻ <Note> chưa được đóng — thêm </Note>']],
    ['ghi chú HTML', 'Ghi chú <!-- ẩn --> đây', ['1:9: nội dung (MDX) — MDX không dùng ghi chú <!-- … --> — viết {/* ghi chú */}']],
    ['dấu { lẻ', 'Giá { 100 đồng', ['1:5: nội dung (MDX) — dấu { không hợp lệ ở đây']],
    ['dấu < trước khoảng trắng là chữ', 'Nhiệt độ < 30 độ', []],
  ])('%s', (_what, body, expected) => expectProblems(body, expected));
});

describe('code: no import/export, no {…} but comments', () => {
  test.each<Row>([
    ['import', "import BieuDo from 'bieu-do'", ['1: import/export — bài viết không được nhập (import)']],
    ['export', 'export const tacGia = "Sở"', ['1: import/export — ']],
    ['biểu thức', 'Tổng: {1 + 1} tỷ đồng', ['1: nội dung — dấu { … } là mã lập trình']],
    ['ghi chú ẩn', '{/* ghi chú cho biên tập viên */}', []],
    ['mã giữa hai ghi chú', '{/* a */ process.exit(1) /* b */}', ['1: nội dung — dấu { … } là mã lập trình']],
    ['thuộc tính {...}', '<Note {...thamSo}>Lưu ý</Note>', ['1: <Note> — thuộc tính {…} là mã lập trình']],
    [
      'giá trị {…}',
      '<Note title={tieuDe}>Lưu ý</Note>',
      ['1: <Note> title — giá trị {…} là mã lập trình, không được dùng trong bài viết — viết giá trị trong dấu ngoặc kép: title="…"'],
    ],
  ])('%s', (_what, body, expected) => expectProblems(body, expected));

  test('in a .md file, braces and "import" are text', () => expectProblems('Tổng {1 + 1}\n\nimport x from "y"', [], 'md'));
});

describe('elements: one rule for MDX tags and raw HTML', () => {
  const tags = ['script', 'iframe', 'style', 'object', 'embed', 'base', 'link', 'meta', 'form', 'img'];
  test.each(tags)('<%s> in .mdx and in .md', (tag) => {
    const says = `<${tag}> — thẻ <${tag}> không được dùng trong bài viết (an toàn cho người đọc)`;
    expectProblems(`Đoạn văn.\n\n<${tag} />`, [`3: ${says}`]);
    expectProblems(`Đoạn văn.\n\n<${tag}>`, [`3: ${says}`], 'md');
  });

  test.each<Row>([
    [
      'video: dùng <Video>',
      '<iframe src="https://www.youtube.com/embed/abc" />',
      ['1: <iframe> — thẻ <iframe> không được dùng trong bài viết (an toàn cho người đọc) — để đưa video, dùng <Video'],
    ],
    [
      'ảnh: dùng <Figure>',
      '<img src="./anh-1.jpg" />',
      ['1: <img> — thẻ <img> không được dùng trong bài viết (an toàn cho người đọc) — dùng <Figure src='],
    ],
    ['viết hoa lẫn thường', '<iFrame src="https://example.com" />', ['1: <iFrame> — thẻ <iframe> không được dùng']],
    ['nội dung của thẻ cấm không báo thêm', '<form onSubmit="gui()"><Figure /></form>', ['1: <form> — ']],
    ['thẻ HTML thường được dùng', '<span>Lai Châu</span> <abbr title="Thông tin và Truyền thông">TT&TT</abbr>', []],
  ])('%s', (_what, body, expected) => expectProblems(body, expected));

  test('raw HTML is read by an HTML parser: every element and attribute, entities decoded', () => {
    expectProblems(
      '<div><iframe src="javascript:alert(1)" onload="x"></iframe><a href="&#106;avascript:alert(2)">bấm</a></div>',
      [
        '1: <iframe> — thẻ <iframe>',
        '1: <iframe> src — liên kết "javascript:"',
        '1: <iframe> onload — thuộc tính onload',
        '1: <a> href — liên kết "javascript:"',
      ],
      'md',
    );
  });
});

describe('attributes: no on… handlers; addresses checked', () => {
  test.each<[string, string, string[], 'mdx' | 'md']>([
    [
      'onClick trên thẻ MDX',
      '<span onClick="alert(1)">bấm</span>',
      ['1: <span> onClick — thuộc tính onClick chạy mã trên máy người đọc, không được phép — xóa thuộc tính này'],
      'mdx',
    ],
    [
      'onMouseOver trên thành phần',
      '<Note onMouseOver="x">Lưu ý</Note>',
      ['1: <Note> onMouseOver — thuộc tính onMouseOver chạy mã'],
      'mdx',
    ],
    ['onclick trong HTML thô', '<p onclick="alert(1)">Đoạn văn</p>', ['1: <p> onclick — thuộc tính onclick chạy mã'], 'md'],
    ['href javascript: trong MDX', '<a href="javascript:alert(1)">bấm</a>', ['1: <a> href — liên kết "javascript:"'], 'mdx'],
    [
      'poster, action',
      '<span poster="javascript:1" action="javascript:2">x</span>',
      ['1: <span> poster — liên kết', '1: <span> action — liên kết'],
      'mdx',
    ],
    ['xlink:href trong MDX', '<a xlink:href="javascript:x">bấm</a>', ['1: <a> xlink:href — liên kết "javascript:"'], 'mdx'],
    ['xlink:href trong HTML thô', '<svg><a xlink:href="javascript:x">bấm</a></svg>', ['1: <a> xlink:href — liên kết "javascript:"'], 'md'],
    [
      'formaction trong HTML thô',
      '<button formaction="javascript:x">Gửi</button>',
      ['1: <button> formaction — liên kết "javascript:"'],
      'md',
    ],
    ['chữ "javascript:" ngoài địa chỉ', '<abbr title="javascript: ngôn ngữ lập trình">JS</abbr>', [], 'mdx'],
  ])('%s', (_what, body, expected, extension) => expectProblems(body, expected, extension));
});

describe('urls: one allow-list of schemes — relative paths, #fragments, http:, https:, mailto:, tel:', () => {
  test.each([
    // Allowed.
    ['https://laichau.gov.vn/', undefined],
    ['HTTP://laichau.gov.vn/', undefined],
    ['/tin-tuc/chuyen-doi-so/', undefined],
    ['./ke-hoach.pdf', undefined],
    ['../anh-chung.jpg', undefined],
    ['#ket-qua', undefined],
    ['?trang=2', undefined],
    ['//cdn.laichau.gov.vn/anh.jpg', undefined],
    ['mailto:stttt@laichau.gov.vn', undefined],
    ['tel:02133876538', undefined],
    ['./javascript:ghi-chu.pdf', undefined],
    ['', undefined],
    // Refused, whatever the case, spacing or character references.
    ['javascript:alert(1)', 'javascript'],
    [' JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&#106avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['DATA:image/png;base64,iVBORw0KGgo=', 'data'],
    ['file:///etc/passwd', 'file'],
    ['blob:https://laichau.gov.vn/1234', 'blob'],
    ['ftp://ftp.laichau.gov.vn/', 'ftp'],
    ['C:\\Users\\bien-tap\\anh.jpg', 'c'],
  ])('%j → %s', (url, scheme) => {
    const problem = urlProblem(url);
    if (scheme === undefined) expect(problem).toBeUndefined();
    else expect(problem?.startsWith(`liên kết "${scheme}:" `), problem).toBe(true);
  });

  test('the message names only the scheme (a data: address can be megabytes long) and what to write', () => {
    expect(urlProblem(`data:image/png;base64,${'A'.repeat(5000)}`)).toBe(
      'liên kết "data:" chứa cả một tệp hay một trang (có thể chạy mã) ngay trong liên kết, không được phép — chỉ dùng địa chỉ https://… hoặc http://…, đường dẫn trong trang (/tin-tuc/…, ./anh-1.jpg, #muc), mailto: hoặc tel:',
    );
  });

  test('Markdown links and link definitions, on their own lines', () =>
    expectProblems('Bấm [vào đây](javascript:alert(1)).\n\n[nguon]: javascript:alert(2)', [
      '1: liên kết — liên kết "javascript:"',
      '3: liên kết — liên kết "javascript:"',
    ]));

  test.each<[string, string, string[], 'mdx' | 'md']>([
    ['tải về data: trong .md', '[tải về](data:text/html;base64,PHNjcmlwdD4=)', ['1: liên kết — liên kết "data:"'], 'md'],
    ['tải về data: trong .mdx', '[tải về](data:text/html;base64,PHNjcmlwdD4=)', ['1: liên kết — liên kết "data:"'], 'mdx'],
    ['định nghĩa liên kết', '[tải về][vb]\n\n[vb]: data:text/plain,bi-mat', ['3: liên kết — liên kết "data:"'], 'md'],
    [
      'ký tự mã hóa trong .md',
      '[bấm](&#106;avascript:alert(1)) [bấm](javascript&colon;alert(2))',
      ['1: liên kết — liên kết "javascript:"', '1: liên kết — liên kết "javascript:"'],
      'md',
    ],
    ['ký tự mã hóa trong thẻ MDX', '<a href="&#x64;ata:text/html,x">bấm</a>', ['1: <a> href — liên kết "data:"'], 'mdx'],
    ['tab mã hóa trong HTML thô', '<a href="java&#x09;script:alert(1)">bấm</a>', ['1: <a> href — liên kết "javascript:"'], 'md'],
    ['ảnh Markdown data:', '![Biểu đồ](data:image/png;base64,iVBORw0KGgo=)', ['1: ảnh — liên kết "data:"'], 'md'],
    ['<Figure> data:', '<Figure src="data:image/png;base64,iVBORw0KGgo=" alt="Biểu đồ" />', ['1: <Figure> src — liên kết "data:"'], 'mdx'],
    ['<Video> javascript:', '<Video src="javascript:alert(1)" title="Phóng sự" />', ['1: <Video> src — liên kết "javascript:"'], 'mdx'],
    ['<video src> file:', '<video src="file:///etc/passwd"></video>', ['1: <video> src — liên kết "file:"'], 'md'],
    [
      'srcset, mỗi địa chỉ',
      '<picture><source srcset="./anh-1.jpg 1x, data:image/png;base64,x 2x"></picture>',
      ['1: <source> srcset — liên kết "data:"'],
      'md',
    ],
    ['cite', '<blockquote cite="vbscript:x">Trích</blockquote>', ['1: <blockquote> cite — liên kết "vbscript:"'], 'mdx'],
    [
      'mọi địa chỉ được phép',
      '[a](https://laichau.gov.vn) [b](http://laichau.gov.vn) [c](mailto:stttt@laichau.gov.vn) [d](tel:02133876538) [e](#muc) [f](/tin-tuc/tin-so-1/) [g](./ke-hoach.pdf)',
      [],
      'md',
    ],
  ])('%s', (_what, body, expected, extension) => expectProblems(body, expected, extension));
});

describe('links to files: a relative path to a file passes the file rule', () => {
  test.each<Row>([
    ['tệp cạnh bài', '[Tải kế hoạch](./ke-hoach.pdf)', []],
    ['tệp không có', '[Tải kế hoạch](./khong-co.pdf)', ['1: liên kết — không tìm thấy tệp "./khong-co.pdf"']],
    [
      'ra ngoài thư mục articles',
      '[Tải](../../../../../etc/passwd.txt)',
      ['1: liên kết — tệp "../../../../../etc/passwd.txt" phải nằm cạnh bài viết, trong thư mục articles'],
    ],
    ['liên kết tới trang, không phải tệp', '[Tin trước](../tin-so-2/) [Tin sau](../tin-so-3)', []],
  ])('%s', (_what, body, expected) => expectProblems(body, expected));
});

describe('components: only the content components, with their props and files', () => {
  test.each<Row>([
    [
      'thành phần lạ',
      '<BieuDo du-lieu="x" />',
      ['1: <BieuDo> — không có thành phần <BieuDo> — dùng một trong: <Figure>, <Gallery>, <GalleryImage>, <Document>, <Note>, <Video>'],
    ],
    ['tên có dấu chấm', '<bieu.do />', ['1: <bieu.do> — không có thành phần <bieu.do>']],
    [
      'thiếu src và alt',
      '<Figure />',
      [
        '1: <Figure> src — thiếu src — viết, ví dụ: <Figure src="./anh-1.jpg" … />',
        '1: <Figure> alt — thiếu mô tả ảnh cho người không xem được ảnh',
      ],
    ],
    ['alt để trống', '<Figure src="./anh-1.jpg" alt=" " />', ['1: <Figure> alt — thiếu mô tả ảnh']],
    [
      'thiếu title',
      '<Document src="./ke-hoach.pdf" />',
      ['1: <Document> title — thiếu title — viết, ví dụ: <Document title="Kế hoạch số 12/KH-STTTT" … />'],
    ],
    [
      'văn bản không có',
      '<Document src="./khong-co.pdf" title="Kế hoạch" />',
      ['1: <Document> src — không tìm thấy văn bản "./khong-co.pdf"'],
    ],
    [
      'ảnh không phải văn bản',
      '<Document src="./anh-1.jpg" title="Kế hoạch" />',
      ['1: <Document> src — "./anh-1.jpg" không phải tệp văn bản được hỗ trợ'],
    ],
    ['video trên trang khác', '<Video src="https://www.youtube.com/watch?v=abc" title="Phóng sự" />', []],
    [
      'video http',
      '<Video src="http://example.com/video" title="Phóng sự" />',
      ['1: <Video> src — video "http://example.com/video" không nằm cạnh bài viết'],
    ],
    [
      'ảnh bìa video không có',
      '<Video src="https://www.youtube.com/watch?v=abc" title="Phóng sự" poster="./khong-co.jpg" />',
      ['1: <Video> poster — không tìm thấy ảnh'],
    ],
    ['src {…}: báo là mã, không báo tệp', '<Figure src={anh} alt="Hội nghị" />', ['1: <Figure> src — giá trị {…} là mã lập trình']],
    ['bộ ảnh hợp lệ', '<Gallery caption="Hội nghị">\n  <GalleryImage src="./anh-1.jpg" alt="Đại biểu" />\n</Gallery>', []],
    [
      'thành phần trong thành phần',
      '<Note title="Lưu ý">\n\n<Figure src="./anh-1.jpg" />\n\n</Note>',
      ['3: <Figure> alt — thiếu mô tả ảnh'],
    ],
  ])('%s', (_what, body, expected) => expectProblems(body, expected));
});

describe('images: Markdown photos need alt text and a file beside the article', () => {
  test.each<Row>([
    ['thiếu mô tả', '![](./anh-1.jpg)', ['1: ảnh — thiếu mô tả ảnh cho người không xem được ảnh — viết mô tả trong ngoặc vuông: ![']],
    ['ảnh không có', '![Hội nghị](./khong-co.jpg)', ['1: ảnh — không tìm thấy ảnh "./khong-co.jpg"']],
    ['ảnh trên trang khác', '![Hội nghị](https://example.com/x.jpg)', ['1: ảnh — ảnh "https://example.com/x.jpg" không nằm cạnh bài viết']],
    ['thiếu ./', '![Hội nghị](anh-1.jpg)', ['1: ảnh — ảnh "anh-1.jpg" phải nằm cạnh bài viết, trong thư mục articles']],
    ['không phải ảnh', '![Hội nghị](./ke-hoach.pdf)', ['1: ảnh — "./ke-hoach.pdf" không phải tệp ảnh được hỗ trợ']],
    ['ảnh hợp lệ', '![Quang cảnh hội nghị](./anh-1.jpg)', []],
  ])('%s', (_what, body, expected) => {
    expectProblems(body, expected);
    expectProblems(body, expected, 'md');
  });
});
