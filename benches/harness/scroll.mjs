// Scrolling the long article: long tasks (> 50 ms) and total blocking time while a script scrolls
// at a steady pace (STEP px every INTERVAL ms, for at most SECONDS: part of the article) and then
// flings from the top to the bottom (FLING px every animation frame), RUNS times: on a busy machine
// one fling can stall for reasons of its own, so the median run is reported (and the worst task).
// Used by scripts/bench.mjs.
import { blockingTime, loadUntil, newContext } from './browser.mjs';
import { summarize } from './stats.mjs';

export const STEADY = { step: 200, interval: 100, seconds: 15 };
export const FLING = { step: 4000, runs: 3 };

/** In the page: scrolls `step` px every `interval` ms until `seconds` pass or the end is reached. */
function steadyScroll({ step, interval, seconds }) {
  return new Promise((resolve) => {
    const start = performance.now();
    const startY = scrollY;
    const tick = () => {
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      if (atEnd || performance.now() - start >= seconds * 1000) {
        resolve({ start, end: performance.now(), distance: scrollY - startY });
        return;
      }
      scrollBy(0, step);
      setTimeout(tick, interval);
    };
    tick();
  });
}

/** In the page: from the top, scrolls `step` px every animation frame until the bottom. */
function fling({ step }) {
  return new Promise((resolve) => {
    scrollTo(0, 0);
    requestAnimationFrame(() => {
      const start = performance.now();
      let frames = 0;
      const frame = () => {
        frames += 1;
        scrollBy(0, step);
        if (scrollY + innerHeight >= document.documentElement.scrollHeight - 1) {
          resolve({ start, end: performance.now(), distance: scrollY, frames });
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  });
}

/** Long tasks that started within [start, end + one more settled frame]. */
async function tasksDuring(page, phase) {
  const tasks = await page.evaluate(async () => {
    await window.__bench.settle(Infinity);
    return window.__bench.takeLongTasks();
  });
  const inside = tasks.filter((task) => task.start >= phase.start && task.start <= phase.end + 50);
  return {
    seconds: Math.round((phase.end - phase.start) / 100) / 10,
    distance: Math.round(phase.distance),
    frames: phase.frames,
    longTasks: inside.length,
    over100: inside.filter((task) => task.duration > 100).length,
    longest: Math.round(Math.max(0, ...inside.map((task) => task.duration))),
    tbt: Math.round(blockingTime(inside)),
  };
}

/** The median of each fling figure over the runs, and the longest task of any run. */
function medianFling(runs) {
  const median = (key) => summarize(runs.map((run) => run[key])).median;
  return {
    seconds: median('seconds'),
    distance: median('distance'),
    frames: median('frames'),
    longTasks: median('longTasks'),
    over100: median('over100'),
    longest: median('longest'),
    tbt: median('tbt'),
    worst: Math.max(...runs.map((run) => run.longest)),
  };
}

/** Opens the long article at `url` and measures both scrolling phases. */
export async function scrolling(browser, url, last, steady = STEADY) {
  const context = await newContext(browser, { last });
  try {
    const page = await context.newPage();
    await loadUntil(page, url, 'article');
    await page.evaluate(() => window.__bench.stopWatching());
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const reading = await tasksDuring(page, await page.evaluate(steadyScroll, steady));
    const flings = [];
    for (let run = 0; run < FLING.runs; run += 1)
      flings.push(await tasksDuring(page, await page.evaluate(fling, FLING)));
    return { height, steady: reading, fling: medianFling(flings), flings };
  } finally {
    await context.close();
  }
}
