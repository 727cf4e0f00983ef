// Lighthouse 12.2.3 (npm, pinned: 13 needs Node 22) on a URL with its default mobile settings
// (Moto G Power emulation, simulated slow 4G and 4x CPU slowdown), performance category only,
// in Debian's Chromium. Used by scripts/bench.mjs; by hand:
//   CHROME_PATH=/usr/bin/chromium npx lighthouse URL --only-categories=performance --chrome-flags="--headless …"
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { summarize } from './stats.mjs';

const BIN = new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url).pathname;

function figures(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  return {
    score: report.categories.performance.score === null ? null : Math.round(report.categories.performance.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
    formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod,
    version: report.lighthouseVersion,
    runtimeError: report.runtimeError?.message ?? null,
    warnings: report.runWarnings ?? [],
  };
}

/** Lighthouse's performance figures for `url`, or { error } with its exact message. */
export async function lighthouse(url, outDir, name) {
  const output = join(outDir, `lighthouse-${name}.json`);
  const args = [
    BIN,
    url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  try {
    await promisify(execFile)(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      timeout: 180_000,
      maxBuffer: 16 << 20,
    });
    return figures(JSON.parse(await readFile(output, 'utf8')));
  } catch (error) {
    return { error: `${error.message}\n${error.stderr ?? ''}`.trim().slice(0, 2000) };
  }
}

/**
 * `runs` Lighthouse runs of `url`: the median of each figure (CLS: the worst), every run's score,
 * and the first error if any run failed. One run swings by 15 points on a busy 2-core machine.
 */
export async function lighthouseRuns(url, outDir, name, runs) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await lighthouse(url, outDir, `${name}-${run + 1}`));
  const good = results.filter((result) => !result.error);
  if (!good.length) return { error: results[0].error, runs };
  const median = (key) => summarize(good.map((result) => result[key])).median;
  return {
    runs: good.length,
    scores: good.map((result) => result.score),
    score: median('score'),
    fcp: median('fcp'),
    lcp: median('lcp'),
    tbt: median('tbt'),
    cls: Math.max(...good.map((result) => result.cls)),
    speedIndex: median('speedIndex'),
    formFactor: good[0].formFactor,
    throttling: good[0].throttling,
    version: good[0].version,
    errors: results.filter((result) => result.error).map((result) => result.error),
    warnings: [...new Set(good.flatMap((result) => result.warnings))],
  };
}
