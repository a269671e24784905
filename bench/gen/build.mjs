/**
 * Building a generated org in memory: departments, roles, KPIs and workflows
 * that satisfy every rule at its default settings, so a benchmark measures a
 * clean run (0 findings) rather than the cost of reporting.
 *
 * Shape (chosen so the defaults hold at any size):
 * - the root department 总经办 holds the top role and up to two assistants;
 * - grouping departments (事业部 / 大区 / 中心) have at most 8 sub-departments,
 *   a head and up to two assistants, so a head has at most 10 direct seats;
 * - leaf departments (one DEPARTMENT_TYPES each) have ~20–40 roles: a head,
 *   team leads, and staff (headcount 1–5) grouped so no lead has over 10 seats;
 * - the department tree is as shallow as 8-way branching allows (3 levels
 *   below the root at 10k roles, 4 at 100k): staff sit at most 6 levels deep;
 * - a sub-department's head reports to its parent's head (an ancestor's head),
 *   everybody else to a manager in their own department.
 */
import { createRng, seedFrom } from './prng.mjs';
import {
  ASSISTANT_TITLES,
  DEPARTMENT_TYPES,
  GIVEN_CHARS,
  GROUP_DUTIES,
  GROUP_HEAD_TITLES,
  GROUP_NAMES,
  ROOT,
  SLA_CHOICES,
  SURNAMES,
} from './templates.mjs';

export const MAX_SPAN = 10;
const MAX_CHILDREN = 8;
const AVG_LEAF_ROLES = 31;
/** Chance of headcount 1, 2, 3, 4, 5 for a staff position. */
const HEADCOUNT_WEIGHTS = [45, 25, 15, 10, 5];
export const MIN_ROLES = 10;

const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*$/u;

/**
 * @typedef {{id: string, title: string, department: string, reportsTo?: string, dottedLine: string[],
 *   headcount: number, holders?: (string|{name: string, email: string})[], responsibilities: string[],
 *   kpis: (string|{id: string, target: number})[], inline: boolean, staff: boolean}} GenRole
 * @typedef {{id: string, name: string, parent?: string, head?: string, budget?: number, responsibilities: string[],
 *   kpis: (string|{id: string, target: number})[], roles: string[], children: string[], level: number,
 *   type?: object, chineseIds: boolean, group: string, separateRoleFile: boolean}} GenDepartment
 */

