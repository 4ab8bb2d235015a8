/** How writing the annotated copy failed (its own module: saying so must not load ExcelJS). */
export type AnnotateFailure = 'cannot-open' | 'write-failed';

export class AnnotateError extends Error {
  constructor(readonly code: AnnotateFailure) {
    super(code);
  }
}
