// Lectern's embed loader, an ES module. A host page on any origin needs only:
//   <script type="module" src="https://READER-ORIGIN/embed.js"></script>
//   <lectern-reader feed="FEED-URL" article="ITEM-ID"></lectern-reader>
// It defines <lectern-reader>: an open shadow root holding the reader's own stylesheet and a box
// the Wasm reader mounts into once the element comes near the viewport. The Wasm module is
// fetched and instantiated once per page, on first need. Every Lectern file is found relative to
// this script (import.meta.url), never to the host page; feed URLs resolve against the host page.
// scripts/embed-build.mjs fills in ASSETS with the build's hashed file names.
const ASSETS = { js: 'lectern.js', wasm: 'lectern_bg.wasm', css: 'embed.css' };
const THEMES = ['auto', 'light', 'sepia', 'dark', 'contrast'];

const base = new URL('./', import.meta.url).href;
const asset = (name) => new URL(name, base).href;

let module;
const loadReader = () =>
  (module ??= import(asset(ASSETS.js)).then(async (glue) => {
    await glue.default({ module_or_path: asset(ASSETS.wasm) });
    return glue;
  }));

class LecternReader extends HTMLElement {
  static observedAttributes = ['feed', 'article', 'theme', 'height', 'lang'];
  #box;
  #widget = null;
  #nearby = null;

  constructor() {
    super();
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = asset(ASSETS.css);
    this.#box = document.createElement('div');
    this.#box.className = 'lectern-widget';
    this.#box.append(status('Loading Lectern…'));
    this.attachShadow({ mode: 'open' }).append(sheet, this.#box);
  }

  connectedCallback() {
    this.#style();
    if (this.#widget || this.#nearby) return;
    // Nothing heavy until the reader is within a screen of being seen.
    this.#nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#stopWatching();
        this.#mount();
      },
      { rootMargin: '100% 0px' },
    );
    this.#nearby.observe(this);
  }

  disconnectedCallback() {
    this.#stopWatching();
    // A move is a disconnect and a connect in one task: only a removal unmounts.
    queueMicrotask(() => {
      if (this.isConnected || !this.#widget) return;
      this.#widget.free();
      this.#widget = null;
      this.#box.replaceChildren(status('Loading Lectern…'));
    });
  }

  attributeChangedCallback(name) {
    if (name === 'theme' || name === 'height') this.#style();
    else if (name === 'lang') this.#widget?.set_lang(this.getAttribute('lang') || undefined);
    else this.#widget?.show(this.#feed(), this.#article());
  }

  /** Opens an article of the feed by its id; without one, the feed's list. */
  open(article) {
    if (article == null) this.removeAttribute('article');
    else this.setAttribute('article', String(article));
  }

  async #mount() {
    let glue;
    try {
      glue = await loadReader();
    } catch (error) {
      const message = 'Lectern could not start here: its script or WebAssembly was blocked or did not load.';
      const alert = status(message);
      alert.setAttribute('role', 'alert');
      this.#box.replaceChildren(alert);
      this.dispatchEvent(new CustomEvent('lectern-error', { bubbles: true, composed: true, detail: { message } }));
      console.warn('Lectern:', error);
      return;
    }
    if (!this.isConnected || this.#widget) return;
    this.#box.replaceChildren();
    this.#widget = glue.mount_widget(
      this,
      this.#box,
      base,
      this.#feed(),
      this.#article(),
      this.getAttribute('lang') || undefined,
    );
  }

  #stopWatching() {
    this.#nearby?.disconnect();
    this.#nearby = null;
  }

  #feed() {
    const feed = this.getAttribute('feed');
    if (!feed) return undefined;
    try {
      return new URL(feed, document.baseURI).href;
    } catch {
      return feed; // The reader shows that it is not a usable address.
    }
  }

  #article() {
    return this.getAttribute('article') || undefined;
  }

  #style() {
    const theme = this.getAttribute('theme');
    this.#box.dataset.theme = THEMES.includes(theme) ? theme : 'auto';
    // A height (any CSS length) makes the reader scroll inside itself; without one it grows.
    const height = this.getAttribute('height');
    this.#box.style.height = height ?? '';
    this.#box.classList.toggle('fixed', Boolean(height));
  }
}

function status(text) {
  const line = document.createElement('p');
  line.className = 'loading';
  line.setAttribute('role', 'status');
  line.textContent = text;
  return line;
}

// Loaded twice (two script tags, or two URLs for this file): the first definition stands.
if (!customElements.get('lectern-reader')) customElements.define('lectern-reader', LecternReader);
