/**
 * People and contact details as the organisation's pages show them: who a person `id` is, how a
 * number is dialled, and which values are still placeholders (`0213.xxx.xxx`, `Họ và tên`).
 */

/** A person of the organisation: a leader, or the head of a unit. */
export interface Person {
  id: string;
  honorific?: string | undefined;
  name: string;
  position: string;
  positionEn?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

/** A unit of the organisation as `don-vi.yaml` describes it. */
export interface Unit {
  id: string;
  name: string;
  nameEn?: string | undefined;
  head?: Person | undefined;
  address?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
}

/**
 * A value the department has not filled in yet: a number or address with `xxx` in place of the
 * digits, or the name "Họ và tên". Shown as written (so the gap is visible), never linked, and
 * `null` in the open data.
 */
export function isPlaceholder(value: string | undefined): boolean {
  return value === undefined || /x{3}/i.test(value) || value.trim().toLocaleLowerCase('vi') === 'họ và tên';
}

/** The `tel:` link of a phone number as printed (`0213.3791.558` → `tel:02133791558`); none for a placeholder. */
export function telHref(phone: string | undefined): string | undefined {
  return phone && !isPlaceholder(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;
}

/** The `mailto:` link of an email address; none for a placeholder. */
export function mailtoHref(email: string | undefined): string | undefined {
  return email && !isPlaceholder(email) ? `mailto:${email}` : undefined;
}

/** A person as they are addressed: "Ông Phạm Quang Cường", or the bare name without an honorific. */
export const addressedName = (person: Pick<Person, 'honorific' | 'name'>): string =>
  person.honorific ? `${person.honorific} ${person.name}` : person.name;

/** Every person by id: the leaders first, then the heads of units. */
export function peopleById(leaders: readonly Person[], units: readonly Unit[]): Map<string, Person> {
  return new Map([...leaders, ...units.flatMap((unit) => (unit.head ? [unit.head] : []))].map((person) => [person.id, person]));
}

/** The person with `id`; the schemas have refused any id that names nobody, so a miss is a bug. */
export function personById(people: ReadonlyMap<string, Person>, id: string): Person {
  const person = people.get(id);
  if (!person) throw new Error(`No person with id "${id}" in lanh-dao.yaml or don-vi.yaml`);
  return person;
}
