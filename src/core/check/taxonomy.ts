/**
 * The taxonomy's names live at the bottom of the core (vocabulary/taxonomy.ts), the lookups of names as written in
 * normalize/level-name.ts; rules import both from here.
 */
export * from '../vocabulary/taxonomy';
export { baseName, isLocalLevel1, standardLevel1 } from '../normalize/level-name';
