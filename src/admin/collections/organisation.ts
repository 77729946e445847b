/**
 * The department's organisation (`content/organisation/`, `content/en/`): who it is and how to reach
 * it, its leaders and units, related agencies, procedures, and its prose pages. A person is named
 * elsewhere by the `id` written once in Lãnh đạo or Đơn vị: those fields are choices of the people
 * of the content tree.
 */
import { createAgencySchema, createLeadersSchema, createUnitsSchema } from '../../schemas/organisation.ts';
import { organisationTextSchema, proceduresSchema, relatedLinksSchema } from '../../schemas/organisation-links.ts';
import type { AdminCollection, FieldText } from './types.ts';

const PHONE_HINT = 'Viết như muốn hiện: 0213.3791.558. Chưa biết số: 0213.xxx.xxx (hiện nguyên văn, không tạo liên kết gọi).';
const EMAIL_HINT = 'Ví dụ: banbientap@laichau.gov.vn. Chưa biết: xxx@laichau.gov.vn.';
const ID_HINT = 'Chữ a–z không dấu, số và dấu -: pham-quang-cuong. Các mục khác gọi người này bằng id; đổi id thì sửa cả những chỗ đó.';

/** The fields of a person (a leader, the head of a unit), under `prefix` (`leaders.`, `divisions.head.`). */
function personFields(prefix: string): Record<string, FieldText> {
  return {
    [`${prefix}id`]: { label: 'Mã (id)', hint: ID_HINT },
    [`${prefix}honorific`]: { label: 'Danh xưng', hint: 'Ông hoặc Bà, viết trước tên ở chân trang và trang Liên hệ.' },
    [`${prefix}name`]: { label: 'Họ và tên', hint: 'Như khi ký: Phạm Quang Cường. Chưa biết: Họ và tên.' },
    [`${prefix}position`]: { label: 'Chức vụ', hint: 'Ví dụ: Phó Giám đốc Sở, Chánh Văn phòng.' },
    [`${prefix}positionEn`]: { label: 'Chức vụ (tiếng Anh)', hint: 'Cho phần tiếng Anh /en/: Deputy Director.' },
    [`${prefix}phone`]: { label: 'Điện thoại', hint: PHONE_HINT },
    [`${prefix}email`]: { label: 'Thư điện tử', hint: EMAIL_HINT },
  };
}

/** The fields of a division or an attached unit, under `prefix` (`divisions.`, `units.`). */
function unitFields(prefix: string): Record<string, FieldText> {
  return {
    [`${prefix}id`]: { label: 'Mã (id)', hint: 'Chữ a–z không dấu, số và dấu -: van-phong. Là địa chỉ neo trên sơ đồ tổ chức.' },
    [`${prefix}name`]: { label: 'Tên đơn vị', hint: 'Ví dụ: Văn phòng Sở.' },
    [`${prefix}nameEn`]: { label: 'Tên tiếng Anh', hint: 'Ví dụ: Office of the Department.' },
    [`${prefix}head`]: { label: 'Người đứng đầu' },
    ...personFields(`${prefix}head.`),
    [`${prefix}address`]: { label: 'Địa chỉ riêng', hint: 'Chỉ khi khác trụ sở của Sở.' },
    [`${prefix}phone`]: { label: 'Điện thoại riêng', hint: PHONE_HINT },
    [`${prefix}email`]: { label: 'Thư điện tử riêng', hint: EMAIL_HINT },
    [`${prefix}url`]: { label: 'Trang web riêng', hint: 'Địa chỉ đầy đủ: https://…' },
  };
}

/** A person named by id, with their title as printed (`responsible`, `spokesperson`). */
function designated(prefix: string, what: string): Record<string, FieldText> {
  return {
    [prefix]: { label: what },
    [`${prefix}.person`]: { label: 'Người', choice: 'person', hint: 'Chọn trong Lãnh đạo hoặc người đứng đầu đơn vị.' },
    [`${prefix}.title`]: { label: 'Chức danh ghi ở chân trang', hint: 'Để trống: dùng chức vụ của người đó.' },
    [`${prefix}.titleEn`]: { label: 'Chức danh (tiếng Anh)' },
  };
}

const ORGANISATION_FILE = (name: string) => `Tệp content/organisation/${name}.`;

