/**
 * The schemas of the department's organisation (`content/organisation/`): who it is and how to
 * reach it (`co-quan.yaml`), its leaders (`lanh-dao.yaml`), its divisions and attached units
 * (`don-vi.yaml`). Shared by the Astro build (`src/content.config.ts`) and, like
 * `src/schemas/article.ts`, plain TypeScript that Node runs directly (no `astro:` import, `.ts`
 * extensions), so that `npm run check` can apply the same rules.
 *
 * A person is written once, with an `id`, in `lanh-dao.yaml` (leaders) or `don-vi.yaml` (heads of
 * units); `co-quan.yaml` names the person responsible for content, the spokesperson and the
 * contact officials by that `id`, so a phone number is never written twice.
 *
 * A field ending in `En` is its English text, shown in the English section (`/en/`); names of
 * people stay Vietnamese. Every message is written for editors: what is wrong, then ` — ` and
 * what to write instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { imageField, type ImageHelper, optionalText, requiredText, SLUG_PATTERN } from './fields.ts';

/** An `id`: the anchor of a person or unit (`/gioi-thieu/lanh-dao/#pham-quang-cuong`), a–z, digits and `-`. */
const idField = (example: string) =>
  z
    .string({ error: `thiếu id — viết, ví dụ: id: ${example}` })
    .regex(SLUG_PATTERN, `id chỉ gồm chữ a–z không dấu, số và dấu - — viết, ví dụ: id: ${example}`);

/**
 * A phone or fax number as printed: digits, dots, spaces, dashes, brackets, a leading `+`.
 * An unknown number is written with `x` in place of the digits (`0213.xxx.xxx`): it is shown as
 * written but never dialled, and left out of the open data.
 */
const phoneField = (field: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `thiếu số điện thoại (${field}) — viết, ví dụ: ${field}: "0213.3791.558" (chưa biết số thì viết "0213.xxx.xxx")`
          : `số điện thoại phải là chữ, đặt trong dấu ngoặc kép (để giữ số 0 đầu) — viết, ví dụ: ${field}: "0213.3791.558"`,
    })
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => /^\+?[\dx(][\dx.\s()-]{4,}[\dx]$/i.test(value), {
      error: (issue) =>
        `"${String(issue.input)}" không phải số điện thoại — chỉ gồm chữ số, dấu chấm, dấu cách, ví dụ: ${field}: "0213.3791.558" (chưa biết số thì viết "0213.xxx.xxx")`,
    });

/** An email address; an unknown one is written `xxx@…` (shown, never linked). */
const emailField = z.email({
  error: 'email không hợp lệ — viết, ví dụ: email: banbientap@laichau.gov.vn (chưa biết thì viết xxx@laichau.gov.vn)',
});

/** The fields every person has, leader or head of a unit. */
const personFields = {
  /** The anchor and the name other files use for this person: `pham-quang-cuong`, or `giam-doc` while the name is unknown. */
  id: idField('pham-quang-cuong'),
  /** "Ông" or "Bà", written before the name where the site addresses the person (footer, contact page). */
  honorific: optionalText,
  /** Full name, as the person signs: "Phạm Quang Cường". Unknown: "Họ và tên". */
  name: requiredText('họ và tên (name)', 'name: "Phạm Quang Cường" (chưa biết thì viết "Họ và tên")'),
  /** Position: "Giám đốc Sở", "Phó Giám đốc Sở", "Chánh Văn phòng". */
  position: requiredText('chức vụ (position)', 'position: "Phó Giám đốc Sở"'),
  /** The position in English for `/en/`: "Deputy Director". Without it the English pages show the Vietnamese. */
  positionEn: optionalText,
  /** Office phone: "0213.3791.558"; unknown: "0213.xxx.xxx". */
  phone: phoneField('phone').optional(),
  /** Work email; unknown: "xxx@laichau.gov.vn". */
  email: emailField.optional(),
};

/** A person as written in `lanh-dao.yaml` or as the head of a unit in `don-vi.yaml`. */
export const personSchema = z.object(personFields, { error: 'phải là một người: id, name, position (phone, email nếu có)' });

/** The people of a list whose `id` is used twice, as issues on the second. */
function duplicateIds(ids: readonly { id: string; path: PropertyKey[] }[], ctx: z.RefinementCtx, taken: ReadonlySet<string> = new Set()) {
  const seen = new Set(taken);
  for (const { id, path } of ids) {
    if (seen.has(id))
      ctx.addIssue({ code: 'custom', path, message: `id "${id}" đã dùng cho người hoặc đơn vị khác — mỗi id chỉ dùng một lần` });
    seen.add(id);
  }
}

