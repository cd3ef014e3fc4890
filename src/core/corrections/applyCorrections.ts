import type { Entity, EntityType, GazetteerExtension } from '../types';
import { NON_OFFICIAL_HEADS, OFFICIAL_HEADS } from '../people/titleChains';
import { isEmptyExtension } from './model';

/** An entity as the analysis holds it before mapping back to the document (no `text` yet). */
export type CorrectableEntity = Omit<Entity, 'text'>;

type UserEntityType = Exclude<EntityType, 'date'>;

interface UserName {
  name: string;
  type: UserEntityType;
  kind?: string;
  parent?: string;
  official?: boolean;
}

/**
 * Applies the user's corrections to the recognised entities of one text (offsets into that text):
 * user persons, places and organisations are recognised wherever they occur, `notEntities` are removed,
 * `titles` replace the role the text gives a person. Pure; returns a new list sorted by start.
 *
 * Where a user name meets a recognised entity: the same span and type keeps the recognised one (with its
 * stated role); a span crossing or covering recognised ones replaces them; a name inside a longer recognised
 * entity is left alone (泽普 inside 泽普县, a place inside an organisation's name), as the analysis itself does.
 * A text listed both as a name and in `notEntities` is not an entity.
 */
export function applyCorrections<T extends CorrectableEntity>(entities: T[], text: string, extension: GazetteerExtension | undefined): T[] {
  if (!extension || isEmptyExtension(extension)) return entities;
  const notEntities = new Set(extension.notEntities ?? []);
  const surface = (e: CorrectableEntity) => text.slice(e.start, e.end);
  let result = entities.filter((e) => !notEntities.has(surface(e)) && !notEntities.has(e.canonical ?? '')).map((e) => ({ ...e }));
  result = addUserNames(result, text, userNames(extension, notEntities));
  applyRoles(result, extension, surface);
  return result.sort((a, b) => a.start - b.start);
}

/** User names by type; a name listed twice keeps its first listing (persons, then places, then organisations). */
function userNames(extension: GazetteerExtension, notEntities: Set<string>): UserName[] {
  const names = new Map<string, UserName>();
  const add = (entry: UserName) => {
    if (entry.name && !notEntities.has(entry.name) && !names.has(entry.name)) names.set(entry.name, entry);
  };
  for (const p of extension.persons ?? []) add({ name: p.name, type: 'person', official: p.official });
  for (const p of extension.places ?? []) add({ name: p.name, type: 'place', kind: p.kind, parent: p.parent });
  for (const name of extension.organizations ?? []) add({ name, type: 'organization' });
  return [...names.values()];
}

/** Each occurrence of a user name (longest first at each position, never overlapping each other). */
function* occurrences(text: string, names: UserName[]): Generator<{ start: number; end: number; user: UserName }> {
  const byFirstChar = new Map<string, UserName[]>();
  for (const user of [...names].sort((a, b) => b.name.length - a.name.length)) {
    const list = byFirstChar.get(user.name[0]);
    if (list) list.push(user);
    else byFirstChar.set(user.name[0], [user]);
  }
  for (let at = 0; at < text.length; at++) {
    const user = byFirstChar.get(text[at])?.find((u) => text.startsWith(u.name, at));
    if (!user) continue;
    yield { start: at, end: at + user.name.length, user };
    at += user.name.length - 1;
  }
}

function addUserNames<T extends CorrectableEntity>(entities: T[], text: string, names: UserName[]): T[] {
  if (names.length === 0) return entities;
  // Which entity covers each character (the analysis leaves no two overlapping).
  const owner = new Int32Array(text.length).fill(-1);
  entities.forEach((e, i) => owner.fill(i, e.start, e.end));
  const removed = new Set<number>();
  const added: T[] = [];
  for (const { start, end, user } of occurrences(text, names)) {
    const covering = new Set<number>();
    for (let i = start; i < end; i++) if (owner[i] >= 0) covering.add(owner[i]);
    const existing = [...covering].map((i) => entities[i]);
    if (existing.length === 1 && existing[0].start === start && existing[0].end === end && existing[0].type === user.type) {
      describeAs(existing[0], user);
      continue;
    }
    if (existing.length === 1 && existing[0].start <= start && existing[0].end >= end) continue; // inside a longer one
    for (const i of covering) removed.add(i);
    added.push(describeAs({ type: user.type, start, end, canonical: user.name } as T, user));
  }
  return [...entities.filter((_, i) => !removed.has(i)), ...added];
}

/** Gives an entity what the user said about the name: a place's kind and parent, a person's standing. */
function describeAs<T extends CorrectableEntity>(entity: T, user: UserName): T {
  if (user.type === 'place') {
    entity.kind = user.kind ?? entity.kind ?? '地名';
    if (user.parent) entity.parent = user.parent;
  }
  if (user.type === 'person' && user.official !== undefined) entity.official = user.official;
  return entity;
}

/**
 * Roles: a title from `titles` replaces every role the text gives the person; a person's `role` from `persons`
 * stands where the text states none. The first mention carries it as stated (hover cards list stated titles).
 */
function applyRoles(entities: CorrectableEntity[], extension: GazetteerExtension, surface: (e: CorrectableEntity) => string): void {
  const overrides = new Map((extension.titles ?? []).map((t) => [t.name, t]));
  const declared = new Map((extension.persons ?? []).filter((p) => p.role).map((p) => [p.name, p]));
  const groups = new Map<string, CorrectableEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const key = e.canonical ?? surface(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const [name, mentions] of groups) {
    mentions.sort((a, b) => a.start - b.start);
    const byName = (map: Map<string, { official?: boolean }>) => map.get(name) ?? mentions.map(surface).map((s) => map.get(s)).find(Boolean);
    const override = byName(overrides) as { title: string; official?: boolean } | undefined;
    const stated = mentions.find((m) => m.role && m.roleStatedHere !== false);
    const person = byName(declared) as { role?: string; official?: boolean } | undefined;
    if (override) setRole(mentions, override.title, override.official ?? officialByTitle(override.title));
    else if (!stated && person?.role) setRole(mentions, person.role, person.official ?? officialByTitle(person.role));
    else if (stated) {
      // Mentions the user added carry the text's first stated role, as the analysis does for its own.
      for (const m of mentions) {
        if (m.role) continue;
        m.role = stated.role;
        m.roleStatedHere = false;
        m.official ??= stated.official;
      }
    } else for (const m of mentions) m.official ??= false;
  }
}

function setRole(mentions: CorrectableEntity[], role: string, official: boolean): void {
  mentions.forEach((m, i) => {
    m.role = role;
    m.roleStatedHere = i === 0;
    m.official = official;
  });
}

/** 村民 or 记者 at the end of a title: not an official; any other title the user gives: an official. */
export function officialByTitle(title: string): boolean {
  for (let cut = 0; cut < title.length; cut++) {
    const tail = title.slice(cut);
    if (NON_OFFICIAL_HEADS.has(tail)) return false;
    if (OFFICIAL_HEADS.has(tail)) return true;
  }
  return true;
}
