/**
 * A "next quarter" version of a generated org, for the diff benchmark: about
 * 1% of the roles change — retitles, headcount changes, re-reports inside a
 * department and moves to another department — and the org stays clean
 * (spans ≤ 10 seats, budgets respected, no redundant dotted lines).
 */
import { createRng, seedFrom } from './prng.mjs';
import { MAX_SPAN, subtreeSeats } from './build.mjs';
import { TITLE_PREFIXES } from './templates.mjs';

const KINDS = ['title', 'headcount', 'reports_to', 'department'];

/**
 * Mutate `org` in place; returns what changed, one entry per role:
 * `{kind: 'title'|'headcount'|'reports_to'|'department', id, before, after}`.
 */
export function applyVariant(org, { seed, variant, roles: totalRoles }) {
  const rng = createRng(seedFrom('orgctl-bench-variant', seed, variant));
  const wanted = Math.max(KINDS.length, Math.round(totalRoles * 0.01));
  const staff = [...org.roles.values()].filter((r) => r.staff);
  const seats = subtreeSeats(org);
  const reportSeats = new Map();
  for (const r of org.roles.values()) if (r.reportsTo) reportSeats.set(r.reportsTo, (reportSeats.get(r.reportsTo) ?? 0) + r.headcount);
  const leadsOf = (deptId) =>
    org.departments
      .get(deptId)
      .roles.map((id) => org.roles.get(id))
      .filter((r) => !r.staff && r.id !== org.departments.get(deptId).head);
  const leaves = [...org.departments.values()].filter((d) => d.type);

  /** The department and its ancestors. */
  const chain = (deptId) => {
    const out = [];
    for (let d = org.departments.get(deptId); d; d = d.parent ? org.departments.get(d.parent) : undefined) out.push(d);
    return out;
  };
  const fitsBudget = (deptId, extra, exceptUnder) => {
    const shared = new Set(exceptUnder ? chain(exceptUnder).map((d) => d.id) : []);
    return chain(deptId).every((d) => d.budget === undefined || shared.has(d.id) || seats.get(d.id) + extra <= d.budget);
  };
  const addSeats = (deptId, n) => {
    for (const d of chain(deptId)) seats.set(d.id, seats.get(d.id) + n);
  };

  const mutate = {
    title(role) {
      const after = `${rng.pick(TITLE_PREFIXES)}${role.title}`;
      return set(role, 'title', after);
    },
    headcount(role) {
      const room = MAX_SPAN - reportSeats.get(role.reportsTo);
      if (role.headcount < 5 && room >= 1 && fitsBudget(role.department, 1)) {
        reportSeats.set(role.reportsTo, reportSeats.get(role.reportsTo) + 1);
        addSeats(role.department, 1);
        return set(role, 'headcount', role.headcount + 1);
      }
      if (role.headcount > 1 && (role.holders?.length ?? 0) < role.headcount) {
        reportSeats.set(role.reportsTo, reportSeats.get(role.reportsTo) - 1);
        addSeats(role.department, -1);
        return set(role, 'headcount', role.headcount - 1);
      }
      return undefined;
    },
    reports_to(role) {
      const options = leadsOf(role.department).filter(
        (l) => l.id !== role.reportsTo && (reportSeats.get(l.id) ?? 0) + role.headcount <= MAX_SPAN && !role.dottedLine.includes(l.id),
      );
      if (!options.length) return undefined;
      return moveReport(role, rng.pick(options));
    },
    department(role) {
      const dest = rng.pick(leaves);
      if (dest.id === role.department || !fitsBudget(dest.id, role.headcount, role.department)) return undefined;
      const managers = leadsOf(dest.id);
      const options = (managers.length ? managers : [org.roles.get(dest.head)]).filter(
        (m) => (reportSeats.get(m.id) ?? 0) + role.headcount <= MAX_SPAN && !role.dottedLine.includes(m.id),
      );
      if (!options.length) return undefined;
      const before = role.department;
      const src = org.departments.get(before);
      src.roles.splice(src.roles.indexOf(role.id), 1);
      dest.roles.push(role.id);
      addSeats(before, -role.headcount);
      addSeats(dest.id, role.headcount);
      moveReport(role, rng.pick(options));
      return set(role, 'department', dest.id, before);
    },
  };

  function moveReport(role, manager) {
    reportSeats.set(role.reportsTo, reportSeats.get(role.reportsTo) - role.headcount);
    reportSeats.set(manager.id, (reportSeats.get(manager.id) ?? 0) + role.headcount);
    return set(role, 'reportsTo', manager.id);
  }

  function set(role, field, after, before = role[field]) {
    role[field] = after;
    return { kind: field === 'reportsTo' ? 'reports_to' : field, id: role.id, before, after };
  }

  const changes = [];
  const touched = new Set();
  for (let i = 0, tries = 0; changes.length < wanted && tries < wanted * 50; tries++) {
    const role = rng.pick(staff);
    if (touched.has(role.id)) continue;
    const change = mutate[KINDS[i % KINDS.length]](role);
    if (!change) continue;
    touched.add(role.id);
    changes.push(change);
    i++;
  }
  return changes;
}
