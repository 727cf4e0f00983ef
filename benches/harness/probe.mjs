// The in-page probe, installed as an init script before any page script runs: the same criteria
// for every subject. It records, in `window.__bench`, performance.now() (ms since navigation start)
//  - `article`: when an <article> holds a <p> whose text is the article's last body paragraph;
//  - `list`: the first frame where the first `li.entry a` is on screen and the page can scroll;
//  - `lcp`: the latest largest-contentful-paint entry (after `settle()`); long tasks via takeLongTasks();
//  - `error`: the text of an error view (`[role=alert]`), should one show instead;
//  - `wasm`: the Wasm exports the app's loader (scripts/wasm-build.mjs) announces with its TrunkApplicationStarted event.
// Used by scripts/bench.mjs through `context.addInitScript(probe, { last, list })`.

export function probe({ last = null, list = false }) {
  const bench = { article: null, list: null, error: null, lcp: null, lcpElement: null, tasks: [], wasm: null };
  Object.defineProperty(window, '__bench', { value: bench });
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();

  function articleComplete() {
    const article = document.querySelector('article');
    if (!article) return false;
    const paragraphs = article.getElementsByTagName('p');
    for (let index = paragraphs.length - 1; index >= 0 && index >= paragraphs.length - 4; index -= 1) {
      if (normalize(paragraphs[index].textContent) === last) return true;
    }
    return false;
  }

  // Checked in an animation frame, where layout is due anyway; again each frame until true.
  let listFrame = false;
  function listOnScreen() {
    const box = document.querySelector('li.entry a')?.getBoundingClientRect();
    const scrollable = document.documentElement.scrollHeight > innerHeight;
    if (box && box.height > 0 && box.top < innerHeight && scrollable) bench.list = performance.now();
    else requestAnimationFrame(listOnScreen);
  }

  function check() {
    // An error view ends the wait at once (the harness reports its text).
    if (bench.error === null) bench.error = document.querySelector('[role=alert]')?.textContent.trim() || null;
    if (bench.article === null && last && articleComplete()) bench.article = performance.now();
    if (list && !listFrame && document.querySelector('li.entry a')) {
      listFrame = true;
      requestAnimationFrame(listOnScreen);
    }
  }

  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
  /** Stops watching the DOM (before scrolling, so the probe adds no work to it). */
  bench.stopWatching = () => observer.disconnect();

  function noteLcp(entries) {
    for (const entry of entries) {
      bench.lcp = entry.startTime;
      const element = entry.element;
      bench.lcpElement = element
        ? `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''}`
        : null;
    }
  }
  const paints = new PerformanceObserver((entries) => noteLcp(entries.getEntries()));
  paints.observe({ type: 'largest-contentful-paint', buffered: true });
  /**
   * Resolves once an LCP entry at or after `since` has been delivered (the frame showing what
   * arrived at `since` was presented), or after 12 more frames (the largest paint came earlier).
   */
  bench.settle = (since) =>
    new Promise((resolve) => {
      let frames = 0;
      const frame = () => {
        noteLcp(paints.takeRecords());
        frames += 1;
        if ((bench.lcp !== null && bench.lcp >= since) || frames > 12) resolve();
        else requestAnimationFrame(() => setTimeout(frame, 0));
      };
      frame();
    });

  const tasks = new PerformanceObserver((entries) => {
    bench.tasks.push(...entries.getEntries());
  });
  tasks.observe({ type: 'longtask', buffered: true });
  /** Long tasks so far (including ones not yet delivered), as { start, duration }. */
  bench.takeLongTasks = () => {
    bench.tasks.push(...tasks.takeRecords());
    return bench.tasks.map((task) => ({ start: task.startTime, duration: task.duration }));
  };

  addEventListener('TrunkApplicationStarted', (event) => {
    bench.wasm = event.detail?.wasm ?? null;
  });
}
