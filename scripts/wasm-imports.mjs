// Shorter import names for the Wasm modules wasm-bindgen made (docs/BENCHMARKS.md, issue 25 lever 3).
// wasm-bindgen names every import `__wbg_<name>_<16 hex digits>`: the hex is incompressible and is
// paid twice, once in the Wasm's import section and once in the glue that provides it. binaryen's
// --minify-imports leaves them alone, so this rewrites the import section itself: the module
// (`./lectern_bg.js`, named again in every import) becomes `w` and each import a short name, the
// same in the first-load module, in every chunk and in the glue, so what the glue provides is
// still exactly what each module asks for.
// Used by scripts/wasm-build.mjs; `node scripts/wasm-imports.mjs FILE.wasm` lists a module's imports.

const IMPORT_SECTION = 2;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A cursor over Wasm bytes: LEB128 numbers, names, and where it is. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    if (this.at >= this.bytes.length) throw new Error('wasm-imports.mjs: the module ends too early');
    return this.bytes[this.at++];
  }
  /** An unsigned LEB128 number (u32 or u64: the value is only compared, or skipped). */
  leb() {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.byte();
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
      shift += 7n;
    }
  }
  u32() {
    return Number(this.leb());
  }
  name() {
    const length = this.u32();
    const start = this.at;
    this.at += length;
    if (this.at > this.bytes.length) throw new Error('wasm-imports.mjs: a name runs past the module');
    return decoder.decode(this.bytes.subarray(start, this.at));
  }
}

function leb(value) {
  const out = [];
  let rest = value >>> 0;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0);
  return out;
}

const nameBytes = (name) => {
  const bytes = encoder.encode(name);
  return [...leb(bytes.length), ...bytes];
};

/** Skips one import's description (function, table, memory, global or tag). */
function skipDescription(reader) {
  const kind = reader.byte();
  const limits = () => {
    const flags = reader.byte();
    reader.leb();
    if (flags & 1) reader.leb();
  };
  switch (kind) {
    case 0: // function: its type index
    case 4: // tag: attribute byte, then type index
      if (kind === 4) reader.byte();
      reader.u32();
      return;
    case 1: // table: reference type, then limits
      reader.byte();
      limits();
      return;
    case 2: // memory: limits
      limits();
      return;
    case 3: // global: value type, mutability
      reader.byte();
      reader.byte();
      return;
    default:
      throw new Error(`wasm-imports.mjs: unknown import kind ${kind}`);
  }
}

/** Every section as { id, start, end } (start and end of its contents), in order. */
function sections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (!magic.every((byte, i) => bytes[i] === byte)) throw new Error('wasm-imports.mjs: not a Wasm module (version 1)');
  const reader = new Reader(bytes, magic.length);
  const found = [];
  while (reader.at < bytes.length) {
    const header = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    found.push({ id, header, start: reader.at, end: reader.at + size });
    reader.at += size;
  }
  if (reader.at !== bytes.length) throw new Error('wasm-imports.mjs: the last section runs past the module');
  return found;
}

/** The module's imports, as { module, name, start, end } with the byte range of each description. */
export function imports(bytes) {
  const section = sections(bytes).find((s) => s.id === IMPORT_SECTION);
  if (!section) return [];
  const reader = new Reader(bytes, section.start);
  const count = reader.u32();
  const list = [];
  for (let i = 0; i < count; i += 1) {
    const module = reader.name();
    const name = reader.name();
    const start = reader.at;
    skipDescription(reader);
    list.push({ module, name, start, end: reader.at });
  }
  if (reader.at !== section.end) throw new Error('wasm-imports.mjs: the import section has bytes left over');
  return list;
}

/** `bytes` with the imports of `module` moved to `newModule`, each renamed by `rename` (old to new). */
export function renameImports(bytes, module, newModule, rename) {
  const section = sections(bytes).find((s) => s.id === IMPORT_SECTION);
  if (!section) return bytes;
  const list = imports(bytes);
  const body = [...leb(list.length)];
  for (const entry of list) {
    const ours = entry.module === module;
    body.push(
      ...nameBytes(ours ? newModule : entry.module),
      ...nameBytes(ours ? (rename.get(entry.name) ?? entry.name) : entry.name),
      ...bytes.subarray(entry.start, entry.end),
    );
  }
  const rebuilt = [IMPORT_SECTION, ...leb(body.length), ...body];
  return Buffer.concat([bytes.subarray(0, section.header), Buffer.from(rebuilt), bytes.subarray(section.end)]);
}

/** Short, distinct names: a, b, …, z, A, …, Z, then two characters and so on. */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let rest = index;
  let name = '';
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return name;
}

/**
 * One renaming for the imports of `module` (wasm-bindgen's `./NAME_bg.js`) in all `modules`: the
 * module becomes `newModule` and each import a short name; returns the rewritten modules and the
 * glue texts `glues` with the same names. The glue must name the module once (the key of its
 * imports object) and each import at least once, whole, or the build stops: a name the glue did
 * not provide would fail only at instantiation, in a reader's browser.
 */
export function shortenImports(modules, glues, module, newModule = 'w') {
  const names = [
    ...new Set(
      modules.flatMap((bytes) =>
        imports(bytes)
          .filter((entry) => entry.module === module)
          .map((entry) => entry.name),
      ),
    ),
  ];
  if (names.length === 0) throw new Error(`wasm-imports.mjs: no module imports from ${module}`);
  const rename = new Map(names.map((name, index) => [name, shortName(index)]));
  const texts = [...glues];
  const replace = (pattern, to, what) => {
    let found = 0;
    for (let i = 0; i < texts.length; i += 1) {
      texts[i] = texts[i].replace(pattern, () => {
        found += 1;
        return to;
      });
    }
    if (found === 0) throw new Error(`wasm-imports.mjs: the glue does not provide ${what}`);
    return found;
  };
  const quoted = (text) => new RegExp(`(["'])${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g');
  const keys = replace(quoted(module), JSON.stringify(newModule), module);
  if (keys !== 1) throw new Error(`wasm-imports.mjs: the glue names ${module} ${keys} times, not once`);
  // Longest first, so no name is replaced inside a longer one that contains it.
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    replace(new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, 'g'), rename.get(name), name);
  }
  return { modules: modules.map((bytes) => renameImports(bytes, module, newModule, rename)), glues: texts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFile } = await import('node:fs/promises');
  for (const entry of imports(await readFile(process.argv[2]))) console.log(`${entry.module}.${entry.name}`);
}
