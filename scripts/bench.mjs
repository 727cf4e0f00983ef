// Lectern's performance bench (issue 15): Lectern's release build against a vanilla-JS peer and a
// static pre-rendered page — first-load weight, time to article and LCP (cold and warm), big-feed
// lists, long tasks while scrolling, memory, and Lighthouse. Prints tables and writes
// benches/results/<date>.json. Normally run through `bash scripts/bench.sh`; directly:
//   node scripts/bench.mjs --dist DIR [--runs 15] [--compare [FILE]] [--no-lighthouse] [--quick] [--out DIR]
// --compare alone compares with the newest benches/results/<date>.json; --quick (3 runs, one big-feed
// run, 5 s of steady scrolling) is a smoke test written to <date>-quick.json.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, hostname, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, launch, VIEWPORT } from '../benches/harness/browser.mjs';
import { lighthouseRuns } from '../benches/harness/lighthouse.mjs';
import { articleTimings, listTimings } from '../benches/harness/loads.mjs';
import { afterLongArticle, afterNavigation } from '../benches/harness/memory.mjs';
import { budgets, compare, render } from '../benches/harness/report.mjs';
import { FLING, STEADY, scrolling } from '../benches/harness/scroll.mjs';
import { loadFolder, serve } from '../benches/harness/server.mjs';
import { BIG_SIZES, prepareSubjects, ROUTES, RSS_SIZES } from '../benches/harness/subjects.mjs';
import { firstLoadWeight } from '../benches/harness/weight.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const started = Date.now();
const progress = (message) => console.error(`[${Math.round((Date.now() - started) / 1000)} s] ${message}`);

