// The bench's readable output: tables for stdout, the budgets from issue 15 checked against the
// figures, and `--compare` (deltas against an earlier results JSON). Used by scripts/bench.mjs.
import { ratio } from './stats.mjs';

const SUBJECTS = ['lectern', 'peer', 'static'];
const KIB = 1024;

const int = (value) => (value === null || value === undefined ? '–' : Math.round(value).toLocaleString('en'));
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / KIB).toFixed(1)} KB`);
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / KIB / KIB).toFixed(1)} MB`);
const times = (value) => (value === null ? '–' : `${value.toFixed(2)}×`);
const spread = (stats) =>
  stats?.median === null || !stats ? 'failed' : `${int(stats.median)} [${int(stats.p10)}–${int(stats.p90)}]`;
const range = (stats) =>
  stats?.median === null || !stats ? 'failed' : `${int(stats.median)} [${int(stats.min)}–${int(stats.max)}]`;

function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const line = (row) =>
    row.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  return [line(all[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function weightTable(weight) {
  const rows = SUBJECTS.filter((subject) => weight[subject]).map((subject) => {
    const { app, total, files } = weight[subject];
    return [
      subject,
      files.length,
      int(app.raw),
      int(app.gzip),
      int(app.brotli),
      int(total.raw),
      int(total.gzip),
      int(total.brotli),
    ];
  });
  return table(['subject', 'files', 'app raw', 'app gzip', 'app brotli', 'all raw', 'all gzip', 'all brotli'], rows);
}

function timingRows(timing) {
  const rows = [];
  for (const article of Object.keys(timing)) {
    for (const cache of ['cold', 'warm']) {
      for (const metric of ['article', 'lcp']) {
        const at = (subject) => timing[article][subject]?.[cache][metric];
        rows.push([
          `${article} ${cache} ${metric === 'article' ? 'to article' : 'LCP'}`,
          ...SUBJECTS.map((subject) => spread(at(subject))),
          times(ratio(at('lectern')?.median, at('peer')?.median)),
          times(ratio(at('lectern')?.median, at('static')?.median)),
        ]);
      }
    }
  }
  return table(['ms, median [p10–p90]', ...SUBJECTS, 'L/peer', 'L/static'], rows);
}

function listTable(lists) {
  const rows = Object.entries(lists).map(([size, by]) => [
    `${int(Number(size))} items (n=${by.lectern.list.n + by.lectern.list.failed})`,
    range(by.lectern.list),
    range(by.peer.list),
    times(ratio(by.lectern.list.median, by.peer.list.median)),
    int(by.lectern.longestTask.median),
    int(by.peer.longestTask.median),
    by['lectern-rss'] ? range(by['lectern-rss'].list) : '–',
    by['lectern-rss'] ? times(ratio(by['lectern-rss'].list.median, by.lectern.list.median)) : '–',
  ]);
  return table(
    [
      'time to usable list, ms, median [min–max]',
      'lectern',
      'peer',
      'L/peer',
      'L longest task',
      'peer longest task',
      'lectern, same items as RSS',
      'RSS/JSON',
    ],
    rows,
  );
}

function scrollTable(scroll, steady, fling) {
  const cell = (phase) =>
    phase ? `${phase.longTasks} (>100: ${phase.over100}), max ${phase.longest}, TBT ${phase.tbt}` : '–';
  const subjects = SUBJECTS.filter((subject) => scroll[subject]);
  const rows = [
    ['page height, px', ...subjects.map((subject) => int(scroll[subject].height))],
    [`steady ${steady.step} px / ${steady.interval} ms`, ...subjects.map((subject) => cell(scroll[subject].steady))],
    [
      '  scrolled px in s',
      ...subjects.map((subject) => `${int(scroll[subject].steady.distance)} in ${scroll[subject].steady.seconds}`),
    ],
    [
      `fling ${fling.step} px / frame, median of ${fling.runs}`,
      ...subjects.map((subject) => cell(scroll[subject].fling)),
    ],
    ['  worst task of any fling', ...subjects.map((subject) => int(scroll[subject].fling.worst))],
    ['  frames, s', ...subjects.map((subject) => `${scroll[subject].fling.frames}, ${scroll[subject].fling.seconds}`)],
  ];
  return table(['long tasks (ms)', ...subjects], rows);
}

function memoryTable(memory) {
  const subjects = Object.keys(memory);
  const row = (label, pick) => [label, ...subjects.map((subject) => pick(memory[subject]))];
  return table(
    ['after GC', ...subjects],
    [
      row('long article: JS heap', (m) => mb(m.longArticle.jsHeap)),
      row('long article: Wasm memory', (m) => mb(m.longArticle.wasm)),
      row('long article: DOM nodes', (m) => int(m.longArticle.nodes)),
      row('list: JS heap / Wasm', (m) => `${mb(m.navigation.before.jsHeap)} / ${mb(m.navigation.before.wasm)}`),
      row(
        `after ${memory[subjects[0]].navigation.articles} articles: JS heap / Wasm`,
        (m) => `${mb(m.navigation.after.jsHeap)} / ${mb(m.navigation.after.wasm)}`,
      ),
      row('growth: JS heap', (m) => mb(m.navigation.growth.jsHeap)),
      row('growth: Wasm memory', (m) => mb(m.navigation.growth.wasm)),
      row('growth: DOM nodes', (m) => int(m.navigation.growth.nodes)),
    ],
  );
}

function lighthouseTable(results) {
  const rows = Object.entries(results).map(([subject, r]) =>
    r.error
      ? [subject, `error: ${r.error.split('\n')[0].slice(0, 60)}`, '', '', '', '', '']
      : [subject, r.score, r.scores.join(', '), int(r.fcp), int(r.lcp), int(r.tbt), r.cls?.toFixed(3) ?? '–'],
  );
  return table(['subject', 'score', 'scores', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], rows);
}

/** A budget line: met is null when the figure is missing (a failed or skipped measurement). */
function check(name, value, met, shown) {
  return { name, value: value ?? null, met: value === null || value === undefined ? null : met, shown };
}

/** Issue 25's budgets (issue 15's where it set none), each with the measured value and whether it is met. */
export function budgets(results) {
  const { seed, long } = results.timing ?? {};
  const cold = (timing, subject, metric) => timing?.[subject]?.cold[metric].median;
  const scroll = results.scroll?.lectern;
  const lh = results.lighthouse?.lectern;
  const lhRan = lh && !lh.error;
  const big = results.lists?.[100000]?.lectern?.list?.median ?? null;
  const rss = ratio(results.lists?.[5000]?.['lectern-rss']?.list?.median, results.lists?.[5000]?.lectern?.list?.median);
  const appBrotli = results.weight?.lectern?.app.brotli ?? null;
  const seedPeer = ratio(cold(seed, 'lectern', 'article'), cold(seed, 'peer', 'article'));
  const seedStatic = ratio(cold(seed, 'lectern', 'article'), cold(seed, 'static', 'article'));
  const lcpStatic = ratio(cold(seed, 'lectern', 'lcp'), cold(seed, 'static', 'lcp'));
  const longPeer = ratio(cold(long, 'lectern', 'article'), cold(long, 'peer', 'article'));
  return [
    check('first load ≤ 220 KB brotli (HTML+JS+Wasm+CSS)', appBrotli, appBrotli <= 220 * KIB, kb(appBrotli)),
    check('seed article cold ≤ 1.3× peer', seedPeer, seedPeer <= 1.3, times(seedPeer)),
    check('seed article cold ≤ 4× static', seedStatic, seedStatic <= 4, times(seedStatic)),
    check('seed LCP cold ≤ 2.2× static', lcpStatic, lcpStatic <= 2.2, times(lcpStatic)),
    check('long article (50,000 words) cold ≤ 1.1× peer', longPeer, longPeer <= 1.1, times(longPeer)),
    check('100,000-item feed first screen < 2 s', big, big < 2000, big === null ? 'failed' : `${int(big)} ms`),
    check('5,000-item RSS feed usable list ≤ 1.2× the same as JSON Feed', rss, rss <= 1.2, times(rss)),
    check(
      'no long task while scrolling at reading speed',
      scroll?.steady.longTasks,
      scroll?.steady.longTasks === 0,
      `${scroll?.steady.longTasks ?? '–'} long tasks`,
    ),
    check(
      'no long task > 100 ms at fling (median fling)',
      scroll?.fling.over100,
      scroll?.fling.over100 === 0,
      `${scroll?.fling.over100 ?? '–'} (longest ${scroll?.fling.longest ?? '–'} ms; worst of any fling ${scroll?.fling.worst ?? '–'} ms)`,
    ),
    check('Lighthouse mobile ≥ 96', lhRan ? lh.score : null, lh?.score >= 96, lhRan ? `${lh.score}` : 'did not run'),
    check(
      'Lighthouse TBT ≤ 150 ms',
      lhRan ? lh.tbt : null,
      lh?.tbt <= 150,
      lhRan ? `${int(lh.tbt)} ms` : 'did not run',
    ),
    check('Lighthouse CLS = 0', lhRan ? lh.cls : null, lh?.cls === 0, lhRan ? `${lh.cls}` : 'did not run'),
  ];
}

function section(title, body) {
  return `\n${title}\n${body}`;
}

/** Everything, as the text printed at the end of a run. */
export function render(results) {
  const { options, machine } = results;
  const parts = [
    `Lectern bench ${results.date}: ${machine.cpus} cores, ${machine.chromium}, ${options.runs} runs, wall time ${results.wallSeconds} s`,
    section(
      'First-load weight of the seed article, bytes (app = HTML+JS+Wasm+CSS; all = + the feed; favicon left out)',
      weightTable(results.weight),
    ),
    section(
      `Time to article and LCP, ms since navigation start, median [p10–p90] of ${options.runs}`,
      timingRows(results.timing),
    ),
  ];
  if (results.lists) parts.push(section('Big feeds, cold', listTable(results.lists)));
  if (results.scroll) {
    parts.push(
      section(
        'Scrolling the long article: long tasks (> 100 ms), longest, TBT',
        scrollTable(results.scroll, options.steady, options.fling),
      ),
    );
  }
  if (results.memory)
    parts.push(section('Memory (CDP JSHeapUsedSize after GC; Wasm linear memory)', memoryTable(results.memory)));
  if (results.lighthouse) {
    parts.push(
      section(
        `Lighthouse ${results.lighthouseVersion ?? ''}, mobile defaults, seed article (median of the runs; CLS the worst)`,
        lighthouseTable(results.lighthouse),
      ),
    );
  }
  const marks = { true: 'met    ', false: 'NOT met', null: 'unknown' };
  parts.push(
    section(
      'Budgets (issue 25, and issue 26 for RSS)',
      results.budgets.map((b) => `  ${marks[b.met]}  ${b.name}: ${b.shown}`).join('\n'),
    ),
  );
  return parts.join('\n');
}

/** The figures `--compare` follows, flat: [label, value, lower-is-better]. */
export function headlines(results) {
  const out = [];
  const add = (label, value, lowerBetter = true) => {
    if (typeof value === 'number') out.push([label, value, lowerBetter]);
  };
  for (const subject of SUBJECTS) add(`weight ${subject} app brotli`, results.weight?.[subject]?.app.brotli);
  for (const [article, by] of Object.entries(results.timing ?? {})) {
    for (const subject of SUBJECTS) {
      for (const cache of ['cold', 'warm']) {
        add(`${article} ${cache} to article ${subject}`, by[subject]?.[cache].article.median);
        add(`${article} ${cache} LCP ${subject}`, by[subject]?.[cache].lcp.median);
      }
    }
  }
  for (const [size, by] of Object.entries(results.lists ?? {})) {
    for (const subject of Object.keys(by)) add(`list ${size} ${subject}`, by[subject].list.median);
  }
  for (const [subject, s] of Object.entries(results.scroll ?? {})) {
    add(`steady scroll TBT ${subject}`, s.steady.tbt);
    add(`fling TBT ${subject}`, s.fling.tbt);
  }
  for (const [subject, m] of Object.entries(results.memory ?? {})) {
    add(`long article JS heap ${subject}`, m.longArticle.jsHeap);
    add(`long article Wasm ${subject}`, m.longArticle.wasm);
    add(`20 articles JS heap growth ${subject}`, m.navigation.growth.jsHeap);
  }
  for (const [subject, r] of Object.entries(results.lighthouse ?? {}))
    add(`Lighthouse score ${subject}`, r.score, false);
  return out;
}

/** The deltas between an earlier run and this one, as a table. */
export function compare(before, after, beforeName) {
  const old = new Map(headlines(before).map(([label, value]) => [label, value]));
  const rows = headlines(after)
    .filter(([label]) => old.has(label))
    .map(([label, value, lowerBetter]) => {
      const was = old.get(label);
      const delta = value - was;
      const percent = was ? `${delta >= 0 ? '+' : ''}${((delta / was) * 100).toFixed(1)}%` : '–';
      const better = delta === 0 ? '' : delta < 0 === lowerBetter ? 'better' : 'worse';
      return [label, int(was), int(value), `${delta >= 0 ? '+' : ''}${int(delta)}`, percent, better];
    });
  return `Compared with ${beforeName} (${before.date})\n${table(['figure', 'before', 'now', 'delta', '%', ''], rows)}`;
}
