import type { Analysis } from '../types';
import { canonicalName } from './nameSplit';
import type { RoleDifference } from './types';

/** The distinct roles each person is given in one report, in order of mention. */
export function rolesByPerson(analysis: Analysis): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const entity of analysis.entities) {
    if (entity.type !== 'person' || !entity.role) continue;
    const name = canonicalName(entity);
    const role = entity.role.replace(/\s+/g, '');
    const list = roles.get(name) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(name, list);
  }
  return roles;
}

/** A role chain as its titles: 上海市委常委、浦东新区区委书记 → [上海市委常委, 浦东新区区委书记] (兼 joins two as 、 does). */
function titles(role: string): string[] {
  return role.split(/[、，,；;兼]/).map((t) => t.trim()).filter(Boolean);
}

/**
 * Two role chains agree when every title of one is found in a title of the other: a report that gives
 * fewer titles (新疆维吾尔自治区党委书记 for the full chain), or a shorter form (总书记 for 中共中央总书记),
 * is not a different description.
 */
export function rolesAgree(roleA: string, roleB: string): boolean {
  const covers = (from: string[], into: string[]) => from.every((t) => into.some((u) => u.includes(t) || t.includes(u)));
  const ta = titles(roleA);
  const tb = titles(roleB);
  return covers(ta, tb) || covers(tb, ta);
}

/** People described differently: no role either report gives agrees with any role the other gives. */
export function findRoleDifferences(a: Analysis, b: Analysis, personsInBoth: string[]): RoleDifference[] {
  const rolesA = rolesByPerson(a);
  const rolesB = rolesByPerson(b);
  const differences: RoleDifference[] = [];
  for (const person of personsInBoth) {
    const ra = rolesA.get(person);
    const rb = rolesB.get(person);
    if (!ra || !rb) continue;
    const anyAgree = ra.some((x) => rb.some((y) => rolesAgree(x, y)));
    if (!anyAgree) differences.push({ person, a: ra.join('；'), b: rb.join('；') });
  }
  return differences;
}
