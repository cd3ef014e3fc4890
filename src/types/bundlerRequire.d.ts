/**
 * The web entry has no Node types, but lazy `require()` calls stay: esbuild turns them into lazily initialised
 * modules inside the browser bundle (the core and pinyin-pro load on first analysis, not at activation).
 */
declare function require(id: string): unknown;