const DEFAULTS = {
  dist: join(ROOT, 'dist'),
  out: join(ROOT, 'benches/results'),
  quick: false,
  runs: 15, // cold and warm loads per article and subject
  // Cold list loads per big feed and subject: nine of 5,000 items, since the RSS bound (1.2× the
  // JSON time) is a ratio of two medians, and five left it swinging by ±0.05 run to run.
  bigRuns: { 5000: 9, 100000: 2 },
  lighthouseRuns: { lectern: 3, peer: 1, static: 1 },
  lighthouse: true,
  steady: STEADY,
  fling: FLING,
  listTimeout: 120_000,
  compare: null,
};
/** --quick: a smoke test of the harness in about two minutes. */
const QUICK = {
  quick: true,
  runs: 3,
  bigRuns: { 5000: 1, 100000: 1 },
  lighthouseRuns: { lectern: 1, peer: 1, static: 1 },
  steady: { ...STEADY, seconds: 5 },
};

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => argv[++index];
    const hasValue = argv[index + 1] !== undefined && !argv[index + 1].startsWith('--');
    if (arg === '--dist') options.dist = resolve(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--out') options.out = resolve(value());
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--compare') options.compare = hasValue ? resolve(value()) : 'latest';
    else if (arg === '--quick') Object.assign(options, QUICK);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** The most recent full run's results in `dir` (names are dates, so they sort), or null. */
async function latestResults(dir) {
  const names = (await readdir(dir).catch(() => [])).filter((name) => /^\d{4}-\d\d-\d\d\.json$/.test(name)).sort();
  return names.length ? join(dir, names.at(-1)) : null;
}

async function startServers(dirs) {
  const shared = new Map();
  const servers = {};
  for (const [subject, dir] of Object.entries(dirs)) {
    const files = await loadFolder(dir, shared);
    servers[subject] = { files, ...(await serve(files)) };
  }
  return servers;
}

async function measureWeights(browser, servers, articles) {
  const weight = {};
  for (const [subject, server] of Object.entries(servers)) {
    weight[subject] = await firstLoadWeight(
      browser,
      server.files,
      server.url + ROUTES[subject].seed,
      articles.seed.last,
    );
  }
  return weight;
}

function articleTargets(servers) {
  const targets = { seed: {}, long: {} };
  for (const [subject, server] of Object.entries(servers)) {
    targets.seed[subject] = server.url + ROUTES[subject].seed;
    targets.long[subject] = server.url + ROUTES[subject].long;
  }
  return targets;
}

function listTargets(servers) {
  return Object.fromEntries(
    BIG_SIZES.map((size) => [
      size,
      {
        lectern: servers.lectern.url + ROUTES.lectern.list(size),
        peer: servers.peer.url + ROUTES.peer.list(size),
        ...(RSS_SIZES.includes(size) ? { 'lectern-rss': servers.lectern.url + ROUTES.lectern.rss(size) } : {}),
      },
    ]),
  );
}

async function measureScrolling(browser, servers, articles, steady) {
  const scroll = {};
  for (const [subject, server] of Object.entries(servers)) {
    scroll[subject] = await scrolling(browser, server.url + ROUTES[subject].long, articles.long.last, steady);
    progress(
      `  scrolling ${subject}: steady ${scroll[subject].steady.longTasks} long tasks, fling ${scroll[subject].fling.longTasks}`,
    );
  }
  return scroll;
}

async function measureMemory(browser, servers, articles, titles) {
  const memory = {};
  for (const subject of ['lectern', 'peer']) {
    const { url } = servers[subject];
    memory[subject] = {
      longArticle: await afterLongArticle(browser, url + ROUTES[subject].long, articles.long.last),
      navigation: await afterNavigation(browser, url + ROUTES[subject].home, titles),
    };
  }
  return memory;
}

async function measureLighthouse(servers, work, runs) {
  const results = {};
  for (const [subject, server] of Object.entries(servers)) {
    results[subject] = await lighthouseRuns(server.url + ROUTES[subject].seed, work, subject, runs[subject]);
    progress(
      `  Lighthouse ${subject}: ${results[subject].error ? 'error' : `scores ${results[subject].scores.join(', ')}`}`,
    );
  }
  return results;
}

function machine(chromium) {
  const cores = cpus();
  return {
    host: hostname(),
    cpus: cores.length,
    cpu: cores[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = await mkdtemp(join(tmpdir(), 'lectern-bench-'));
  const previous = options.compare === 'latest' ? await latestResults(options.out) : options.compare;
  const before = previous ? JSON.parse(await readFile(previous, 'utf8')) : null;
  let servers = {};
  let browser;
  try {
    progress(`Preparing subjects from ${options.dist} in ${work} (feeds, peer, static pages, compression)`);
    const { dirs, articles, titles } = await prepareSubjects(options.dist, work);
    servers = await startServers(dirs);
    browser = await launch();
    const results = {
      date: new Date().toISOString().slice(0, 10),
      startedAt: new Date(started).toISOString(),
      command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
      machine: machine(`Chromium ${browser.version()}`),
      options: { ...options, viewport: VIEWPORT, chromiumArgs: CHROMIUM_ARGS, cacheControl: 'public, max-age=3600' },
    };

    progress('First-load weight');
    results.weight = await measureWeights(browser, servers, articles);
    progress(`Time to article: ${options.runs} runs × seed and long × 3 subjects, cold and warm`);
    results.timing = await articleTimings(
      browser,
      articleTargets(servers),
      { seed: articles.seed.last, long: articles.long.last },
      options.runs,
      progress,
    );
    progress('Big feeds');
    results.lists = await listTimings(
      browser,
      listTargets(servers),
      (size) => options.bigRuns[size],
      options.listTimeout,
      progress,
    );
    progress('Scrolling');
    results.scroll = await measureScrolling(browser, servers, articles, options.steady);
    progress('Memory');
    results.memory = await measureMemory(browser, servers, articles, titles);
    await browser.close();
    browser = null;
    if (options.lighthouse) {
      progress('Lighthouse');
      results.lighthouse = await measureLighthouse(servers, work, options.lighthouseRuns);
      results.lighthouseVersion = Object.values(results.lighthouse).find((r) => r.version)?.version ?? null;
    }
    results.encodings = Object.fromEntries(
      Object.entries(servers).map(([subject, server]) => [subject, server.log.encodings]),
    );
    results.budgets = budgets(results);
    results.wallSeconds = Math.round((Date.now() - started) / 1000);

    await mkdir(options.out, { recursive: true });
    // A --quick run is a smoke test: kept apart, never the baseline `--compare` picks.
    const file = join(options.out, `${results.date}${options.quick ? '-quick' : ''}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 1)}\n`);
    console.log(render(results));
    if (before) console.log(`\n${compare(before, results, previous)}`);
    else if (options.compare) console.log('\nNothing to compare with: no earlier results file.');
    console.log(`\nResults written to ${file}`);
  } finally {
    await browser?.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  }
}

await main();