export function buildOrg({ roles: totalRoles, seed }) {
  if (!Number.isInteger(totalRoles) || totalRoles < MIN_ROLES)
    throw new Error(`roles must be a whole number ≥ ${MIN_ROLES}, got ${totalRoles}`);
  const rng = createRng(seedFrom('orgctl-bench', seed));
  const org = {
    id: 'manman-group',
    name: '曼曼电商集团',
    top: `${ROOT.id}-${ROOT.top.slug}`,
    /** @type {Map<string, GenDepartment>} */ departments: new Map(),
    /** @type {Map<string, GenRole>} */ roles: new Map(),
    kpis: [],
    workflows: [],
  };
  const people = peopleNamer(rng);
  const ids = new Set();
  const claim = (id) => {
    if (!ID_PATTERN.test(id) || ids.has(id)) throw new Error(`generator produced a bad or duplicate id '${id}'`);
    ids.add(id);
    return id;
  };

  const addRole = (dept, role) => {
    const full = { dottedLine: [], kpis: [], inline: true, staff: false, ...role, id: claim(role.id), department: dept.id };
    org.roles.set(full.id, full);
    dept.roles.push(full.id);
    return full;
  };

  // 1. The department tree: how many leaves, and how deep.
  const leafCount = Math.max(1, Math.round(totalRoles / AVG_LEAF_ROLES));
  const levels = leafCount > 1 ? Math.ceil(Math.log(leafCount) / Math.log(MAX_CHILDREN) - 1e-9) : 1;
  // The root always has children: with a single leaf, that leaf hangs right under it.
  const shape = leafCount > 1 ? planTree(leafCount, levels) : { children: [{ children: undefined }] };

  let deptCounter = 0;
  const root = newDepartment({ id: claim(ROOT.id), name: ROOT.name, level: 0, group: ROOT.id, responsibilities: ROOT.duties });
  org.departments.set(root.id, root);
  const leaves = [];
  const groups = [root];

  const makeChildren = (parent, node) => {
    const offset = rng.int(0, 100);
    node.children.forEach((child, i) => {
      deptCounter++;
      const level = parent.level + 1;
      const chineseIds = deptCounter % 5 === 0;
      let dept;
      if (child.children) {
        const names = GROUP_NAMES[Math.min(level - 1, GROUP_NAMES.length - 1)];
        const name = names[(offset + i) % names.length];
        const slug = ['bu', 'region', 'center', 'unit'][Math.min(level - 1, 3)];
        const id = chineseIds ? `${name}-${deptCounter}` : `${slug}-${pad(deptCounter)}`;
        dept = newDepartment({
          id: claim(id),
          name,
          parent: parent.id,
          level,
          group: level === 1 ? id : parent.group,
          responsibilities: GROUP_DUTIES.slice(0, rng.int(1, 3)),
          chineseIds,
        });
        groups.push(dept);
      } else {
        const type = DEPARTMENT_TYPES[(offset + i) % DEPARTMENT_TYPES.length];
        const id = chineseIds ? `${type.name}-${deptCounter}` : `${type.slug}-${pad(deptCounter)}`;
        dept = newDepartment({
          id: claim(id),
          name: type.name,
          parent: parent.id,
          level,
          group: level === 1 ? id : parent.group,
          responsibilities: type.duties.slice(),
          chineseIds,
          type,
        });
        dept.separateRoleFile = deptCounter % 6 === 0;
        leaves.push(dept);
      }
      org.departments.set(dept.id, dept);
      parent.children.push(dept.id);
      if (child.children) makeChildren(dept, child);
    });
  };
  makeChildren(root, shape);

  // 2. Management roles: heads and assistants of the root and grouping departments.
  const roleId = (dept, slug, title, n) =>
    (dept.chineseIds ? `${dept.id}-${title}` : `${dept.id}-${slug}`) + (n === undefined ? '' : `-${n}`);
  for (const dept of groups) {
    const isRoot = dept === root;
    // Groups are in pre-order, so the parent's head already exists.
    const parentHead = dept.parent ? org.departments.get(dept.parent).head : undefined;
    const head = isRoot
      ? addRole(dept, { id: org.top, title: ROOT.top.title, headcount: 1, holders: [people.name()], responsibilities: ROOT.top.duties })
      : addRole(dept, {
          id: roleId(dept, 'head', '负责人'),
          title: `${dept.name}${GROUP_HEAD_TITLES[Math.min(dept.level - 1, GROUP_HEAD_TITLES.length - 1)]}`,
          reportsTo: parentHead,
          headcount: 1,
          holders: [people.name()],
          responsibilities: GROUP_DUTIES.slice(),
        });
    dept.head = head.id;
    const assistants = Math.min(ASSISTANT_TITLES.length, MAX_SPAN - dept.children.length);
    for (let a = 0; a < assistants; a++) {
      const t = ASSISTANT_TITLES[a];
      addRole(dept, {
        id: roleId(dept, t.slug, t.title),
        title: t.title,
        reportsTo: head.id,
        headcount: 1,
        holders: rng.chance(0.8) ? [people.name()] : undefined,
        responsibilities: t.duties.slice(),
      });
    }
  }

  // 3. Leaf departments: sizes add up to exactly `totalRoles`.
  const leafRoles = totalRoles - org.roles.size;
  if (leafRoles < 2 * leaves.length) throw new Error(`roles=${totalRoles} is too small for the department tree`);
  const sizes = splitByWeight(
    leafRoles,
    leaves.map(() => 0.65 + 0.7 * rng.next()),
    2,
  );
  leaves.forEach((dept, i) => fillLeaf(dept, sizes[i]));

  function fillLeaf(dept, size) {
    const type = dept.type;
    const parentHead = org.departments.get(dept.parent).head;
    const head = addRole(dept, {
      id: roleId(dept, 'head', type.head.title),
      title: type.head.title,
      reportsTo: parentHead,
      headcount: 1,
      holders: [people.name()],
      responsibilities: type.head.duties.slice(),
    });
    dept.head = head.id;
    const staffCount = size - 1;
    const teams = staffCount <= 5 ? 0 : Math.min(MAX_SPAN, Math.ceil(staffCount / 5));
    const leads = [];
    for (let t = 0; t < teams; t++) {
      leads.push(
        addRole(dept, {
          id: roleId(dept, 'lead', type.lead.title, t + 1),
          title: type.lead.title,
          reportsTo: head.id,
          headcount: 1,
          holders: [people.name()],
          responsibilities: type.lead.duties.slice(),
        }),
      );
    }
    const managers = leads.length ? leads : [head];
    const perManager = splitEvenly(size - 1 - leads.length, managers.length);
    const counters = new Map();
    const standaloneFrom = rng.chance(0.4) ? Math.ceil(((size - 1 - leads.length) * 2) / 3) : Infinity;
    let staffIndex = 0;
    managers.forEach((manager, m) => {
      let seatsLeft = MAX_SPAN;
      for (let k = 0; k < perManager[m]; k++) {
        const position = type.staff[(staffIndex + m) % type.staff.length];
        const n = (counters.get(position.slug) ?? 0) + 1;
        counters.set(position.slug, n);
        const stillToPlace = perManager[m] - k - 1;
        const headcount = Math.min(1 + rng.weighted(HEADCOUNT_WEIGHTS), seatsLeft - stillToPlace);
        seatsLeft -= headcount;
        addRole(dept, {
          id: roleId(dept, position.slug, position.title, n),
          title: position.title,
          reportsTo: manager.id,
          headcount,
          holders: staffHolders(headcount),
          responsibilities: position.duties.slice(0, rng.int(1, position.duties.length)),
          inline: staffIndex < standaloneFrom,
          staff: true,
        });
        staffIndex++;
      }
    });
  }

  function staffHolders(headcount) {
    if (!rng.chance(0.55)) return undefined; // staffing unknown
    const filled = rng.int(Math.max(1, headcount - 2), headcount);
    return Array.from({ length: filled }, () => (rng.chance(0.1) ? { name: people.name(), email: people.email() } : people.name()));
  }

  // 4. Dotted lines: a few staff with a functional line to another leaf's head.
  if (leaves.length > 1) {
    const staff = [...org.roles.values()].filter((r) => r.staff);
    const wanted = Math.max(1, Math.round(totalRoles / 100));
    for (let i = 0, tries = 0; i < wanted && tries < wanted * 10; tries++) {
      const role = rng.pick(staff);
      const other = rng.pick(leaves);
      if (role.dottedLine.length || other.id === role.department) continue;
      role.dottedLine.push(other.head);
      i++;
    }
  }

  // 5. KPIs (~1 per 20 roles), owned by a leaf or its head, listed by departments and roles.
  const kpiTotal = Math.max(1, Math.round(totalRoles / 20));
  leaves.forEach((dept, i) => {
    const count = Math.floor(((i + 1) * kpiTotal) / leaves.length) - Math.floor((i * kpiTotal) / leaves.length);
    const deptRoles = dept.roles.map((id) => org.roles.get(id));
    for (let j = 0; j < count; j++) {
      const t = dept.type.kpis[j % dept.type.kpis.length];
      const round = Math.floor(j / dept.type.kpis.length);
      const id = claim(dept.chineseIds ? `${dept.id}-${t.name}${round ? `-${round + 1}` : ''}` : `${dept.id}-kpi${j + 1}`);
      const kpi = {
        id,
        name: t.name,
        formula: t.formula,
        unit: t.unit,
        direction: t.direction,
        target: t.target,
        range: t.range,
        frequency: rng.pick(['weekly', 'monthly', 'monthly', 'quarterly']),
        owner: rng.chance(0.5) ? dept.id : dept.head,
        department: dept.id,
      };
      org.kpis.push(kpi);
      dept.kpis.push(rng.chance(0.2) ? { id, target: nearbyTarget(kpi, rng) } : id);
      for (const role of deptRoles) {
        if (role.id === dept.head || (!role.staff && rng.chance(0.5))) role.kpis.push({ id, target: nearbyTarget(kpi, rng) });
        else if (role.staff && rng.chance(0.15)) role.kpis.push(id);
      }
    }
  });
  // Grouping departments carry the first KPI found below them.
  const firstKpiOf = new Map();
  for (const k of org.kpis) if (!firstKpiOf.has(k.department)) firstKpiOf.set(k.department, k.id);
  for (const dept of groups) {
    const kpi = firstKpiOf.get(firstLeafBelow(org, dept)?.id);
    if (kpi) dept.kpis.push(kpi);
  }

  // 6. Workflows (~1 per 200 roles), each run inside one leaf department.
  const workflowTotal = Math.max(1, Math.round(totalRoles / 200));
  for (let w = 0; w < workflowTotal; w++) {
    const dept = leaves[Math.floor((w * leaves.length) / workflowTotal)];
    org.workflows.push(makeWorkflow(org, dept, leaves, rng, claim));
  }

  // 7. Budgets: at or above the seats of each subtree, with some slack; some departments have none.
  const seats = subtreeSeats(org);
  const budgets = new Map();
  const budgetOf = (id) => {
    const d = org.departments.get(id);
    const own = d.roles.reduce((n, r) => n + org.roles.get(r).headcount, 0);
    const below = d.children.reduce((n, c) => n + budgetOf(c), 0);
    const b = Math.max(seats.get(id), own + below) + rng.int(0, 3);
    budgets.set(id, b);
    return b;
  };
  budgetOf(root.id);
  for (const d of org.departments.values()) if (d.level === 0 || rng.chance(0.85)) d.budget = budgets.get(d.id);

  return org;
}

