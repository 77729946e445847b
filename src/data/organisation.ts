/**
 * The department's organisation as pages ask for it, from `content/organisation/` (and the English
 * "about" text in `content/en/`): identity and office, leaders, units, the people designated for
 * content, speaking and contact, the chart, related agencies and procedures. Each is read once per
 * build: the identity is on every page (header, footer, metadata).
 *
 * Nothing here builds URLs (that is `src/data/site.ts`, which reads the identity from here).
 */
import { type CollectionEntry, getEntry, render } from 'astro:content';
import { organisationChart } from '../lib/organisation/chart';
import { type Person, personById, peopleById, type Unit } from '../lib/organisation/people';

export type Agency = CollectionEntry<'agency'>['data'];
export type Leader = CollectionEntry<'leaders'>['data']['leaders'][number];

/** A single-entry collection's data, read once per build; a missing file was already refused by its loader. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

async function entryData<C extends 'agency' | 'leaders' | 'units' | 'relatedLinks' | 'procedures'>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/organisation: ${id}.yaml is missing`);
  return entry.data as CollectionEntry<C>['data'];
}

/** The department: names (Vietnamese and English), governing body, office, hours, map point (`co-quan.yaml`). */
export const getAgency = once(() => entryData('agency', 'co-quan'));

/** The leaders in the order the site shows them (`lanh-dao.yaml`). */
export const getLeaders = once(async () => (await entryData('leaders', 'lanh-dao')).leaders);

/** The divisions and the attached units, each in chart order (`don-vi.yaml`). */
export const getUnits = once(async (): Promise<{ divisions: Unit[]; units: Unit[] }> => entryData('units', 'don-vi'));

/** Links to related agencies, in groups (`lien-ket.yaml`). */
export const getRelatedLinks = once(async () => (await entryData('relatedLinks', 'lien-ket')).groups);

/** The public service portals and the department's procedure groups (`thu-tuc-hanh-chinh.yaml`). */
export const getProcedures = once(() => entryData('procedures', 'thu-tuc-hanh-chinh'));

/** A person designated for something, with the title the site prints beside their name. */
export interface Designated {
  person: Person;
  title: string;
  titleEn: string;
}

const getPeople = once(async () => {
  const { divisions, units } = await getUnits();
  return peopleById(await getLeaders(), [...divisions, ...units]);
});

/**
 * Who answers for the site and to the public: the person responsible for content, the
 * spokesperson and the contact officials, each resolved from their id to the person (so their
 * phone is the one written beside their name).
 */
export const getDesignatedPeople = once(async () => {
  const agency = await getAgency();
  const people = await getPeople();
  const designate = (id: string, title?: string, titleEn?: string): Designated => {
    const person = personById(people, id);
    return { person, title: title ?? person.position, titleEn: titleEn ?? person.positionEn ?? person.position };
  };
  return {
    responsible: designate(agency.responsible.person, agency.responsible.title, agency.responsible.titleEn),
    spokesperson: designate(agency.spokesperson.person, agency.spokesperson.title, agency.spokesperson.titleEn),
    contacts: agency.contacts.map((contact) => designate(contact.person, contact.role, contact.roleEn)),
  };
});

/** The organisation chart: the department and its leaders, then its divisions and attached units. */
export const getOrganisationChart = once(async () => organisationChart(await getAgency(), await getLeaders(), await getUnits()));

/** A prose page of the organisation with its rendered body: `organisation/chuc-nang-nhiem-vu` or `en/gioi-thieu`. */
export async function getOrganisationText(id: 'organisation/chuc-nang-nhiem-vu' | 'en/gioi-thieu') {
  const entry = await getEntry('organisationTexts', id);
  if (!entry) throw new Error(`content/${id}.mdx is missing`);
  return { data: entry.data, Content: (await render(entry)).Content };
}
