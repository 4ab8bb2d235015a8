/**
 * The one place that touches @microsoft/office-js-helpers (an archived 2018 UMD bundle with global typings), with
 * typings of our own for the little we use: where the add-in runs, and a namespaced localStorage for preferences.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const helpers = require('@microsoft/office-js-helpers') as OfficeHelpersModule;

interface OfficeHelpersModule {
  Utilities: { readonly host: string };
  Storage: new <T>(container: string) => { get(key: string): T | undefined; set(key: string, value: T): T };
}

/** "EXCEL" inside Excel, "WEB" in a plain browser page. */
export function hostName(): string {
  try {
    return helpers.Utilities.host;
  } catch {
    return 'WEB';
  }
}

/** The pane's remembered choices, in this browser profile only (never sent anywhere). */
export function preferences<T>(): { get(key: string): T | undefined; set(key: string, value: T): void } {
  try {
    return new helpers.Storage<T>('ptcheck');
  } catch {
    const memory = new Map<string, T>();
    return { get: (key) => memory.get(key), set: (key, value) => void memory.set(key, value) };
  }
}
