/** The taxonomy lives at the bottom of the core (vocabulary/); rules import it from here as before. */
export * from '../vocabulary/taxonomy';
