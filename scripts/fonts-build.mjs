// Build step for the reading fonts (run by scripts/post-build.mjs): the faces the settings offer
// beyond the system's, self-hosted from the @fontsource npm packages into DIST/fonts/: one
// stylesheet per font (`fonts/<name>.css`, Latin 400/700, roman and italic, woff2 only,
// `font-display: swap`) beside its files. The app adds a font's stylesheet only once a reader
// chooses that font, so no one else downloads a byte of it; DIST/fonts/ is not in the first load
// nor in the service worker's precache.
// Usage: node scripts/fonts-build.mjs DIST_DIR
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FONTS = ['atkinson-hyperlegible', 'opendyslexic'];
const FACES = ['latin-400', 'latin-400-italic', 'latin-700', 'latin-700-italic'];

export async function buildFonts(dir) {
  const out = join(dir, 'fonts');
  await mkdir(out, { recursive: true });
  const copies = [];
  for (const font of FONTS) {
    const pkg = join('node_modules', '@fontsource', font);
    let css = `/* ${font}: from @fontsource/${font} (see its LICENSE, SIL Open Font License 1.1). */\n`;
    for (const face of FACES) {
      const source = await readFile(join(pkg, `${face}.css`), 'utf8');
      css += source.replace(
        /src: url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(, url\([^)]*\) format\('woff'\))?/g,
        (_, file) => {
          copies.push(copyFile(join(pkg, 'files', file), join(out, file)));
          return `src: url(${file}) format('woff2')`;
        },
      );
    }
    if (!css.includes('font-display: swap')) throw new Error(`fonts-build.mjs: no swap faces found for ${font}`);
    await writeFile(join(out, `${font}.css`), css);
  }
  await Promise.all(copies);
  return copies.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`fonts-build.mjs: ${await buildFonts(process.argv[2] ?? 'dist')} font files`);
}
