/**
 * The organisation chart as a tree: the department and its leaders at the root, then one branch
 * per kind of unit (divisions, attached units) holding the units in the order `don-vi.yaml` gives
 * them. The page draws it as nested lists, so it reads in the same order to a screen reader, a
 * keyboard and a 360 px phone.
 */
import type { Person, Unit } from './people';

/** A node of the chart. */
export interface ChartNode {
  /** The anchor of the node on the page. */
  id: string;
  /** The department, a branch of units of one kind, or a unit. */
  kind: 'agency' | 'divisions' | 'units' | 'unit';
  /** The department's or the unit's name; empty for a branch (the page names it from its kind). */
  name: string;
  nameEn?: string | undefined;
  /** The leaders at the root, a unit's head, none for a branch. */
  people: Person[];
  /** The unit's own contacts, where they differ from the department's. */
  contact?: Pick<Unit, 'address' | 'phone' | 'email' | 'url'> | undefined;
  children: ChartNode[];
}

/** The department as the root of its chart. */
export interface ChartAgency {
  name: string;
  nameEn?: string | undefined;
  address: string;
  phone: string;
  email: string;
}

const unitNode = (unit: Unit): ChartNode => ({
  id: unit.id,
  kind: 'unit',
  name: unit.name,
  nameEn: unit.nameEn,
  people: unit.head ? [unit.head] : [],
  contact: { address: unit.address, phone: unit.phone, email: unit.email, url: unit.url },
  children: [],
});

/** The chart of a department: leaders at the root, then its divisions and its attached units (a kind with none is left out). */
export function organisationChart(
  agency: ChartAgency,
  leaders: readonly Person[],
  units: { divisions: readonly Unit[]; units: readonly Unit[] },
): ChartNode {
  const branches: ChartNode[] = (['divisions', 'units'] as const)
    .filter((kind) => units[kind].length > 0)
    .map((kind) => ({
      id: kind === 'divisions' ? 'phong-chuyen-mon' : 'don-vi-truc-thuoc',
      kind,
      name: '',
      people: [],
      children: units[kind].map(unitNode),
    }));
  return {
    id: 'co-quan',
    kind: 'agency',
    name: agency.name,
    nameEn: agency.nameEn,
    people: [...leaders],
    contact: { address: agency.address, phone: agency.phone, email: agency.email },
    children: branches,
  };
}

/** Every node of a chart, depth first, in reading order. */
export function chartNodes(node: ChartNode): ChartNode[] {
  return [node, ...node.children.flatMap(chartNodes)];
}
