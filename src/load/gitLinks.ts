/**
 * Symbolic links in a git tree, worked out without a checkout: a link is a
 * blob holding its target path, so where a path really leads is found by
 * replacing each link met on the way by its target, as the file system
 * would. The git reader uses it to find the links that lead out of the org
 * (load/git.ts), which the loader on disk finds with realpath (load/files.ts).
 */
import path from 'node:path';

/** Whether `fullName` is `root` or below it ('' is the whole repository). */
export function isBelow(fullName: string, root: string): boolean {
  return root === '' ? fullName !== '..' && !fullName.startsWith('../') : fullName === root || fullName.startsWith(`${root}/`);
}

/**
 * What `resolve` gives for a path the file system could not resolve either (ELOOP: a loop of links, a
 * chain too long): on disk such a link is skipped, never reported as leading out of the folder.
 */
export const LOOP: unique symbol = Symbol('loop');

/** Links followed in one path before it is given up on (Linux's limit). */
const MAX_LINK_HOPS = 40;
/** Path components looked at for one path: past this (a hostile tree), the path counts as leading nowhere known. */
const MAX_STEPS = 4096;

interface Node {
  children: Map<string, Node>;
  /** Set on a link: where it points. */
  target?: string;
}

/**
 * The links of a tree (path from the repository root → target) as a tree of path components, so
 * following a path costs one lookup per component, however long the path: linear in the links.
 */
export class TreeLinks {
  private readonly root: Node = { children: new Map() };

  constructor(links: Map<string, string>) {
    for (const [at, target] of links) {
      let node = this.root;
      for (const part of at.split('/')) {
        let child = node.children.get(part);
        if (!child) node.children.set(part, (child = { children: new Map() }));
        node = child;
      }
      node.target = target;
    }
  }

  /**
   * Where `start` (a path from the repository root) really leads, each link met on the way replaced
   * by its target as the file system would; undefined when it leaves the repository or is absolute,
   * LOOP when it loops or takes more than MAX_STEPS components. When it leaves, `left` is told where
   * to: an absolute path, or one from the repository root starting with `../` (for the caller to look
   * at on disk, where the link, checked out, leads to the same place).
   */
  resolve(start: string, left?: (outside: string) => void): string | undefined | typeof LOOP {
    const done: string[] = [];
    // The trie node of each prefix in `done` (undefined once below no link).
    const nodes: Array<Node | undefined> = [this.root];
    const rest = start.split('/').reverse(); // the next component last
    for (let steps = 0, hops = 0; rest.length;) {
      if (++steps > MAX_STEPS) return LOOP;
      const part = rest.pop()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (!done.length) {
          left?.(path.posix.join('..', ...[...rest].reverse()));
          return undefined;
        }
        done.pop();
        nodes.pop();
        continue;
      }
      const node = nodes[nodes.length - 1]?.children.get(part);
      if (node?.target === undefined) {
        done.push(part);
        nodes.push(node);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) return LOOP;
      if (path.posix.isAbsolute(node.target)) {
        left?.(path.posix.join(node.target, ...[...rest].reverse()));
        return undefined;
      }
      const parts = node.target.split('/');
      for (let i = parts.length - 1; i >= 0; i--) rest.push(parts[i]!);
    }
    return done.join('/');
  }
}
