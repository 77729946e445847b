import { describe, expect, test } from 'vitest';
import { withoutBase } from '../../src/lib/content/url';
import { chartNodes, organisationChart } from '../../src/lib/organisation/chart';
import { openStreetMapUrl } from '../../src/lib/organisation/map';
import { organisationOpenData, type OpenDataSource } from '../../src/lib/organisation/open-data';
import { alternatesOf, languageOf, otherLanguagePath } from '../../src/lib/organisation/paths';
import { addressedName, isPlaceholder, mailtoHref, peopleById, type Person, telHref, type Unit } from '../../src/lib/organisation/people';

const leaders: (Person & { areas: string[] })[] = [
  { id: 'giam-doc', name: 'Họ và tên', position: 'Giám đốc Sở', positionEn: 'Director', phone: '0213.xxx.xxx', areas: ['Phụ trách chung'] },
  {
    id: 'pham-quang-cuong',
    honorific: 'Ông',
    name: 'Phạm Quang Cường',
    position: 'Phó Giám đốc Sở',
    phone: '0213.3791.558',
    email: 'banbientap@laichau.gov.vn',
    areas: [],
  },
];
const divisions: Unit[] = [
  {
    id: 'van-phong',
    name: 'Văn phòng Sở',
    head: { id: 'chanh-van-phong', name: 'Họ và tên', position: 'Chánh Văn phòng', phone: '0213.xxx.xxx' },
  },
  { id: 'thanh-tra', name: 'Thanh tra Sở' },
];
const units: Unit[] = [
  { id: 'trung-tam', name: 'Trung tâm Công nghệ thông tin và Truyền thông', address: 'Số 1, đường A', phone: '0213.111.222' },
];
const agency = {
  name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu',
  nameEn: 'Department of Information and Communications of Lai Chau Province',
  address: 'Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu',
  phone: '0213.3791.558',
  email: 'banbientap@laichau.gov.vn',
};

describe('people and their contacts', () => {
  test.each([
    ['0213.xxx.xxx', true],
    ['xxx@laichau.gov.vn', true],
    ['Họ và tên', true],
    ['HỌ VÀ TÊN', true],
    ['0213.3791.558', false],
    ['Phạm Quang Cường', false],
  ])('%s is a placeholder: %s', (value, placeholder) => expect(isPlaceholder(value)).toBe(placeholder));

  test('only a real number or address is linked', () => {
    expect(telHref('0213.3791.558')).toBe('tel:02133791558');
    expect(telHref('+84 213 3791 558')).toBe('tel:+842133791558');
    expect(telHref('0213.xxx.xxx')).toBeUndefined();
    expect(mailtoHref('banbientap@laichau.gov.vn')).toBe('mailto:banbientap@laichau.gov.vn');
    expect(mailtoHref('xxx@laichau.gov.vn')).toBeUndefined();
  });

  test('a person is addressed with their honorific when there is one', () => {
    expect(addressedName(leaders[1]!)).toBe('Ông Phạm Quang Cường');
    expect(addressedName(leaders[0]!)).toBe('Họ và tên');
  });

  test('every person by id: leaders and heads of units', () => {
    expect([...peopleById(leaders, [...divisions, ...units]).keys()]).toEqual(['giam-doc', 'pham-quang-cuong', 'chanh-van-phong']);
  });
});

describe('the organisation chart', () => {
  test('the department and its leaders, then divisions, then attached units, in file order', () => {
    const chart = organisationChart(agency, leaders, { divisions, units });
    expect(chart).toMatchObject({ id: 'co-quan', kind: 'agency', name: agency.name, people: leaders });
    expect(chart.children.map((branch) => [branch.kind, branch.children.map((unit) => unit.id)])).toEqual([
      ['divisions', ['van-phong', 'thanh-tra']],
      ['units', ['trung-tam']],
    ]);
    expect(chart.children[0]!.children[0]!.people).toEqual([divisions[0]!.head]);
    expect(chart.children[1]!.children[0]!.contact).toMatchObject({ address: 'Số 1, đường A', phone: '0213.111.222' });
    expect(chartNodes(chart).map((node) => node.id)).toEqual([
      'co-quan',
      'phong-chuyen-mon',
      'van-phong',
      'thanh-tra',
      'don-vi-truc-thuoc',
      'trung-tam',
    ]);
  });

  test('a kind of unit the department does not have is left out', () => {
    const chart = organisationChart(agency, leaders, { divisions: [], units });
    expect(chart.children.map((branch) => branch.kind)).toEqual(['units']);
    expect(organisationChart(agency, leaders, { divisions: [], units: [] }).children).toEqual([]);
  });
});

describe('the OpenStreetMap link', () => {
  test('a marker at the coordinates, rounded to a metre', () => {
    expect(openStreetMapUrl({ lat: 22.396428, lon: 103.458237, zoom: 18 }, 'x')).toBe(
      'https://www.openstreetmap.org/?mlat=22.39643&mlon=103.45824#map=18/22.39643/103.45824',
    );
  });
  test('without coordinates, a search for the address', () => {
    expect(openStreetMapUrl(undefined, 'Tầng 7, Nhà D')).toBe(
      'https://www.openstreetmap.org/search?query=T%E1%BA%A7ng%207%2C%20Nh%C3%A0%20D',
    );
  });
});

