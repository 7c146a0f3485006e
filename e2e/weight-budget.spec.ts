import { expect, test } from "@playwright/test";
import { JS_BUDGETS, kib, measurePage } from "../src/testing/page-weight";

// Bytes, not timings: the JavaScript a first visit downloads is the same on every run of a build,
// so this fails only when a change makes a public page heavier than its budget
// (docs/decisions/100-page-weight-budgets.md; figures in docs/BENCHMARKS.md via bench:weight).
for (const [path, budget] of Object.entries(JS_BUDGETS)) {
  test(`${path} ships at most ${kib(budget)} of gzip JavaScript on a first visit`, async ({
    browser,
    baseURL,
  }) => {
    const weight = await measurePage(browser, baseURL!, path);
    expect(weight.js, `${path}: ${kib(weight.js)} of JavaScript`).toBeLessThanOrEqual(budget);
  });
}
