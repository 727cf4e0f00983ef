// Shared pieces of the end-to-end suite: the demo feed's facts, fixture feeds served by
// request interception on a made-up origin, and a `test` that fails on any uncaught page error.
import { spawn } from 'node:child_process';
import { test as base, expect } from '@playwright/test';
import axe from 'axe-core';

export { expect };

/** Every test fails if the page throws an uncaught error (a panic in the module included). */
export const test = base.extend({
  pageErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** The bundled demo feed (dist/feed.json), in feed order. */
export const DEMO = {
  title: 'Lectern demo',
  articles: [
    {
      id: 'france-britain-troops-ukraine',
      title: 'France and Britain Discuss Potential Deployment of Troops to Support Ukraine',
    },
    { id: 'reading-with-lectern', title: 'Reading with Lectern' },
    { id: 'measure-of-a-line', title: 'The Measure of a Line: a long read on how type is set for reading' },
  ],
};

/** The seed article, as the shared seed (`shared/seed/article.txt`, beside this repository) has it. */
export const SEED = {
  id: 'france-britain-troops-ukraine',
  title: 'France and Britain Discuss Potential Deployment of Troops to Support Ukraine',
  author: 'Roman Cheplyk',
  datetime: '2024-11-26T09:00:00+01:00',
  date: 'Tuesday, November 26, 2024',
  readingTime: '4 min read',
  lede: 'France and Great Britain are actively exploring the possibility of sending military personnel to Ukraine to bolster its defense against Russian aggression.',
  sections: [
    'Strengthening European Defense Cooperation',
    'Recent Developments',
    'Coordination Through Defense Conseil International',
    'Official Statements from French and British Officials',
    'Expansion of Military Assistance',
    'Strategic Implications',
    'Addressing Corruption Concerns',
    'Future Prospects',
    'Potential Challenges',
    'Conclusion',
  ],
  subsections: ['Enhanced Defense Capabilities', 'Strengthening European Unity'],
  challenges: ['Logistical Coordination:', 'Political Considerations:', 'Security Risks:'],
};

/** The made-up origin fixture feeds are served from; requests to it never leave the machine. */
export const ORIGIN = 'https://feeds.example';

export const CORS_JSON = {
  'access-control-allow-origin': '*',
  'content-type': 'application/json',
};

/** Serves `body` (an object is sent as JSON, a string as is) at `url` for the rest of the test. */
export async function serveFeed(page, url, body, { status = 200 } = {}) {
  await page.route(url, (route) =>
    route.fulfill({
      status,
      headers: CORS_JSON,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** The app's address for a feed URL (and optionally one of its articles). */
export function readerUrl(feed, article) {
  const query = new URLSearchParams({ feed });
  if (article !== undefined) query.set('article', article);
  return `./?${query}`;
}

/** A minimal valid JSON Feed 1.1 with the given items. */
export function feedWith(items, title = 'Fixture feed') {
  return { version: 'https://jsonfeed.org/version/1.1', title, items };
}

/** Waits for the feed list to be on screen, with its title as the page's h1. */
export async function expectList(page, title = DEMO.title, count = DEMO.articles.length) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('li.entry')).toHaveCount(count);
}

/** Waits for an article to be on screen, with `title` as its headline. */
export async function expectArticle(page, title) {
  await expect(page.locator('article')).toHaveCount(1);
  await expect(page.locator('article h1')).toHaveText(title);
}

/** Serves `dir` with scripts/static-server.mjs in its own process on a free port (its own origin);
 * `stop()` ends the process, a real outage. `cors: false` leaves out Access-Control-Allow-Origin. */
export async function serveDirectory(dir, { cors = true } = {}) {
  const args = ['scripts/static-server.mjs', dir, '0', ...(cors ? [] : ['--no-cors'])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const found = String(chunk).match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) resolve(found[0]);
    });
    child.on('exit', () => reject(new Error('the static server exited')));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    stop: () => {
      child.kill();
      return exited;
    },
  };
}

/**
 * The body block at the reading line and how far below the line its top is (negative: above), as
 * src/shell/reading/position.rs measures it: the line is 8 px below the top of the reading area,
 * the visible area (the window, or a widget's box while it scrolls itself) below the reading bar,
 * shown or tucked. `host` is a widget's selector on its host page; without it, the page app.
 */
export function blockAtLine(page, host) {
  return page.evaluate((host) => {
    const root = host ? document.querySelector(host).shadowRoot : document;
    const box = host ? root.querySelector('.lectern-widget') : null;
    const top = box && box.scrollHeight > box.clientHeight + 1 ? box.getBoundingClientRect().top : 0;
    const bar = root.querySelector('.reading-bar');
    const line = top + (bar ? bar.getBoundingClientRect().height : 0) + 8;
    const units = [...root.querySelectorAll('.article-body [id]')];
    const unit = units.filter((element) => element.getBoundingClientRect().top <= line + 1).at(-1);
    return unit ? { id: unit.id, offset: unit.getBoundingClientRect().top - line } : null;
  }, host);
}

/**
 * Replaces the speech engine (headless Chromium has no voices) by a fake that "speaks" each
 * utterance in `millis` and records it in `window.spoken`; SpeechSynthesis's own prototype is
 * patched, so the app calls the real binding.
 */
export async function fakeSpeech(page, { millis = 40 } = {}) {
  await page.addInitScript((delay) => {
    window.spoken = [];
    const pending = new Set();
    SpeechSynthesis.prototype.getVoices = () => [];
    // `window.speechDelay = null` holds each utterance until `window.releaseSpeech()`: a check
    // of what is being spoken then cannot race a loaded machine's clock.
    SpeechSynthesis.prototype.speak = function speak(utterance) {
      window.spoken.push({ text: utterance.text, rate: utterance.rate });
      const entry = { timer: null, utterance };
      entry.finish = () => {
        pending.delete(entry);
        utterance.dispatchEvent(new Event('end'));
      };
      pending.add(entry);
      const wait = window.speechDelay === undefined ? delay : window.speechDelay;
      if (wait !== null) entry.timer = setTimeout(entry.finish, wait);
    };
    window.releaseSpeech = () => {
      for (const entry of [...pending]) {
        clearTimeout(entry.timer);
        entry.finish();
      }
    };
    SpeechSynthesis.prototype.cancel = function cancel() {
      for (const entry of pending) {
        clearTimeout(entry.timer);
        entry.utterance.dispatchEvent(new Event('error'));
      }
      pending.clear();
    };
  }, millis);
}

/** Axe's experimental rules (label-content-name-mismatch among them), all on: `options({ rules })`. */
export const EXPERIMENTAL_RULES = Object.fromEntries(
  axe.getRules(['experimental']).map(({ ruleId }) => [ruleId, { enabled: true }]),
);
