// Trunk post_build hook (Trunk.toml [[hooks]]): finishes the staged build in order: the Rust app,
// split into its first-load module and chunks, with its loader in index.html, the JavaScript minified
// in a release build (scripts/wasm-build.mjs, scripts/minify.mjs),
// then the CSP into index.html (scripts/csp.mjs), then the embedding files made from it (scripts/embed-build.mjs)
// and the reading fonts (scripts/fonts-build.mjs), then the service worker's precache list and
// version, which hash the final files (scripts/sw-build.mjs).
import { writePolicy } from './csp.mjs';
import { buildEmbed } from './embed-build.mjs';
import { buildFonts } from './fonts-build.mjs';
import { buildServiceWorker } from './sw-build.mjs';
import { buildWasm } from './wasm-build.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const release = process.env.TRUNK_PROFILE !== 'debug';
const wasm = await buildWasm(dir, { release });
const hashes = await writePolicy(dir);
await buildEmbed(dir, { release });
await buildFonts(dir);
const files = await buildServiceWorker(dir);
console.log(
  `post-build: ${wasm.main} with ${wasm.chunks.length} chunk(s); CSP with ${hashes} inline script hash(es); service worker precaches ${files} files`,
);
