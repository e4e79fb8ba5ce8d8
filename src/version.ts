import { version } from "../package.json";

/**
 * The version of therapy-claims, read from package.json when the library is built (the bundler
 * inlines the string; nothing is read at run time).
 *
 * @example
 * ```ts
 * LIBRARY_VERSION; //=> "0.1.0"
 * ```
 */
export const LIBRARY_VERSION: string = version;
