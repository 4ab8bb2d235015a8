/**
 * webpack loader for @microsoft/office-js-helpers' prebuilt bundle: its webpack-4 "global" shim reaches for
 * Function("return this") and eval when `this` is undefined (always, inside our strict bundle), which the pages'
 * Content-Security-Policy refuses (no 'unsafe-eval'). The global object is taken directly instead; the rest of the file
 * is left as it is. Fails the build if the shim is not found, so that an update of the package is noticed.
 */
const SHIM = 'g = g || Function("return this")() || (1,eval)("this");';

module.exports = function noEvalGlobal(source) {
  if (!source.includes(SHIM)) {
    this.emitError(new Error('no-eval-global: the global shim of @microsoft/office-js-helpers was not found; check the package update'));
    return source;
  }
  return source.replace(SHIM, 'g = g || (typeof globalThis === "object" ? globalThis : typeof window === "object" ? window : self);');
};
