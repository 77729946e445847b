// A reproducible Vietnamese news corpus laid out like content/, for the benchmark and for tests
// that need many realistic articles. The same options always give the same files, byte for byte.
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toSlug } from '../../src/lib/text/slug.ts';
import { random, writePlaceholderJpeg } from './placeholder-image.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

const CATEGORIES = [
  'tin-tuc',
  'chuyen-doi-so',
  'thong-bao',
  'van-ban-chi-dao',
  'bao-chi-xuat-ban',
  'buu-chinh-vien-thong',
  'an-toan-thong-tin',
];
const PLACES = [
  'Lai Châu',
  'Tam Đường',
  'Phong Thổ',
  'Sìn Hồ',
  'Mường Tè',
  'Than Uyên',
  'Tân Uyên',
  'Nậm Nhùn',
  'Điện Biên',
  'Sơn La',
  'Lào Cai',
  'Hà Nội',
];
const ACTIONS = [
  'Hội nghị triển khai',
  'Tập huấn',
  'Kiểm tra công tác',
  'Sơ kết',
  'Tổng kết',
  'Hội thảo về',
  'Ra mắt',
  'Đẩy mạnh',
  'Tăng cường',
  'Hướng dẫn thực hiện',
  'Phát động',
  'Thông báo kết quả',
];
const TOPICS = [
  'chuyển đổi số',
  'chính quyền điện tử',
  'dịch vụ công trực tuyến',
  'an toàn thông tin mạng',
  'thông tin cơ sở',
  'báo chí, xuất bản',
  'hạ tầng viễn thông',
  'bưu chính công ích',
  'tổ công nghệ số cộng đồng',
  'thanh toán không dùng tiền mặt',
  'nền tảng số quốc gia',
  'thông tin đối ngoại',
  'phòng, chống tin giả',
  'cải cách hành chính',
];
const TAGS = [
  'Chuyển đổi số',
  'Lai Châu',
  'An toàn thông tin',
  'Dịch vụ công',
  'Báo chí',
  'Viễn thông',
  'Bưu chính',
  'Chính quyền số',
  'Kinh tế số',
  'Xã hội số',
  'Thông tin cơ sở',
  'Cải cách hành chính',
  'Đề án 06',
  'Nông thôn mới',
  'Giảm nghèo',
  'Biên giới',
  'Đối ngoại',
  'Tin giả',
  'Internet',
  'Sóng và máy tính cho em',
];
const PEOPLE = [
  'Nguyễn Văn An',
  'Lò Thị Hương',
  'Giàng A Tính',
  'Tẩn Thị Mây',
  'Phạm Quang Cường',
  'Đỗ Minh Đức',
  'Vàng Văn Chiến',
  'Lê Thị Thủy',
];
const SENTENCES = [
  'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu các huyện, thành phố.',
  'Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành tập trung triển khai quyết liệt các nhiệm vụ được giao.',
  'Năm qua, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt hơn 65%, tăng đáng kể so với cùng kỳ.',
  'Toàn tỉnh đã thành lập 1.024 tổ công nghệ số cộng đồng với hơn 5.600 thành viên tham gia, phủ khắp các thôn, bản.',
  'Nhiều bản vùng cao đã có sóng di động 4G, giúp người dân tiếp cận thông tin và dịch vụ công thuận tiện hơn.',
  'Sở Thông tin và Truyền thông phối hợp với các doanh nghiệp viễn thông rà soát, xóa các vùng lõm sóng trên địa bàn.',
  'Các đại biểu đã thảo luận, chia sẻ kinh nghiệm và đề xuất nhiều giải pháp thiết thực, phù hợp với điều kiện của địa phương.',
  'Công tác bảo đảm an toàn thông tin mạng được chú trọng; các hệ thống thông tin được phân loại và phê duyệt cấp độ.',
  'Người dân được hướng dẫn cài đặt ứng dụng VNeID, thanh toán trực tuyến và nộp hồ sơ qua Cổng dịch vụ công quốc gia.',
  'Đài Phát thanh - Truyền hình tỉnh và hệ thống truyền thanh cơ sở đã đưa tin kịp thời, đầy đủ về các sự kiện quan trọng.',
  'Kết thúc chương trình, Ban tổ chức trao giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.',
  'Lãnh đạo Sở đề nghị các đơn vị khẩn trương hoàn thiện báo cáo, gửi về Sở trước ngày 15 hằng tháng để tổng hợp.',
  'Đến nay, 100% cơ quan nhà nước của tỉnh đã sử dụng văn bản điện tử có ký số trong trao đổi công việc.',
  'Theo kế hoạch, đến năm 2025 toàn tỉnh phấn đấu 80% hộ gia đình có kết nối Internet cáp quang băng rộng.',
  'Tại buổi làm việc, hai bên đã trao đổi về kinh nghiệm quản lý nhà nước trong lĩnh vực báo chí, xuất bản và thông tin đối ngoại.',
  'Học viên được trang bị kiến thức về nhận diện tin giả, xử lý khủng hoảng truyền thông và kỹ năng phát ngôn với báo chí.',
];