function newDepartment(fields) {
  return {
    parent: undefined,
    head: undefined,
    budget: undefined,
    kpis: [],
    roles: [],
    children: [],
    chineseIds: false,
    separateRoleFile: false,
    ...fields,
  };
}

/** A tree with `leaves` leaves, at most MAX_CHILDREN children per node, `levels` deep. */
function planTree(leaves, levels) {
  if (leaves <= 1 || levels === 0) return { children: undefined };
  const count = Math.min(MAX_CHILDREN, leaves, Math.ceil(leaves ** (1 / levels) - 1e-9));
  return { children: splitEvenly(leaves, count).map((n) => (n === 1 && levels === 1 ? { children: undefined } : planTree(n, levels - 1))) };
}

/** `total` split into `parts` integers differing by at most one. */
export function splitEvenly(total, parts) {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** `total` split in proportion to `weights`, each part ≥ min, summing exactly to total. */
function splitByWeight(total, weights, min) {
  const spare = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => min + Math.floor(x));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length][1]]++;
  return parts;
}

/** Seats in each department's subtree. */
export function subtreeSeats(org) {
  const out = new Map();
  const walk = (id) => {
    const d = org.departments.get(id);
    let n = d.roles.reduce((s, r) => s + org.roles.get(r).headcount, 0);
    for (const c of d.children) n += walk(c);
    out.set(id, n);
    return n;
  };
  for (const d of org.departments.values()) if (!d.parent) walk(d.id);
  return out;
}

