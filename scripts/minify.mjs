// JavaScript minification for the build (issue 25, lever 6), with esbuild from npm: the wasm-bindgen
// glue, the chunk loader and the inline module loader (scripts/wasm-build.mjs), and embed.js
// (scripts/embed-build.mjs). Only whitespace, comments and local names change: exported names,
// property names (the glue's `imports.wbg.__wbg_…` keys the Wasm looks up) and string literals
// (the hashed file names) stay as they are. Run before the CSP hashes and the SRI digests are taken,
// so both name the bytes that ship.
import { transform } from 'esbuild';

// Browsers Lectern supports: those with Wasm, ES modules, top-level await, private class fields.
const TARGET = 'es2022';

/** An ES module (the glue, the chunk loader, embed.js, the inline `<script type="module">`). */
export async function minifyModule(code) {
  const { code: minified } = await transform(code, { format: 'esm', minify: true, target: TARGET, charset: 'utf8' });
  return minified.trimEnd();
}