/** The parts of generated sentences: real archives say many different things, with names, numbers and dates. */
const SUBJECTS = [
  'Sở Thông tin và Truyền thông',
  'Ủy ban nhân dân tỉnh',
  'Ủy ban nhân dân huyện',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Bưu điện tỉnh',
  'Viễn thông Lai Châu',
  'Viettel Lai Châu',
  'Ban Chỉ đạo chuyển đổi số tỉnh',
  'Hội Nhà báo tỉnh',
  'Đoàn kiểm tra liên ngành',
  'Phòng Văn hóa và Thông tin huyện',
  'Công an tỉnh',
  'Sở Nội vụ',
  'Sở Giáo dục và Đào tạo',
  'Ban Quản lý dự án',
  'Tỉnh đoàn',
];
const VERBS = [
  'đã tổ chức',
  'tiếp tục triển khai',
  'hoàn thành',
  'kiểm tra việc thực hiện',
  'ban hành kế hoạch về',
  'đánh giá kết quả',
  'phối hợp hướng dẫn',
  'rà soát',
  'tuyên truyền về',
  'đôn đốc tiến độ',
  'nghiệm thu',
  'khảo sát nhu cầu',
  'bồi dưỡng kỹ năng',
  'đề xuất bổ sung kinh phí cho',
];
const OBJECTS = [
  'hệ thống quản lý văn bản và điều hành',
  'mạng truyền số liệu chuyên dùng',
  'trạm thu phát sóng di động',
  'điểm bưu điện văn hóa xã',
  'phần mềm một cửa điện tử',
  'kho dữ liệu dùng chung',
  'camera giám sát an ninh trật tự',
  'cụm loa truyền thanh thông minh',
  'hồ sơ sức khỏe điện tử',
  'sổ tay chuyển đổi số',
  'giải pháp phòng chống mã độc',
  'trung tâm điều hành thông minh',
  'ứng dụng thanh toán học phí',
  'bản tin thông tin đối ngoại',
  'chương trình phát thanh tiếng dân tộc',
  'kênh thông tin tiếp nhận phản ánh, kiến nghị',
  'chữ ký số cho cán bộ cấp xã',
  'bộ chỉ số đánh giá chuyển đổi số',
];
const UNITS = [
  'hộ gia đình',
  'học viên',
  'cán bộ',
  'thôn, bản',
  'doanh nghiệp',
  'hồ sơ',
  'thuê bao',
  'lượt truy cập',
  'trường học',
  'trạm y tế',
];
const DOCUMENTS = ['Kế hoạch', 'Quyết định', 'Công văn', 'Chỉ thị', 'Hướng dẫn', 'Thông báo'];
const DOC_TYPES = ['KH-UBND', 'QĐ-UBND', 'STTTT-BCVT', 'CT-UBND', 'HD-STTTT', 'TB-STTTT'];
const CHANGES = ['tăng', 'giảm', 'vượt'];
const ADVERBS = ['kịp thời', 'đúng tiến độ', 'hiệu quả', 'đồng bộ', 'an toàn', 'thiết thực'];