function firstLeafBelow(org, dept) {
  let d = dept;
  while (d && d.children.length) d = org.departments.get(d.children[0]);
  return d && d !== dept ? d : undefined;
}

/** A target near the KPI's own, inside its allowed range. */
function nearbyTarget(kpi, rng) {
  const [lo, hi] = kpi.range ?? (kpi.unit === 'percent' ? [0, 100] : kpi.unit === 'ratio' ? [0, 1] : [0, Infinity]);
  const t = kpi.target * (0.9 + 0.2 * rng.next());
  const clamped = Math.min(hi, Math.max(lo, t));
  const digits = kpi.target >= 100 ? 0 : 2;
  return Number(clamped.toFixed(digits));
}

function makeWorkflow(org, dept, leaves, rng, claim) {
  const t = dept.type.workflow;
  const stepCount = rng.int(4, 8);
  const start = rng.int(0, t.steps.length - stepCount);
  const template = t.steps.slice(start, start + stepCount);
  const staff = dept.roles.map((id) => org.roles.get(id)).filter((r) => r.staff);
  const doers = staff.length ? staff : [org.roles.get(dept.head)];
  const steps = template.map(([name, output], i) => {
    const role = doers[(i * 3) % doers.length];
    const step = { id: name, role: role.id, output, sla: rng.pick(SLA_CHOICES) };
    if (role.reportsTo && role.reportsTo !== dept.head && rng.chance(0.6)) step.accountable = role.reportsTo;
    if (rng.chance(0.3)) step.consulted = [org.departments.get(rng.pick(leaves).id).head];
    if (rng.chance(0.4)) step.informed = [dept.head];
    return step;
  });
  // Some processes send work back one step (a rework loop that still reaches the end).
  if (stepCount >= 5 && rng.chance(0.3)) steps[stepCount - 2].next = [steps[stepCount - 1].id, steps[stepCount - 3].id];
  const id = claim(dept.chineseIds ? `${dept.id}-${t.name}` : `${dept.id}-wf`);
  return { id, name: t.name, owner: dept.head, trigger: t.trigger, steps, department: dept.id };
}

function peopleNamer(rng) {
  let emails = 0;
  // Each person once: a namesake would hold two roles, which holder-multiple-roles rightly reports.
  const taken = new Set();
  const draw = () => rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.6) ? rng.pick(GIVEN_CHARS) : '');
  return {
    name: () => {
      let name = draw();
      for (let tries = 0; taken.has(name) && tries < 20; tries++) name = draw();
      while (taken.has(name)) name += rng.pick(GIVEN_CHARS); // a huge org: a longer given name
      taken.add(name);
      return name;
    },
    email: () => `staff${++emails}@manman.example`,
  };
}

function pad(n) {
  return String(n).padStart(4, '0');
}
