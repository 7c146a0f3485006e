import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The cascade-training journey on the built app: a Belize trainer runs a train-the-trainers
// session, certifies an officer, the certificate verifies publicly, and a claim filed in the
// session's practice sandbox stays invisible to a real police search.

const run = Date.now().toString(36);
const TITLE = `Train-the-trainers Belmopan ${run}`;
const ATTENDEES = [
  { name: `Sgt. Ana Pop ${run}`, email: `ana.${run}@police.example` },
  { name: `Cpl. Luis Coc ${run}`, email: `luis.${run}@police.example` },
  { name: `PC Rosa Cal ${run}`, email: `rosa.${run}@police.example` },
];
// Letters only: a name with four or more digits is looked up as a phone or document number.
const PRACTICE_PERSON = {
  given: "Practicia",
  family: `Sandbox${run.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`,
};

async function newSignedInPage(browser: Browser, account: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signInAs(page, account, password);
  return page;
}

test.describe.configure({ mode: "serial" });

let sessionUrl = "";
let certificateCode = "";
let practiceLogin = { email: "", password: "" };
let practiceCaseNumber = "";

test("trainer.bz creates a train-the-trainers session and registers 3 attendees", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  await page.goto("/en/training/sessions/new");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Kind of session").selectOption("TRAIN_THE_TRAINERS");
  await page.getByLabel("Start date").fill("2026-03-02");
  await page.getByLabel("End date").fill("2026-03-04");
  await page.getByLabel("Region").selectOption({ label: "Cayo" });
  await page.getByLabel("Venue").fill("Police Training Academy, Belmopan");
  await expect(page.getByRole("checkbox", { name: "Insp. Delroy Flowers" })).toBeChecked();
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/en\/training\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  sessionUrl = new URL(page.url()).pathname;

  // Session pages show personal data: never cached.
  const res = await page.goto(sessionUrl);
  expect(res?.headers()["cache-control"]).toContain("no-store");

  const form = page.getByRole("form", { name: "Register an attendee" });
  for (const a of ATTENDEES) {
    await form.getByLabel("Name").fill(a.name);
    await form.getByLabel("Email").fill(a.email);
    await form.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText(`${a.name} is registered.`)).toBeVisible();
  }
  await expect(page.getByRole("row")).toHaveCount(4);
  // The same email twice is refused with a translated message and nothing is added.
  await form.getByLabel("Name").fill("Duplicate");
  await form.getByLabel("Email").fill(ATTENDEES[0]!.email);
  await form.getByRole("button", { name: "Register" }).click();
  await expect(
    page.getByText("Someone with this email is already registered in this session."),
  ).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(4);
});