/** One sentence: now and then from the hand-written pool, mostly assembled from the parts above. */
function sentence(rng) {
  const n = 2 + rng.int(4980);
  const pct = 5 + rng.int(90);
  const day = 1 + rng.int(28);
  const month = 1 + rng.int(12);
  const subject = rng.pick(SUBJECTS);
  const object = rng.pick(OBJECTS);
  const place = rng.pick(PLACES);
  switch (rng.int(9)) {
    case 0:
      return rng.pick(SENTENCES);
    case 1:
      return `${subject} ${rng.pick(VERBS)} ${object} tại ${place}, với ${n} ${rng.pick(UNITS)} tham gia.`;
    case 2:
      return `Tính đến ngày ${day}/${month}, ${place} có ${n} ${rng.pick(UNITS)} sử dụng ${object}, ${rng.pick(CHANGES)} ${pct}% so với cùng kỳ năm trước.`;
    case 3: {
      const kind = rng.int(DOCUMENTS.length);
      return `Theo ${DOCUMENTS[kind]} số ${n}/${DOC_TYPES[kind]}, ${subject} ${rng.pick(VERBS)} ${object} trước ngày ${day}/${month}.`;
    }
    case 4:
      return `Đồng chí ${rng.pick(PEOPLE)} cho biết ${object} giúp người dân ${place} tiết kiệm thời gian, chi phí đi lại.`;
    case 5:
      return `Đồng chí ${rng.pick(PEOPLE)} đề nghị ${subject} bảo đảm ${object} vận hành ${rng.pick(ADVERBS)}.`;
    case 6:
      return `Kinh phí thực hiện ${object} là ${(n / 10).toFixed(1).replace('.', ',')} triệu đồng từ nguồn ngân sách tỉnh và vốn xã hội hóa.`;
    case 7:
      return `Trong quý ${1 + rng.int(4)}, ${subject} đã tiếp nhận ${n} ý kiến về ${object}, trong đó ${pct}% được giải quyết ${rng.pick(ADVERBS)}.`;
    default:
      return `${place} là một trong ${1 + rng.int(9)} địa phương đầu tiên của tỉnh hoàn thành ${object}.`;
  }
}

