/**
 * Built-ins that older webviews lack and Babel's core-js injection does not cover (it polyfills the language, not the
 * DOM). Imported first by every page bundle. EdgeHTML 18 has no ResizeObserver, which Fluent UI's MessageBar and
 * popovers call.
 */
import { ResizeObserver as ResizeObserverPolyfill } from '@juggle/resize-observer';

if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverPolyfill;
}