test("trainer.bz marks completion, prints a certificate, and it verifies publicly", async ({
  page,
  browser,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto(sessionUrl);
  const ana = ATTENDEES[0]!;
  await page.getByRole("button", { name: `Mark completed: ${ana.name}` }).click();
  const row = page.getByRole("row", { name: new RegExp(ana.name) });
  await expect(row.getByRole("cell", { name: "Completed" })).toBeVisible();
  await page.getByRole("button", { name: `Mark attended: ${ATTENDEES[1]!.name}` }).click();
  await expect(
    page.getByRole("row", { name: new RegExp(ATTENDEES[1]!.name) }).getByText("Attended"),
  ).toBeVisible();

  await row.getByRole("link", { name: /Certificate/ }).click();
  await expect(page.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  await page.getByRole("button", { name: "Issue certificate" }).click();
  const code = page.getByTestId("certificate-code");
  await expect(code).toHaveText(/^CERT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  certificateCode = (await code.textContent())!;
  await expect(page.getByRole("article")).toContainText(ana.name);

  // Printing: the browser's dialog is replaced by a flag; print CSS hides the site chrome.
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByRole("button", { name: "Print certificate" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print certificate" })).toBeHidden();
  await expect(page.getByRole("article")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Anyone, signed out, can check it; the code goes in a POST body, never the URL.
  const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await visitor.goto("/en/training/verify");
  await visitor.getByLabel("Verification code").fill(certificateCode.toLowerCase());
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByRole("heading", { name: "This certificate is valid" })).toBeVisible();
  // Initials, level and dates only: never the full name or the session's title.
  await expect(visitor.getByTestId("verify-initials")).toHaveText(/^S\. A\. P\. [0-9A-Z]\.$/);
  await expect(visitor.getByText("Train-the-trainers")).toBeVisible();
  await expect(visitor.getByText(ana.name)).toHaveCount(0);
  await expect(visitor.getByText(TITLE)).toHaveCount(0);
  expect(visitor.url()).not.toContain(certificateCode.slice(5, 9));
  const forged = certificateCode.slice(0, -1) + (certificateCode.endsWith("0") ? "1" : "0");
  await visitor.getByLabel("Verification code").fill(forged);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByRole("heading", { name: "This certificate is not valid" })).toBeVisible();
  await visitor.context().close();
});

test("a CSV import with a bad row imports nothing and lists each problem; a good file imports", async ({
  page,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto(`${sessionUrl}/import`);
  const upload = (name: string, text: string) =>
    page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await upload(
    "bad.csv",
    `name,rank,unit,region,email\nOfficer Uno ${run},PC,OW,Orange Walk,uno.${run}@police.example\nX,,,Atlantis,not-an-email\n`,
  );
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("heading", { name: "The file has problems" })).toBeVisible();
  const problems = page.getByRole("table");
  await expect(problems.getByRole("row", { name: /This is too short/ })).toContainText("3");
  await expect(problems.getByRole("row", { name: /valid email address/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /Unknown region/ })).toBeVisible();
  await page.goto(sessionUrl);
  await expect(page.getByText(`Officer Uno ${run}`)).toHaveCount(0);

  await page.goto(`${sessionUrl}/import`);
  await upload(
    "good.csv",
    `Name,Rank/Position,Unit/Organization,Region,Email\nOfficer Uno ${run},PC,OW,Orange Walk,uno.${run}@police.example\n${ATTENDEES[0]!.name},,,,${ATTENDEES[0]!.email}\n`,
  );
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText("1 attendees imported.")).toBeVisible();
  await expect(page.getByText("1 already registered and skipped")).toBeVisible();
  await page.goto(sessionUrl);
  await expect(page.getByRole("row", { name: new RegExp(`Officer Uno ${run}`) })).toContainText(
    "Orange Walk",
  );
});

test("a Spanish Excel list (semicolons) imports; the room is marked at once with an exception; the sheet prints", async ({
  page,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto(`${sessionUrl.replace(/^\/en\//, "/es/")}/import`);
  const csv = [
    "Nombre;Grado o cargo;Unidad u organización;Región;Correo electrónico",
    `Pop, Marta ${run};Agente;Estación Cayo;Cayo;marta.${run}@police.example`,
    `Chi, Pedro ${run};Cabo;;Toledo;`,
  ].join("\r\n");
  await page
    .getByLabel("Archivo CSV")
    .setInputFiles({ name: "lista.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
  await page.getByRole("button", { name: "Revisar e importar" }).click();
  await expect(page.getByText("Se importaron 2 participantes.")).toBeVisible();

  await page.goto(sessionUrl);
  const pedro = page.getByRole("row", { name: new RegExp(`Chi, Pedro ${run}`) });
  await pedro.getByRole("checkbox", { name: new RegExp(`Leave Chi, Pedro ${run} out`) }).check();
  await page.getByRole("button", { name: "Mark all completed" }).click();
  await expect(page.getByText(/attendees? updated\./)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Pop, Marta ${run}`) })).toContainText("Completed");
  await expect(pedro).toContainText("Registered");

  await page.getByRole("link", { name: "Attendance sheet (print)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attendance sheet");
  await expect(page.getByRole("columnheader", { name: "Signature" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Pop, Marta ${run}`) })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});

test("coverage lists the districts under target first, marked in words", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  await page.goto("/en/training/coverage");
  const rows = page.getByRole("table", { name: /by region, against the target/ }).locator("tbody tr");
  const marks = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.textContent?.includes("Below target") ?? false),
  );
  expect(marks.length).toBeGreaterThan(0);
  // Once a row is not marked, no marked row follows.
  expect(marks.indexOf(false) === -1 || !marks.slice(marks.indexOf(false)).includes(true)).toBe(true);
  const levels = page.getByRole("table", { name: /at each level/ });
  await expect(levels).toContainText("Level 0");
  // Each level against its target (Belize: 20 trainers, then 140 in the districts), marked below it.
  const workshops = (await levels.getByRole("row", { name: /Level 1/ }).textContent())!;
  const [, trained] = workshops.match(/(\d+) of 140 \(\d+%\)/)!;
  expect(workshops.includes("Below target")).toBe(Number(trained) < 140);
  await expect(levels.getByRole("row", { name: /Level 0/ })).toContainText(/\d+ of 20 \(\d+%\)/);
});

test("staff training pages have no accessibility violations at 360 px", async ({ page }) => {
  await signInAs(page, "trainer.bz");
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/en/training",
    "/en/training/sessions/new",
    sessionUrl,
    `${sessionUrl}/practice`,
    `${sessionUrl}/sheet`,
    `${sessionUrl}/import`,
    "/en/training/coverage",
    "/es/training/coverage",
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, path).toEqual([]);
  }
  // What a trainer sees on a phone: kept with the test's artifacts.
  await page.goto(sessionUrl);
  await page.screenshot({ path: test.info().outputPath("session-360.png"), fullPage: true });
});

