import { register } from 'node:module';

// `--import` this (after tsx) to make `import ... from 'electron'` load the stand-in
// (electron.ts) instead of the electron package, which would try to download a binary.
register(new URL('./resolveElectron.mjs', import.meta.url));
