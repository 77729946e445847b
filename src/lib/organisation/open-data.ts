/**
 * The organisation as open data (`/du-lieu/co-cau-to-chuc.json`), for other agencies' portals:
 * the department, its leaders, divisions and attached units, and who answers for what. Every
 * key is always present; a value the department has not filled in yet (`0213.xxx.xxx`,
 * "Họ và tên") is `null`, so no portal dials a placeholder. The shape is documented in the README.
 */
import { type MapPoint, openStreetMapUrl } from './map';
import { isPlaceholder, type Person, personById, peopleById, type Unit } from './people';

/** The version of the shape below; raised when a key changes meaning or goes away. */
export const OPEN_DATA_VERSION = 1;

/** What the open data is made from: the validated content, with absolute URLs already made. */
export interface OpenDataSource {
  /** The address of this JSON file and of the pages it describes, absolute. */
  urls: {
    self: string;
    website: string;
    about: string;
    chart: string;
    leaders: string;
    contact: string;
    procedures: string;
    english: string;
  };
  agency: {
    name: string;
    shortName: string;
    governingBody: string;
    nameEn: string;
    shortNameEn: string;
    governingBodyEn: string;
    address: string;
    phone: string;
    fax?: string | undefined;
    email: string;
    officeHours: string[];
    officeHoursEn: string[];
    map?: MapPoint | undefined;
    responsible: { person: string; title?: string | undefined; titleEn?: string | undefined };
    spokesperson: { person: string; title?: string | undefined; titleEn?: string | undefined };
    contacts: { person: string; role: string; roleEn?: string | undefined }[];
  };
  /** Leaders with their areas and the absolute URL of their photo, if any. */
  leaders: (Person & { areas: string[]; photo?: string | undefined })[];
  divisions: Unit[];
  units: Unit[];
}

const known = (value: string | undefined): string | null => (value === undefined || isPlaceholder(value) ? null : value);

const personJson = (person: Person) => ({
  id: person.id,
  name: known(person.name),
  honorific: person.honorific ?? null,
  position: person.position,
  positionEn: person.positionEn ?? null,
  phone: known(person.phone),
  email: known(person.email),
});

const unitJson = (unit: Unit) => ({
  id: unit.id,
  name: unit.name,
  nameEn: unit.nameEn ?? null,
  head: unit.head ? personJson(unit.head) : null,
  address: known(unit.address),
  phone: known(unit.phone),
  email: known(unit.email),
  url: unit.url ?? null,
});

/** The organisation's open data, ready for `JSON.stringify`. */
export function organisationOpenData({ urls, agency, leaders, divisions, units }: OpenDataSource) {
  const people = peopleById(leaders, [...divisions, ...units]);
  const designated = (id: string, title: string | undefined, titleEn: string | undefined) => {
    const person = personById(people, id);
    return { person: personJson(person), title: title ?? person.position, titleEn: titleEn ?? person.positionEn ?? null };
  };
  return {
    version: OPEN_DATA_VERSION,
    url: urls.self,
    pages: {
      about: urls.about,
      chart: urls.chart,
      leaders: urls.leaders,
      contact: urls.contact,
      procedures: urls.procedures,
      english: urls.english,
    },
    agency: {
      name: agency.name,
      shortName: agency.shortName,
      nameEn: agency.nameEn,
      shortNameEn: agency.shortNameEn,
      governingBody: agency.governingBody,
      governingBodyEn: agency.governingBodyEn,
      website: urls.website,
      address: agency.address,
      phone: known(agency.phone),
      fax: known(agency.fax),
      email: known(agency.email),
      officeHours: agency.officeHours,
      officeHoursEn: agency.officeHoursEn,
      map: {
        lat: agency.map?.lat ?? null,
        lon: agency.map?.lon ?? null,
        url: openStreetMapUrl(agency.map, agency.address),
      },
      responsibleForContent: designated(agency.responsible.person, agency.responsible.title, agency.responsible.titleEn),
      spokesperson: designated(agency.spokesperson.person, agency.spokesperson.title, agency.spokesperson.titleEn),
      contacts: agency.contacts.map((contact) => ({
        ...designated(contact.person, undefined, undefined),
        role: contact.role,
        roleEn: contact.roleEn ?? null,
      })),
    },
    leaders: leaders.map((leader) => ({ ...personJson(leader), areas: leader.areas, photo: leader.photo ?? null })),
    divisions: divisions.map(unitJson),
    units: units.map(unitJson),
  };
}