describe('the open data', () => {
  const source: OpenDataSource = {
    urls: {
      self: 'https://stttt.laichau.gov.vn/du-lieu/co-cau-to-chuc.json',
      website: 'https://stttt.laichau.gov.vn/',
      about: 'https://stttt.laichau.gov.vn/gioi-thieu/',
      chart: 'https://stttt.laichau.gov.vn/gioi-thieu/co-cau-to-chuc/',
      leaders: 'https://stttt.laichau.gov.vn/gioi-thieu/lanh-dao/',
      contact: 'https://stttt.laichau.gov.vn/lien-he/',
      procedures: 'https://stttt.laichau.gov.vn/thu-tuc-hanh-chinh/',
      english: 'https://stttt.laichau.gov.vn/en/',
    },
    agency: {
      ...agency,
      shortName: 'Sở TT&TT Lai Châu',
      governingBody: 'Ủy ban nhân dân tỉnh Lai Châu',
      shortNameEn: 'Lai Chau DIC',
      governingBodyEn: "Lai Chau Provincial People's Committee",
      fax: '0213.xxx.xxx',
      officeHours: ['Thứ Hai đến Thứ Sáu'],
      officeHoursEn: [],
      responsible: { person: 'pham-quang-cuong', title: 'Phó Giám đốc Sở - Trưởng Ban Biên tập' },
      spokesperson: { person: 'giam-doc' },
      contacts: [{ person: 'chanh-van-phong', role: 'Tiếp nhận phản ánh, kiến nghị' }],
    },
    leaders: [{ ...leaders[0]!, photo: 'https://stttt.laichau.gov.vn/_astro/anh.jpg' }, leaders[1]!],
    divisions,
    units,
  };
  const data = organisationOpenData(source);

  test('the department, with placeholders as null so no portal dials them', () => {
    expect(data.version).toBe(1);
    expect(data.agency).toMatchObject({ name: agency.name, phone: '0213.3791.558', fax: null, email: 'banbientap@laichau.gov.vn' });
    expect(data.agency.map).toEqual({ lat: null, lon: null, url: openStreetMapUrl(undefined, agency.address) });
    expect(data.leaders[0]).toEqual({
      id: 'giam-doc',
      name: null,
      honorific: null,
      position: 'Giám đốc Sở',
      positionEn: 'Director',
      phone: null,
      email: null,
      areas: ['Phụ trách chung'],
      photo: 'https://stttt.laichau.gov.vn/_astro/anh.jpg',
    });
  });

  test('designated people carry their own contacts and the title the site prints', () => {
    expect(data.agency.responsibleForContent).toMatchObject({
      person: { id: 'pham-quang-cuong', name: 'Phạm Quang Cường', phone: '0213.3791.558' },
      title: 'Phó Giám đốc Sở - Trưởng Ban Biên tập',
    });
    expect(data.agency.spokesperson).toMatchObject({ person: { id: 'giam-doc' }, title: 'Giám đốc Sở', titleEn: 'Director' });
    expect(data.agency.contacts).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: 'chanh-van-phong' }),
        role: 'Tiếp nhận phản ánh, kiến nghị',
        roleEn: null,
      }),
    ]);
  });

  test('units, with every key present', () => {
    expect(data.divisions.map((d) => d.id)).toEqual(['van-phong', 'thanh-tra']);
    expect(data.divisions[1]).toEqual({
      id: 'thanh-tra',
      name: 'Thanh tra Sở',
      nameEn: null,
      head: null,
      address: null,
      phone: null,
      email: null,
      url: null,
    });
    expect(data.units[0]).toMatchObject({ address: 'Số 1, đường A', phone: '0213.111.222' });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('languages', () => {
  test.each([
    ['/gioi-thieu/', { vi: '/gioi-thieu/', en: '/en/' }, '/en/'],
    ['/en/', { vi: '/gioi-thieu/', en: '/en/' }, '/gioi-thieu/'],
    ['/gioi-thieu/co-cau-to-chuc/', { vi: '/gioi-thieu/co-cau-to-chuc/', en: '/en/organisation/' }, '/en/organisation/'],
    ['/en/contact/', { vi: '/lien-he/', en: '/en/contact/' }, '/lien-he/'],
    ['/tin-tuc/bai-viet/', undefined, '/en/'],
    ['/gioi-thieu/lanh-dao/', undefined, '/en/'],
  ])('%s: alternates and the language link', (path, alternates, other) => {
    expect(alternatesOf(path)).toEqual(alternates);
    expect(otherLanguagePath(path)).toBe(other);
  });

  test('English under /en/ only', () => {
    expect(languageOf('/en/')).toBe('en');
    expect(languageOf('/en/organisation/')).toBe('en');
    expect(languageOf('/english/')).toBe('vi');
    expect(languageOf('/')).toBe('vi');
  });

  test('a page path without the base', () => {
    expect(withoutBase('/stttt/', '/stttt/lien-he/')).toBe('/lien-he/');
    expect(withoutBase('/', '/lien-he/')).toBe('/lien-he/');
    expect(withoutBase('/stttt/', '/khac/')).toBe('/khac/');
  });
});