/** The organisation, after the news in the side bar. */
export const ORGANISATION_COLLECTIONS = {
  agency: {
    label: 'Cơ quan',
    labelSingular: 'thông tin cơ quan',
    description: `Tên, cơ quan chủ quản, trụ sở, liên hệ và người được giao: nơi duy nhất ghi những thông tin này. ${ORGANISATION_FILE('co-quan.yaml')}`,
    schema: createAgencySchema,
    files: { kind: 'data-file', file: 'organisation/co-quan.yaml' },
    fields: {
      name: { label: 'Tên cơ quan', hint: 'Tên đầy đủ, ở đầu và cuối mọi trang. Đổi tên, sáp nhập: sửa ô này và các ô tiếng Anh.' },
      shortName: { label: 'Tên viết tắt', hint: 'Cho tiêu đề trang và RSS: Sở TT&TT Lai Châu.' },
      governingBody: { label: 'Cơ quan chủ quản', hint: 'Ủy ban nhân dân tỉnh Lai Châu.' },
      nameEn: { label: 'Tên tiếng Anh' },
      shortNameEn: { label: 'Tên viết tắt tiếng Anh' },
      governingBodyEn: { label: 'Cơ quan chủ quản (tiếng Anh)' },
      address: { label: 'Địa chỉ trụ sở' },
      phone: { label: 'Điện thoại', hint: PHONE_HINT },
      fax: { label: 'Fax', hint: PHONE_HINT },
      email: { label: 'Thư điện tử', hint: EMAIL_HINT },
      officeHours: {
        label: 'Giờ làm việc',
        hint: 'Mỗi dòng một ý, cách nhau bằng dấu phẩy: Thứ Hai đến Thứ Sáu, Sáng: 7 giờ 30 – 11 giờ 30.',
      },
      officeHoursEn: { label: 'Giờ làm việc (tiếng Anh)' },
      map: { label: 'Vị trí trên bản đồ', hint: 'Cho liên kết OpenStreetMap ở trang Liên hệ. Để trống: liên kết tìm theo địa chỉ.' },
      'map.lat': { label: 'Vĩ độ', hint: 'Ví dụ: 22.3964' },
      'map.lon': { label: 'Kinh độ', hint: 'Ví dụ: 103.4582' },
      'map.zoom': { label: 'Độ phóng', hint: '1 (cả thế giới) đến 19 (một tòa nhà).' },
      ...designated('responsible', 'Người chịu trách nhiệm nội dung'),
      ...designated('spokesperson', 'Người phát ngôn'),
      contacts: { label: 'Đầu mối liên hệ', hint: 'Người được giao tiếp nhận phản ánh, cung cấp thông tin…' },
      'contacts.person': { label: 'Người', choice: 'person' },
      'contacts.role': { label: 'Việc được giao', hint: 'Ví dụ: Tiếp nhận phản ánh, kiến nghị.' },
      'contacts.roleEn': { label: 'Việc được giao (tiếng Anh)' },
    },
  },
  leaders: {
    label: 'Lãnh đạo',
    labelSingular: 'danh sách lãnh đạo',
    description: `Lãnh đạo Sở theo thứ tự hiển thị, với lĩnh vực phụ trách và liên hệ. ${ORGANISATION_FILE('lanh-dao.yaml')}`,
    schema: createLeadersSchema,
    files: { kind: 'data-file', file: 'organisation/lanh-dao.yaml' },
    fields: {
      leaders: { label: 'Lãnh đạo' },
      ...personFields('leaders.'),
      'leaders.areas': { label: 'Lĩnh vực phụ trách', hint: 'Cách nhau bằng dấu phẩy: Phụ trách chung, Tổ chức cán bộ.' },
      'leaders.photo': { label: 'Ảnh chân dung', folder: 'anh', hint: 'Ảnh được lưu trong thư mục anh/ cạnh tệp lanh-dao.yaml.' },
    },
  },
  units: {
    label: 'Đơn vị',
    labelSingular: 'danh sách đơn vị',
    description: `Các phòng chuyên môn, nghiệp vụ và đơn vị trực thuộc, theo thứ tự trên sơ đồ tổ chức. ${ORGANISATION_FILE('don-vi.yaml')}`,
    schema: createUnitsSchema,
    files: { kind: 'data-file', file: 'organisation/don-vi.yaml' },
    fields: {
      divisions: { label: 'Phòng chuyên môn, nghiệp vụ' },
      ...unitFields('divisions.'),
      units: { label: 'Đơn vị trực thuộc' },
      ...unitFields('units.'),
    },
  },
  functions: {
    label: 'Chức năng, nhiệm vụ',
    labelSingular: 'chức năng, nhiệm vụ',
    description: `Trang Giới thiệu: chức năng, nhiệm vụ và quyền hạn của Sở. ${ORGANISATION_FILE('chuc-nang-nhiem-vu.mdx')}`,
    schema: organisationTextSchema,
    files: { kind: 'entry-file', file: 'organisation/chuc-nang-nhiem-vu.mdx' },
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề' },
      description: { label: 'Mô tả', multiline: true, hint: 'Một câu cho máy tìm kiếm và khi chia sẻ trang.' },
    },
    body: { label: 'Nội dung', components: true },
  },
  relatedLinks: {
    label: 'Liên kết',
    labelSingular: 'liên kết',
    description: `Liên kết tới các cơ quan liên quan, theo nhóm, ở trang Giới thiệu. ${ORGANISATION_FILE('lien-ket.yaml')}`,
    schema: relatedLinksSchema,
    files: { kind: 'data-file', file: 'organisation/lien-ket.yaml' },
    fields: {
      groups: { label: 'Nhóm liên kết' },
      'groups.name': { label: 'Tên nhóm', hint: 'Ví dụ: Cơ quan cấp trên.' },
      'groups.links': { label: 'Liên kết' },
      'groups.links.name': { label: 'Tên cơ quan, trang', hint: 'Ví dụ: Cổng thông tin điện tử tỉnh Lai Châu.' },
      'groups.links.url': { label: 'Địa chỉ', hint: 'Địa chỉ https:// đầy đủ.' },
    },
  },
  procedures: {
    label: 'Thủ tục hành chính',
    labelSingular: 'thủ tục hành chính',
    description: `Các cổng dịch vụ công và nhóm thủ tục của Sở (trang /thu-tuc-hanh-chinh/). ${ORGANISATION_FILE('thu-tuc-hanh-chinh.yaml')}`,
    schema: proceduresSchema,
    files: { kind: 'data-file', file: 'organisation/thu-tuc-hanh-chinh.yaml' },
    fields: {
      intro: { label: 'Lời giới thiệu', multiline: true, hint: 'Đoạn văn dưới tiêu đề trang.' },
      portals: { label: 'Cổng dịch vụ công' },
      'portals.id': { label: 'Mã (id)', hint: 'Chữ a–z không dấu và dấu -: quoc-gia, tinh. Các nhóm thủ tục gọi cổng bằng mã này.' },
      'portals.name': { label: 'Tên cổng', hint: 'Ví dụ: Cổng Dịch vụ công quốc gia.' },
      'portals.url': { label: 'Địa chỉ', hint: 'Địa chỉ https:// đầy đủ.' },
      'portals.description': { label: 'Mô tả', hint: 'Một câu: người dân làm gì ở đó.' },
      groups: { label: 'Nhóm thủ tục (lĩnh vực)' },
      'groups.name': { label: 'Lĩnh vực', hint: 'Ví dụ: Báo chí.' },
      'groups.description': { label: 'Mô tả' },
      'groups.links': {
        label: 'Trang của nhóm trên từng cổng',
        keys: 'portal',
        hint: 'Chọn cổng và dán địa chỉ trang của lĩnh vực này trên cổng đó; không có thì dẫn tới trang chủ của cổng.',
      },
    },
  },
  english: {
    label: 'Tiếng Anh (English)',
    labelSingular: 'trang tiếng Anh',
    description: 'Phần giới thiệu tiếng Anh ở /en/ (content/en/). Trang mới ở /en/ cần người quản trị kỹ thuật thêm.',
    schema: organisationTextSchema,
    files: { kind: 'entries', folder: 'en', extension: 'mdx', address: '/en/', byYear: false, inFolder: false, create: false },
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề (tiếng Anh)' },
      description: { label: 'Mô tả (tiếng Anh)', multiline: true },
    },
    body: { label: 'Nội dung (tiếng Anh)', components: true },
  },
} satisfies Record<string, AdminCollection>;
