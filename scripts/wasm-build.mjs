// Build step for the Rust app (run first by scripts/post-build.mjs, in trunk's post_build hook):
// cargo builds the Wasm, wasm-split-cli cuts it at every `#[wasm_split]` function (the settings
// panel, the library, …: see src/shell/platform/lazy.rs) into the first-load module and one chunk per split
// point, wasm-bindgen makes the JS glue, wasm-opt shrinks every module, and every import from the
// glue gets a short name (scripts/wasm-imports.mjs). Then the files get content-
// hashed names and index.html gets trunk's loader (the same script and preloads trunk writes for a
// `rel="rust"` link, which trunk 0.21 cannot give a split build).
//
// Files written to DIR:
//   lectern-H.js, lectern-H_bg.wasm   the glue and the first-load module
//   lectern-H-split.js                the chunk loader the glue imports (small, first load)
//   chunk-NAME-H.wasm                 one per split point, fetched when first wanted, and
//   chunk-N-H.wasm                    code that split points share (fetched with the first of them)
// Usage: node scripts/wasm-build.mjs DIR   (TRUNK_PROFILE=debug skips wasm-opt)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { minifyModule } from './minify.mjs';
import { shortenImports } from './wasm-imports.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// -Oz and what else measured smaller (docs/BENCHMARKS.md, "Size levers tried").
const WASM_OPT = ['-Oz', '--zero-filled-memory', '--low-memory-unused', '--converge'];

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Builds the app into `dir` and writes its loader into `dir`/index.html. */
export async function buildWasm(dir, { release = true } = {}) {
  // `.cargo/config.toml` adds `--emit-relocs` for wasm32: wasm-split-cli needs the relocations.
  run('cargo', [
    'build',
    '--target',
    'wasm32-unknown-unknown',
    '--bin',
    'lectern',
    '--features',
    'split',
    ...(release ? ['--release'] : []),
  ]);
  const input = join(ROOT, 'target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'lectern.wasm');

  const work = await mkdtemp(join(tmpdir(), 'lectern-wasm-'));
  try {
    run('wasm-split-cli', [input, work, '--out-name', 'lectern', '--target', 'web']);
    run('wasm-bindgen', [
      '--target',
      'web',
      '--keep-lld-exports',
      '--out-dir',
      work,
      '--out-name',
      'lectern',
      join(work, 'lectern.wasm'),
    ]);
    // split_NAME.wasm for each split point, chunk_N.wasm for code two split points share.
    const chunks = (await readdir(work))
      .filter((name) => name.endsWith('.wasm') && name !== 'lectern.wasm' && name !== 'lectern_bg.wasm')
      .map((name) => name.slice(0, -'.wasm'.length));
    if (release) {
      for (const name of ['lectern_bg.wasm', ...chunks.map((chunk) => `${chunk}.wasm`)]) {
        run('wasm-opt', [...WASM_OPT, join(work, name), '-o', join(work, name)]);
      }
    }

    // Short import names, the same in every module and in the glue (docs/BENCHMARKS.md, lever 3).
    const short = shortenImports(
      [
        await readFile(join(work, 'lectern_bg.wasm')),
        ...(await Promise.all(chunks.map((chunk) => readFile(join(work, `${chunk}.wasm`))))),
      ],
      [await readFile(join(work, 'lectern.js'), 'utf8'), await readFile(join(work, '__wasm_split.js'), 'utf8')],
      './lectern_bg.js',
    );
    // One hash over every output names them all: a chunk always meets the glue it was cut with.
    const [main, ...chunkBytes] = short.modules;
    let [glue, loader] = short.glues;
    const h = hash(Buffer.concat([main, ...chunkBytes, Buffer.from(glue), Buffer.from(loader)]));
    const names = { glue: `lectern-${h}.js`, main: `lectern-${h}_bg.wasm`, loader: `lectern-${h}-split.js` };

    // Only the JS import statements: the imports object keeps the module name the Wasm asks for.
    glue = replaceAll(glue, 'from "./__wasm_split.js"', `from ${JSON.stringify(`./${names.loader}`)}`, 'lectern.js');
    glue = replaceAll(glue, "'lectern_bg.wasm'", `'${names.main}'`, 'lectern.js');
    loader = replaceAll(loader, '"./lectern.js"', JSON.stringify(`./${names.glue}`), '__wasm_split.js');
    for (const chunk of chunks) {
      loader = replaceAll(loader, `"./${chunk}.wasm"`, JSON.stringify(`./${chunkName(chunk, h)}`), '__wasm_split.js');
    }
    // Minified once the names are final, before the SRI digests are taken (docs/BENCHMARKS.md, lever 6).
    if (release) {
      glue = await minifyModule(glue);
      loader = await minifyModule(loader);
    }
    await writeFile(join(dir, names.glue), glue);
    await writeFile(join(dir, names.loader), loader);
    await writeFile(join(dir, names.main), main);
    await Promise.all(chunks.map((chunk, i) => writeFile(join(dir, chunkName(chunk, h)), chunkBytes[i])));

    await writeLoader(
      join(dir, 'index.html'),
      names,
      { glue: sri(Buffer.from(glue)), loader: sri(Buffer.from(loader)), main: sri(main) },
      release,
    );
    return { ...names, chunks: chunks.map((chunk) => chunkName(chunk, h)) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// chunk-library-H.wasm for split_library.wasm, chunk-3-H.wasm for the shared chunk_3.wasm.
const chunkName = (chunk, h) => `chunk-${chunk.replace(/^(split|chunk)_/, '')}-${h}.wasm`;

// Every occurrence (the glue imports the loader once per chunk), and at least one.
function replaceAll(text, from, to, file) {
  if (!text.includes(from)) throw new Error(`wasm-build.mjs: no ${from} in ${file}`);
  return text.replaceAll(from, to);
}

// What trunk writes for a `rel="rust"` link: the module script, then the glue's modulepreload and
// the Wasm's preload (so both download while the HTML is still parsed); and a modulepreload for the
// chunk loader the glue imports, which the browser would otherwise find only once the glue is parsed
// (a round trip more before the Wasm can start, measured at 14-30 ms locally). The bench harness listens
// for TrunkApplicationStarted to read the Wasm memory.
// In a release build the module script is minified too; scripts/csp.mjs hashes whatever it finds.
async function writeLoader(file, names, integrity, minify) {
  const page = await readFile(file, 'utf8');
  const code = `import init, * as bindings from './${names.glue}';
const wasm = await init({ module_or_path: './${names.main}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));`;
  const script = `<script type="module">
${minify ? await minifyModule(code) : code}
</script>
<link rel="modulepreload" href="./${names.glue}" crossorigin="anonymous" integrity="${integrity.glue}">
<link rel="modulepreload" href="./${names.loader}" crossorigin="anonymous" integrity="${integrity.loader}">
<link rel="preload" href="./${names.main}" crossorigin="anonymous" integrity="${integrity.main}" as="fetch" type="application/wasm">
`;
  if (page.includes('TrunkApplicationStarted')) throw new Error(`wasm-build.mjs: ${file} already has a loader`);
  // Trunk leaves the skipped rust link in the page (index.html says why it is there).
  const finished = replaceAll(
    page.replace(/\s*<link data-trunk rel="rust" data-trunk-skip[^>]*>/, ''),
    '</head>',
    `${script}</head>`,
    file,
  );
  await writeFile(file, finished);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    'wasm-build.mjs:',
    await buildWasm(process.argv[2] ?? 'dist', { release: process.env.TRUNK_PROFILE !== 'debug' }),
  );
}
