// Load timings: time to article and LCP (cold: a new context with an empty cache; warm: the
// same context loading the same URL again, served from the HTTP cache), and time to a usable
// list for big feeds. Subjects take turns within each run, so background noise hits all alike.
// Used by scripts/bench.mjs.
import { blockingTime, loadUntil, newContext } from './browser.mjs';
import { summarize } from './stats.mjs';

/** One cold and one warm load of `url` in a fresh context. */
async function coldAndWarm(browser, url, last) {
  const context = await newContext(browser, { last });
  try {
    const page = await context.newPage();
    const cold = await loadUntil(page, url, 'article');
    await page.goto('about:blank');
    const warm = await loadUntil(page, url, 'article');
    return { cold, warm };
  } finally {
    await context.close();
  }
}

function sampleOf(load) {
  const beforeReady = load.longTasks.filter((task) => task.start < load.ready);
  return { article: load.ready, lcp: load.lcp, lcpElement: load.lcpElement, loadTbt: blockingTime(beforeReady) };
}

function summarizeRuns(samples) {
  const pick = (key) => summarize(samples.map((sample) => sample?.[key] ?? null));
  return {
    article: pick('article'),
    lcp: pick('lcp'),
    loadTbt: pick('loadTbt'),
    lcpElements: [...new Set(samples.map((sample) => sample?.lcpElement).filter(Boolean))],
    samples,
  };
}

/**
 * Time to article for each article ("seed", "long") and subject: `runs` cold and warm loads.
 * `targets[article][subject]` is the URL; `lasts[article]` the last paragraph's text.
 */
export async function articleTimings(browser, targets, lasts, runs, progress) {
  const raw = {};
  for (let run = 0; run < runs; run += 1) {
    for (const [article, bySubject] of Object.entries(targets)) {
      for (const [subject, url] of Object.entries(bySubject)) {
        const slot = ((raw[article] ??= {})[subject] ??= { cold: [], warm: [] });
        try {
          const { cold, warm } = await coldAndWarm(browser, url, lasts[article]);
          slot.cold.push(sampleOf(cold));
          slot.warm.push(sampleOf(warm));
        } catch (error) {
          progress(`  ${article} ${subject} run ${run + 1} failed: ${error.message.split('\n')[0]}`);
          slot.cold.push(null);
          slot.warm.push(null);
        }
      }
    }
    progress(`  time to article: run ${run + 1}/${runs} done`);
  }
  const result = {};
  for (const [article, bySubject] of Object.entries(raw)) {
    for (const [subject, { cold, warm }] of Object.entries(bySubject)) {
      (result[article] ??= {})[subject] = { cold: summarizeRuns(cold), warm: summarizeRuns(warm) };
    }
  }
  return result;
}

/** Time to a usable list of a big feed (first entry on screen, page scrollable), cold. */
async function listLoad(browser, url, timeout) {
  const context = await newContext(browser, { list: true });
  try {
    const page = await context.newPage();
    const load = await loadUntil(page, url, 'list', timeout);
    const longest = Math.max(0, ...load.longTasks.map((task) => task.duration));
    return { list: load.ready, longestTask: longest, tbt: blockingTime(load.longTasks) };
  } finally {
    await context.close();
  }
}

/** `runsFor(size)` cold loads of each big feed's list per subject; `targets[size][subject]` is the URL. */
export async function listTimings(browser, targets, runsFor, timeout, progress) {
  const result = {};
  for (const [size, bySubject] of Object.entries(targets)) {
    const samples = {};
    for (let run = 0; run < runsFor(Number(size)); run += 1) {
      for (const [subject, url] of Object.entries(bySubject)) {
        const sample = await listLoad(browser, url, timeout).catch((error) => {
          progress(`  list ${size} ${subject} failed: ${error.message.split('\n')[0]}`);
          return null;
        });
        (samples[subject] ??= []).push(sample);
        progress(
          `  list of ${Number(size).toLocaleString('en')} items, ${subject}: ${sample ? `${Math.round(sample.list)} ms` : 'failed'}`,
        );
      }
    }
    result[size] = Object.fromEntries(
      Object.entries(samples).map(([subject, list]) => [
        subject,
        {
          list: summarize(list.map((sample) => sample?.list ?? null)),
          longestTask: summarize(list.map((sample) => sample?.longestTask ?? null)),
          tbt: summarize(list.map((sample) => sample?.tbt ?? null)),
        },
      ]),
    );
  }
  return result;
}
