import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { yamlFieldLines } from '../../src/content-check/frontmatter';
import { createAgencySchema, createLeadersSchema, createUnitsSchema } from '../../src/schemas/organisation';
import { proceduresSchema } from '../../src/schemas/organisation-links';

/** The messages of a failed parse, as `path: message`. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the organisation schemas', () => {
  const leadersSchema = createLeadersSchema({ image: () => z.string() });
  const leader = (phone: unknown) => ({ leaders: [{ id: 'a', name: 'Họ và tên', position: 'Giám đốc Sở', phone }] });

  test.each([
    ['0213.3791.558', true],
    ['0213.xxx.xxx', true],
    ['+84 213 3791 558', true],
    ['(0213) 3791-558', true],
    [2133791558, false],
    ['0213', false],
    ['gọi tổng đài', false],
  ])('phone %j accepted: %s', (phone, ok) => {
    expect(problems(leadersSchema, leader(phone)).length === 0).toBe(ok);
  });

  test('a number written without quotes is refused with a way to write it', () => {
    expect(problems(leadersSchema, leader(2133791558))).toEqual([
      'leaders.0.phone: số điện thoại phải là chữ, đặt trong dấu ngoặc kép (để giữ số 0 đầu) — viết, ví dụ: phone: "0213.3791.558"',
    ]);
  });

  test('an id is written once across leaders and heads of units', () => {
    const twice = { leaders: [leader('0213.xxx.xxx').leaders[0], { id: 'a', name: 'B', position: 'C' }] };
    expect(problems(leadersSchema, twice)).toEqual(['leaders.1.id: id "a" đã dùng cho người hoặc đơn vị khác — mỗi id chỉ dùng một lần']);
    const unitsSchema = createUnitsSchema({ leaderIds: ['giam-doc'] });
    expect(
      problems(unitsSchema, { divisions: [{ id: 'vp', name: 'Văn phòng', head: { id: 'giam-doc', name: 'X', position: 'Y' } }] }),
    ).toEqual(['divisions.0.head.id: id "giam-doc" đã dùng cho người hoặc đơn vị khác — mỗi id chỉ dùng một lần']);
    expect(problems(unitsSchema, { divisions: [{ id: 'vp', name: 'A' }], units: [{ id: 'vp', name: 'B' }] })).toEqual([
      'units.0.id: id "vp" đã dùng cho người hoặc đơn vị khác — mỗi id chỉ dùng một lần',
    ]);
  });

  test('co-quan.yaml names people by an id written in lanh-dao.yaml or don-vi.yaml', () => {
    const schema = createAgencySchema({ personIds: ['giam-doc', 'pham-quang-cuong'] });
    const file = {
      name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu',
      nameEn: 'Department of Information and Communications of Lai Chau Province',
      address: 'Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu',
      phone: '0213.3791.558',
      email: 'banbientap@laichau.gov.vn',
      shortName: 'Sở TT&TT Lai Châu',
      governingBody: 'Ủy ban nhân dân tỉnh Lai Châu',
      shortNameEn: 'Lai Chau DIC',
      governingBodyEn: "Lai Chau Provincial People's Committee",
      officeHours: ['Thứ Hai đến Thứ Sáu'],
      responsible: { person: 'pham-quang-cuong' },
      spokesperson: { person: 'giam-doc' },
    };
    expect(problems(schema, file)).toEqual([]);
    expect(problems(schema, { ...file, spokesperson: { person: 'ai-do' } })).toEqual([
      'spokesperson.person: "ai-do" không có trong lanh-dao.yaml hay don-vi.yaml — chọn một trong: giam-doc, pham-quang-cuong',
    ]);
    expect(problems(schema, { ...file, name: '  ' })).toEqual([
      'name: tên cơ quan (name) đang để trống — viết, ví dụ: name: "Sở Thông tin và Truyền thông tỉnh Lai Châu"',
    ]);
  });

  test('a procedure group links only to portals the file lists, and only over https', () => {
    const portals = [{ id: 'quoc-gia', name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' }];
    expect(problems(proceduresSchema, { intro: 'x', portals, groups: [{ name: 'Báo chí', links: { tinh: 'https://a.vn' } }] })).toEqual([
      'groups.0.links.tinh: không có cổng "tinh" trong portals — chọn một trong: quoc-gia',
    ]);
    expect(
      problems(proceduresSchema, {
        intro: 'x',
        portals: [{ ...portals[0], url: 'http://dichvucong.gov.vn' }],
        groups: [{ name: 'Báo chí' }],
      }),
    ).toHaveLength(1);
  });
});

test('a field path is found on its line in a YAML file; a missing field at its parent', () => {
  const text = 'leaders:\n  - id: a\n    name: "Họ và tên"\n  - id: b\n    phone: 213\n';
  const lineOf = yamlFieldLines(text);
  expect(lineOf(['leaders', 1, 'phone'])).toBe(5);
  expect(lineOf(['leaders', 0, 'name'])).toBe(3);
  expect(lineOf(['leaders', 1, 'name'])).toBe(4);
  expect(lineOf(['khong-co'])).toBe(1);
});
