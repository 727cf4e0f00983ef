// Defence in depth: the built page ships a Content-Security-Policy that allows only its own two inline
// scripts by hash (the loader, the theme's pre-paint line), never 'unsafe-inline'; the app
// runs under it without a single violation, and script injected into the page is refused.
import { expect, expectArticle, expectList, SEED, test } from './helpers.mjs';

/** Records every CSP violation the page reports, from before the app starts. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
    });
  });
}

test('the page carries a strict policy and a no-referrer policy', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('script-src'));
  expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2}$/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  // Trusted Types: only Lectern's policies may be created.
  expect(policy).toContain('trusted-types lectern-body default');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('the body goes in through its own policy, and no other page script can create it', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await page.getByRole('link', { name: SEED.title }).click();
  await expectArticle(page, SEED.title);
  // The article's body went in through the policy; a second one under its name is refused.
  const second = await page.evaluate(() => {
    try {
      trustedTypes.createPolicy('lectern-body', { createHTML: (s) => s });
      return 'created';
    } catch {
      return 'refused';
    }
  });
  expect(second).toBe('refused');
});

test('the list and an article run under the policy without violations', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./');
  await expectList(page);
  await page.getByRole('link', { name: SEED.title }).click();
  await expectArticle(page, SEED.title);
  await page.mouse.wheel(0, 2000);
  await expect(page.locator('[role=progressbar]')).not.toHaveAttribute('aria-valuenow', '0');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('an injected inline script is refused', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./');
  await expectList(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    try {
      // Under Trusted Types the assignment itself is refused (a string is not a TrustedScript).
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    } catch {}
  });
  await expect.poll(() => page.evaluate(() => window.__violations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});