test("the verify page is public, light and has no accessibility violations at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const locale of ["es", "en", "qu"]) {
    const res = await page.goto(`/${locale}/training/verify`);
    expect(res?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  }
  // Axe again with a result shown.
  await page.goto("/en/training/verify");
  await page.getByLabel("Verification code").fill("CERT-0000-0000-0000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "This certificate is not valid" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("the trainer creates a practice login; its practice claim is marked PRACTICE", async ({
  page,
  browser,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto(`${sessionUrl}/practice`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("PRACTICE");
  await page.getByLabel("How many logins").fill("1");
  await page.getByRole("button", { name: "Create practice logins" }).click();
  const handout = page.getByRole("table").filter({ hasText: "@practice.invalid" });
  await expect(handout).toBeVisible();
  const cells = handout.getByRole("row").nth(1).getByRole("cell");
  practiceLogin = {
    email: (await cells.nth(0).textContent())!.trim(),
    password: (await cells.nth(1).textContent())!.trim(),
  };
  expect(practiceLogin.email).toMatch(/^practice-[0-9a-z]{6}-1@practice\.invalid$/);

  const trainee = await newSignedInPage(browser, practiceLogin.email, practiceLogin.password);
  await trainee.goto("/en/training/practice");
  await expect(trainee.getByRole("heading", { level: 1 })).toContainText("PRACTICE");
  expect((await new AxeBuilder({ page: trainee }).analyze()).violations).toEqual([]);
  await trainee.goto("/en/training/practice/report");
  expect((await new AxeBuilder({ page: trainee }).analyze()).violations).toEqual([]);
  await expect(trainee.getByRole("note").filter({ hasText: "PRACTICE" })).toBeVisible();
  await trainee.getByLabel("Given names").fill(PRACTICE_PERSON.given);
  await trainee.getByLabel("Family names").fill(PRACTICE_PERSON.family);
  await trainee.getByLabel("Sex").selectOption("FEMALE");
  await trainee.getByLabel("Age (years)").fill("15");
  await trainee.getByLabel("City or village").fill("San Ignacio");
  await trainee.getByLabel("Date").first().fill("2026-03-01");
  await trainee.getByLabel("What happened").fill("Did not come home after school (practice scenario).");
  await trainee.getByRole("group", { name: "Person reporting" }).getByLabel("Name").fill("Practice Mother");
  await trainee.getByLabel("Relationship to the missing person").selectOption("MOTHER");
  await trainee.getByLabel("Phone").fill("+501 600 0000");
  await trainee.getByRole("button", { name: "File practice claim" }).click();
  const filed = trainee.getByText(/PRACTICE-BZ-\d{4}-\d{6}/);
  await expect(filed).toBeVisible();
  practiceCaseNumber = (await filed.textContent())!.match(/PRACTICE-BZ-\d{4}-\d{6}/)![0];

  // The trainer sees it in the sandbox, marked PRACTICE.
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(practiceCaseNumber) })).toContainText("PRACTICE");
  await trainee.context().close();
});