/** The corpus's random choices, from one seed (see `random`): the same seed, the same corpus. */
function randomFrom(seed) {
  const next = random(seed);
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const pad = (n) => String(n).padStart(2, '0');
const yaml = (text) => JSON.stringify(text);

function paragraph(rng) {
  const count = 2 + rng.int(4);
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

/** A Markdown body with the shapes a news article has: paragraphs, headings, a list, a table, links. */
function body(rng, index, total, figure) {
  const parts = [paragraph(rng), paragraph(rng)];
  if (figure) parts.push(figure);
  parts.push(`## Kết quả nổi bật`, paragraph(rng));
  if (index % 3 === 0) {
    parts.push(
      [
        '- Hoàn thành **100%** chỉ tiêu về dịch vụ công trực tuyến;',
        '- Xóa 12 vùng lõm sóng tại các xã biên giới;',
        '- Tập huấn cho hơn *2.000* lượt cán bộ, công chức.',
      ].join('\n'),
    );
  }
  if (index % 4 === 0) {
    parts.push(
      [
        '| Huyện | Tổ công nghệ số | Thành viên |',
        '| --- | ---: | ---: |',
        ...PLACES.slice(1, 5).map((p, i) => `| ${p} | ${110 + ((index + i * 7) % 90)} | ${600 + ((index * 13 + i) % 400)} |`),
      ].join('\n'),
    );
  }
  parts.push(`## Nhiệm vụ thời gian tới`, paragraph(rng));
  if (index % 2 === 0) {
    parts.push(
      `Xem thêm [tin liên quan](/tin-tuc/${articleSlug((index + 1) % total)}/) và [Cổng dịch vụ công quốc gia](https://dichvucong.gov.vn).`,
    );
  }
  if (index % 5 === 0) parts.push(`> ${sentence(rng)}`);
  parts.push(`${paragraph(rng)}./.`);
  return parts.join('\n\n');
}

/** The topic of article `index` follows from its index, so other articles can link to it. */
const topicOf = (index) => TOPICS[(index * 5 + 3) % TOPICS.length];
const articleSlug = (index) => `${toSlug(topicOf(index))}-${index + 1}`;

/**
 * Writes a corpus of `articles` articles into `dir` (categories.yaml, site/, organisation/ and en/ copied from the
 * project's content/). Every `componentEvery`-th article uses the <Figure> content component
 * (a photo from a shared pool, so it takes the MDX path); every `coverEvery`-th is a folder
 * article with its own cover photo. Returns what was written.
 */
export async function generateCorpus(dir, { articles = 10_000, seed = 2022, componentEvery = 20, coverEvery = 200, poolSize = 12 } = {}) {
  const rng = randomFrom(seed);
  mkdirSync(join(dir, 'site'), { recursive: true });
  for (const file of ['site/site.yaml', 'site/footer.mdx', 'site/logo.svg', 'site/tin-nhiem-mang.svg', 'categories.yaml']) {
    copyFileSync(join(ROOT, 'content', file), join(dir, file));
  }
  // The department's identity and the pages built from it.
  for (const folder of ['organisation', 'en']) cpSync(join(ROOT, 'content', folder), join(dir, folder), { recursive: true });
  const pool = join(dir, 'articles/_anh');
  mkdirSync(pool, { recursive: true });
  for (let i = 0; i < poolSize; i++) await writePlaceholderJpeg(join(pool, `anh-${i + 1}.jpg`), seed + i);

  let covers = 0;
  let components = 0;
  // Spread over the ten years before 2025, newest with the highest index, at varied hours.
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  for (let i = 0; i < articles; i++) {
    const at = new Date(start + Math.floor(((i + rng.next()) / articles) * span));
    const year = at.getUTCFullYear();
    const topic = topicOf(i);
    const place = rng.pick(PLACES);
    const title = `${rng.pick(ACTIONS)} ${topic} tại ${place} năm ${year}`;
    const slug = articleSlug(i);
    const hasCover = coverEvery > 0 && i % coverEvery === coverEvery - 1;
    const usesComponent = componentEvery > 0 && i % componentEvery === 0;
    const tagCount = 1 + rng.int(3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => rng.pick(TAGS)))];
    const file = hasCover ? join(dir, 'articles', String(year), slug, 'index.mdx') : join(dir, 'articles', String(year), `${slug}.mdx`);
    const poolPath = hasCover ? '../../_anh' : '../_anh';
    const figure = usesComponent
      ? `<Figure src="${poolPath}/anh-${1 + (i % poolSize)}.jpg" alt="Quang cảnh ${topic} tại ${place}" caption="${rng.pick(ACTIONS)} ${topic}." credit="Ảnh minh họa" />`
      : undefined;
    const frontmatter = [
      '---',
      `title: ${yaml(title)}`,
      `description: ${yaml(`${sentence(rng)} ${sentence(rng)}`)}`,
      `publishedAt: ${year}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(7 + rng.int(11))}:${pad(rng.int(60))}`,
      `category: ${CATEGORIES[i % CATEGORIES.length]}`,
      `tags: [${tags.map(yaml).join(', ')}]`,
      ...(i % 7 === 0 ? [`author: ${yaml(rng.pick(PEOPLE))}`] : []),
      ...(i % 97 === 0 ? ['featured: true'] : []),
      ...(hasCover ? ['cover:', '  src: ./anh-dai-dien.jpg', `  alt: ${yaml(`Toàn cảnh ${place}`)}`, '  caption: Ảnh minh họa'] : []),
      '---',
    ].join('\n');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${frontmatter}\n\n${body(rng, i, articles, figure)}\n`);
    if (hasCover) {
      await writePlaceholderJpeg(join(dirname(file), 'anh-dai-dien.jpg'), seed + 1000 + i, 1200, 675);
      covers++;
    }
    if (usesComponent) components++;
  }
  return { articles, covers, components, pool: poolSize };
}