/** `lanh-dao.yaml`: the department's leaders, in the order the site shows them. */
/** `image`: Astro's `image()` in the build (the photo is optimised); the check's, which applies the file rule. */
export function createLeadersSchema<Image extends z.ZodType>({ image }: { image: ImageHelper<Image> }) {
  return z.object({
    leaders: z
      .array(
        z.object({
          ...personFields,
          /** Lĩnh vực phụ trách: one line per area in charge. */
          areas: z.array(requiredText('lĩnh vực phụ trách', 'areas: ["Phụ trách chung"]')).default([]),
          /** A portrait beside the file (`./anh/pham-quang-cuong.jpg`), optimised by the build. Optional. */
          photo: imageField(image).optional(),
        }),
        { error: 'leaders phải là danh sách lãnh đạo — mỗi người bắt đầu bằng "- id: …"' },
      )
      .min(1, 'chưa có lãnh đạo nào — thêm ít nhất một người (chưa biết tên thì viết name: "Họ và tên")')
      .superRefine((leaders, ctx) =>
        duplicateIds(
          leaders.map((leader, index) => ({ id: leader.id, path: [index, 'id'] })),
          ctx,
        ),
      ),
  });
}

/** A division or an attached unit in `don-vi.yaml`. */
const unitSchema = z.object({
  /** The anchor of the unit on the organisation chart: `van-phong`. */
  id: idField('van-phong'),
  /** Its name: "Văn phòng Sở", "Trung tâm Công nghệ thông tin và Truyền thông". */
  name: requiredText('tên đơn vị (name)', 'name: "Văn phòng Sở"'),
  /** Its name in English for `/en/`: "Office of the Department". Without it the English pages show the Vietnamese. */
  nameEn: optionalText,
  /** Its head (trưởng phòng, giám đốc trung tâm), a person with an `id` of their own. */
  head: personSchema.optional(),
  /** The unit's own address, only where it differs from the department's. */
  address: optionalText,
  /** The unit's own phone, where it has one. */
  phone: phoneField('phone').optional(),
  /** The unit's own email, where it has one. */
  email: emailField.optional(),
  /** The unit's own website, if it has one. */
  url: z.url({ protocol: /^https?$/, error: 'url phải là địa chỉ đầy đủ, ví dụ https://…' }).optional(),
});

/** What the units' schema needs from its caller. */
export interface UnitsSchemaOptions {
  /** The leaders' ids (`lanh-dao.yaml`): a unit's head may not take one. */
  leaderIds: readonly string[];
}

/** `don-vi.yaml`: the divisions (phòng chuyên môn, nghiệp vụ) and the attached units (đơn vị trực thuộc). */
export function createUnitsSchema({ leaderIds }: UnitsSchemaOptions) {
  return z
    .object({
      /** Các phòng chuyên môn, nghiệp vụ, in chart order. */
      divisions: z.array(unitSchema).default([]),
      /** Các đơn vị trực thuộc (sự nghiệp), in chart order. */
      units: z.array(unitSchema).default([]),
    })
    .superRefine(({ divisions, units }, ctx) => {
      const all = [...divisions.map((u, i) => ({ u, at: ['divisions', i] })), ...units.map((u, i) => ({ u, at: ['units', i] }))];
      duplicateIds(
        all.map(({ u, at }) => ({ id: u.id, path: [...at, 'id'] })),
        ctx,
      );
      duplicateIds(
        all.flatMap(({ u, at }) => (u.head ? [{ id: u.head.id, path: [...at, 'head', 'id'] }] : [])),
        ctx,
        new Set(leaderIds),
      );
    });
}

/** What the department's schema needs from its caller. */
export interface AgencySchemaOptions {
  /** Every person's id (`readPersonIds`): leaders and heads of units. */
  personIds: readonly string[];
}