test("the trainer picks graded exercises; the trainee's work in the sandbox passes one; the grid shows it", async ({
  page,
  browser,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto(`${sessionUrl}/practice`);
  await page.getByLabel(/Find a person by a misspelled name/).check();
  await page.getByLabel(/Verify a claim and add a note/).check();
  await page.getByRole("button", { name: "Save exercises" }).click();
  await expect(page.getByText("2 exercises chosen.")).toBeVisible();

  const trainee = await newSignedInPage(browser, practiceLogin.email, practiceLogin.password);
  await trainee.goto("/en/training/practice");
  const find = trainee.getByRole("listitem").filter({ hasText: "Find a person by a misspelled name" });
  await find.getByRole("button", { name: "Start" }).click();
  await expect(find.getByText("only what you do from now counts")).toBeVisible();
  await find.getByRole("button", { name: "Check my work" }).click();
  await expect(find.getByText(/^Not yet:/)).toBeVisible();
  // The sandbox's first case is the claim this trainee filed: opening it is the outcome checked.
  await trainee.goto(`/en/cases/${practiceCaseNumber}`);
  await trainee.goto("/en/training/practice");
  await find.getByRole("button", { name: "Check my work" }).click();
  await expect(find.getByText("Passed. Well done.")).toBeVisible();
  expect((await new AxeBuilder({ page: trainee }).analyze()).violations).toEqual([]);
  await trainee.context().close();

  await page.reload();
  const grid = page.getByRole("table", { name: /Each practice login's exercises/ });
  const row = grid.getByRole("row", { name: new RegExp(practiceLogin.email.replace(/[.]/g, "\\.")) });
  await expect(row).toContainText("Passed in");
  await expect(row).toContainText("Not started");
  await expect(row).toContainText("1 / 2");
});

test("coverage shows the session, the cascade tree and a chart; CSV export is an attachment", async ({
  page,
}) => {
  await signInAs(page, "trainer.bz");
  await page.goto("/en/training/coverage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Training coverage: Belize");
  await expect(page.getByRole("row", { name: /Cayo/ })).toContainText("of 20");
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(page.getByRole("img", { name: "Training sessions per month" })).toBeVisible();
  const res = await page.request.get("/api/training/coverage?country=BZ&kind=regions&locale=en");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="training-regions-BZ-/);
  expect(res.headers()["cache-control"]).toContain("no-store");
  // The demo seed already trained Belize's cascade, so only the shape of the Cayo row is fixed.
  expect(await res.text()).toMatch(/^Cayo,BZ-CY,\d+,20,\d+/m);
  // Another country's dashboard is not found for a Belize trainer.
  expect((await page.request.get("/api/training/coverage?country=BO&kind=regions")).status()).toBe(404);
});

test("signed out, the training area sends you to sign in; police get not found", async ({
  page,
  browser,
}) => {
  await page.goto("/en/training");
  await expect(page).toHaveURL(/\/en\/login\?from=%2Fen%2Ftraining$/);
  expect((await page.request.get("/api/training/coverage?country=BZ")).status()).toBe(401);
  const police = await newSignedInPage(browser, "police.bz");
  const res = await police.goto("/en/training");
  expect(res?.status()).toBe(404);
  await police.context().close();
});

test("a practice claim is found in its sandbox but not by police.bz's real search", async ({ browser }) => {
  test.skip(!practiceCaseNumber, "needs the practice claim of the previous test");
  // Positive control: the same lookup, as the trainee, finds the claim in the sandbox.
  const trainee = await newSignedInPage(browser, practiceLogin.email, practiceLogin.password);
  await searchCases(trainee, `${PRACTICE_PERSON.given} ${PRACTICE_PERSON.family}`);
  await expect(trainee.getByText(practiceCaseNumber)).toBeVisible();
  await trainee.context().close();

  const police = await newSignedInPage(browser, "police.bz");
  for (const query of [
    `${PRACTICE_PERSON.given} ${PRACTICE_PERSON.family}`,
    PRACTICE_PERSON.family,
    practiceCaseNumber,
  ]) {
    await searchCases(police, query);
    await expect(police.getByRole("status").filter({ hasText: "No case matches" })).toBeVisible();
    await expect(police.getByText(practiceCaseNumber)).toHaveCount(0);
  }
  // Opening it directly by number is "not found" too.
  const res = await police.goto(`/en/cases/${practiceCaseNumber}`);
  expect(res?.status()).toBe(404);
  await police.context().close();
});

/** The real lookup (cases feature): a POST form, so the query never appears in the URL. */
async function searchCases(page: Page, query: string) {
  await page.goto("/en/cases");
  await page.getByRole("searchbox", { name: "Name, case number, document or phone" }).fill(query);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "No case matches" })
      .or(page.getByRole("heading", { name: /^Results/ })),
  ).toBeVisible();
  expect(page.url()).not.toContain(encodeURIComponent(query.split(" ")[0]!));
}