/** `co-quan.yaml`: the department's identity, office and designated people. */
export function createAgencySchema({ personIds }: AgencySchemaOptions) {
  const choices = personIds.join(', ');
  const personRef = z
    .string({ error: `thiếu người (person) — viết id của một người trong lanh-dao.yaml hoặc don-vi.yaml: ${choices}` })
    .refine((id) => personIds.includes(id), {
      error: (issue) => `"${String(issue.input)}" không có trong lanh-dao.yaml hay don-vi.yaml — chọn một trong: ${choices}`,
    });
  return z.object({
    /** The full name, shown in the header and footer: "Sở Thông tin và Truyền thông tỉnh Lai Châu". A rename is this line. */
    name: requiredText('tên cơ quan (name)', 'name: "Sở Thông tin và Truyền thông tỉnh Lai Châu"'),
    /** A short name for page titles and feeds: "Sở TT&TT Lai Châu". */
    shortName: requiredText('tên viết tắt (shortName)', 'shortName: "Sở TT&TT Lai Châu"'),
    /** The body the department belongs to: "Ủy ban nhân dân tỉnh Lai Châu". */
    governingBody: requiredText('cơ quan chủ quản (governingBody)', 'governingBody: "Ủy ban nhân dân tỉnh Lai Châu"'),
    /** The name in English: "Department of Information and Communications of Lai Chau Province". */
    nameEn: requiredText('tên tiếng Anh (nameEn)', 'nameEn: "Department of Information and Communications of Lai Chau Province"'),
    /** The short name in English: "Lai Chau DIC". */
    shortNameEn: requiredText('tên viết tắt tiếng Anh (shortNameEn)', 'shortNameEn: "Lai Chau DIC"'),
    /** The governing body in English: "Lai Chau Provincial People's Committee". */
    governingBodyEn: requiredText(
      'cơ quan chủ quản tiếng Anh (governingBodyEn)',
      `governingBodyEn: "Lai Chau Provincial People's Committee"`,
    ),
    /** Trụ sở: the office address. */
    address: requiredText('địa chỉ trụ sở (address)', 'address: "Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu"'),
    /** Điện thoại, as printed: "0213.3791.558". */
    phone: phoneField('phone'),
    /** Fax, as printed; unknown: "0213.xxx.xxx". */
    fax: phoneField('fax').optional(),
    /** The email readers write to. */
    email: emailField,
    /** Giờ làm việc: one line each ("Thứ Hai đến Thứ Sáu", "Sáng: 7 giờ 30 – 11 giờ 30"). */
    officeHours: z
      .array(requiredText('giờ làm việc', 'officeHours: ["Thứ Hai đến Thứ Sáu"]'))
      .min(1, 'thiếu giờ làm việc — viết, ví dụ: officeHours: ["Thứ Hai đến Thứ Sáu"]'),
    /** The same lines in English. */
    officeHoursEn: z.array(requiredText('giờ làm việc tiếng Anh', 'officeHoursEn: ["Monday to Friday"]')).default([]),
    /**
     * Where the office is, for the OpenStreetMap link on the contact page (a link, no embedded
     * map). Without it the link searches OpenStreetMap for the address.
     */
    map: z
      .object({
        lat: z.number({ error: 'vĩ độ (lat) là một số, ví dụ lat: 22.3964' }).min(-90).max(90),
        lon: z.number({ error: 'kinh độ (lon) là một số, ví dụ lon: 103.4582' }).min(-180).max(180),
        /** How close the map opens, 1 (the world) to 19 (a building). */
        zoom: z.number().int().min(1).max(19).default(17),
      })
      .optional(),
    /** Chịu trách nhiệm nội dung: the person, and their title as the footer prints it. */
    responsible: z.object({
      person: personRef,
      /** As printed: "Phó Giám đốc Sở Thông tin và Truyền thông - Trưởng Ban Biên tập". Default: the person's position. */
      title: optionalText,
      titleEn: optionalText,
    }),
    /** Người phát ngôn (Nghị định 09/2017/NĐ-CP: the head of the department unless another is designated). */
    spokesperson: z.object({ person: personRef, title: optionalText, titleEn: optionalText }),
    /** Designated contact officials (đầu mối): who, and for what. */
    contacts: z
      .array(
        z.object({
          person: personRef,
          /** What they are the contact for: "Tiếp nhận phản ánh, kiến nghị". */
          role: requiredText('việc được giao (role)', 'role: "Tiếp nhận phản ánh, kiến nghị"'),
          roleEn: optionalText,
        }),
      )
      .default([]),
  });
}

/** The YAML of a file under `<contentDir>/organisation/`, or undefined when it is missing or unreadable (its own loader reports that). */
function readOrganisationYaml(contentDir: string, file: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = parse(readFileSync(join(contentDir, 'organisation', file), 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const idsOf = (list: unknown): string[] =>
  Array.isArray(list) ? list.flatMap((item: { id?: unknown }) => (typeof item?.id === 'string' ? [item.id] : [])) : [];

/**
 * The ids people are named by across the organisation's files, as written (validated by each file's
 * schema): the leaders' in `lanh-dao.yaml`, and every person's — the leaders', then the heads' of
 * units in `don-vi.yaml`. Read before the schemas are made, as articles' chuyên mục are.
 */
export function readOrganisationIds(contentDir: string): { leaderIds: string[]; personIds: string[] } {
  const leaderIds = idsOf(readOrganisationYaml(contentDir, 'lanh-dao.yaml')?.leaders);
  const units = readOrganisationYaml(contentDir, 'don-vi.yaml');
  const heads = [units?.divisions, units?.units].flatMap((list) =>
    Array.isArray(list) ? list.map((u: { head?: unknown }) => u?.head) : [],
  );
  return { leaderIds, personIds: [...leaderIds, ...idsOf(heads)] };
}
