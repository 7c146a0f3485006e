// One claim, every read path, every consent change (issue 16's table test). The family changes
// the claim from the track page through the real functions (changeCrossBorderConsent,
// withdrawConsent); after each change the table says what each path gives another country's
// police (Peru, for a Bolivian claim), its partner systems and the public: the staff lookup and
// the partner API's search, the case page and the API's case, the match queue, detail and the
// API's matches, the inbox (an alert and a match) and the daily digest's count, an alert email
// written after the change and one written before it, the police and the public PFIF feeds, the
// bulletin entry (its poster page) with its photo, and the statistics Peru's police see of
// Bolivia (the public's protected figures, which no consent change moves: decision 177). Bolivia's
// own police read the claim whole and count it exactly throughout. Each read is the data function its page, route or job calls.
import { beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/features/bulletin/test-helpers";
import { getBulletinCase, getPublicPhoto } from "@/features/bulletin/data";
import { getCaseRoute } from "@/features/cases/api-case";
import { getCaseForViewer, giveAccessReason, searchCases } from "@/features/cases/data";
import { SearchInput } from "@/features/cases/schemas";
import { recordFoundPerson } from "@/features/found/data";
import { FoundInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { emailInboxItem } from "@/features/inbox/alert-email-data";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { addInboxItem } from "@/features/inbox/write";
import { searchAnswer } from "@/features/cases/api-search";
import { digestCountsFor } from "@/features/inbox/digest-data";
import { listMatchesRoute } from "@/features/matching/api-matches";
import { getProposalForViewer, listProposals, settleMatching } from "@/features/matching/data";
import { MatchListInput } from "@/features/matching/schemas";
import { exportPfifPersons, type FeedContext } from "@/features/partners/pfif-export-data";
import type { TokenInput } from "@/features/partners/schemas";
import { createApiToken, viewerForToken } from "@/features/partners/token-data";
import { getStatsForViewer } from "@/features/stats/data";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import { parsePfif } from "@/lib/pfif/parse";
import { NotFoundError } from "@/server/errors";
import { deliverMessage } from "@/server/outbox/deliver";
import "@/server/outbox/jobs";
import "@/features/inbox/jobs";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withNotifyEnv } from "@/testing/notify-env";
import { withdrawConsent } from "./claim-status";
import { changeCrossBorderConsent } from "./cross-border-consent";
import { hashTrackingCode } from "./tracking-code";

// Queues but no workers: the test delivers the earlier alert email itself, to the local SMTP server.
const env = withNotifyEnv({ smtp: true, jobs: ["message-deliver", "staff-alert-email"], work: false });
const ctx: FeedContext = {
  domain: "reencuentro.test",
  baseUrl: "https://reencuentro.test",
  locale: "es",
  t: (k) => k,
};
const FAMILY = "Mamani Consentida";
const CODE = "TRACK-CONSENT-0001";

let policeBo: Viewer, policePe: Viewer, partnerPe: Viewer, publicPartnerBo: Viewer;
let claim: { id: string; caseNumber: string; publicId: string; photoId: string };
let proposalId: string;
let alertItemId: string, matchItemId: string;

async function token(
  kind: "POLICE_UNIT" | "NGO",
  countryCode: string,
  countryCodes: TokenInput["countryCodes"],
) {
  const org = await env.db.organization.create({
    data: { name: `${kind} ${crypto.randomUUID()}`, kind, countryCode },
  });
  const admin = await makeViewer(env.db, "ADMIN", countryCode);
  const { token } = await createApiToken(admin, {
    name: "Registro",
    organizationId: org.id,
    scopes: ["pfif:read", "cases:read", "cases:search", "matches:read"],
    countryCodes,
    expiresInDays: 30,
    rateLimitPerMinute: 60,
  });
  return (await viewerForToken(token))!;
}

beforeAll(async () => {
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policePe = await makeViewer(env.db, "POLICE", "PE");
  await env.db.user.update({ where: { id: policePe.id }, data: { emailAlerts: true } });
  partnerPe = await token("POLICE_UNIT", "PE", ["BO", "PE"]);
  publicPartnerBo = await token("NGO", "BO", ["BO"]);

  // A public, approved Bolivian claim with a photo, tracked by a code its family holds.
  const c = await makeCase(env.db, { country: "BO", givenNames: "Naye", familyNames: FAMILY, photos: 1 });
  const row = await env.db.case.update({
    where: { id: c.id },
    data: { trackingCodeHash: hashTrackingCode(CODE) },
    select: { publicId: true, photos: { select: { id: true } } },
  });
  claim = { ...c, publicId: row.publicId!, photoId: row.photos[0]!.id };

  // A Peruvian found record and a proposal pairing it with the claim.
  const { foundNumber } = await recordFoundPerson(policePe, FoundInput.parse(nayeRecord()));
  await settleMatching(); // the engine's own run first, so it does not replace the proposal below
  const f = await env.db.foundPerson.findUniqueOrThrow({ where: { foundNumber }, select: { id: true } });
  const p = await env.db.matchProposal.upsert({
    where: { caseId_foundPersonId: { caseId: c.id, foundPersonId: f.id } },
    create: {
      kind: "FOUND",
      caseId: c.id,
      foundPersonId: f.id,
      caseCountryCode: "BO",
      otherCountryCode: "PE",
      score: 80,
      criteria: [],
      caseVersion: "1",
      otherVersion: "1",
    },
    update: {},
    select: { id: true },
  });
  proposalId = p.id;

  // What Peru's inbox holds about the claim: a cross-border alert and the match.
  await env.db.$transaction(async (tx) => {
    await addInboxItem(tx, {
      kind: "ALERT",
      caseId: c.id,
      to: { countryCode: "PE", roles: ["POLICE"] },
      fromCountryCode: "BO",
      reasons: ["BORDER"],
      dedupeKey: "consent-alert",
    });
    await addInboxItem(tx, {
      kind: "MATCH",
      caseId: c.id,
      to: { countryCode: "PE", roles: ["POLICE"] },
      refId: p.id,
      dedupeKey: "consent-match",
    });
  });
  const items = await env.db.inboxItem.findMany({
    where: { caseId: c.id },
    select: { id: true, kind: true },
  });
  alertItemId = items.find((i) => i.kind === "ALERT")!.id;
  matchItemId = items.find((i) => i.kind === "MATCH")!.id;
});

/** "Not found or not allowed" reads as absent (false); any other error fails the test. */
const gone = (err: unknown) => {
  if (err instanceof NotFoundError) return false;
  throw err;
};

/** The case page as an officer opens it: the reason first when asked, then the read. */
async function casePage(v: Viewer) {
  try {
    if (v.countryCode !== "BO")
      await giveAccessReason(v, { caseNumber: claim.caseNumber, reason: "sighting" });
    return (await getCaseForViewer(v, claim.caseNumber, "VIEW")).access;
  } catch (err) {
    gone(err);
    return "never";
  }
}

let alertRound = 0;
/** An alert about the claim written now; how many alert emails its job writes for Peru's officer. */
async function freshAlertEmails() {
  const key = `consent-alert-${++alertRound}`;
  return env.db.$transaction(async (tx) => {
    await addInboxItem(tx, {
      kind: "ALERT",
      caseId: claim.id,
      to: { countryCode: "PE", roles: ["POLICE"] },
      fromCountryCode: "BO",
      dedupeKey: key,
    });
    const item = await tx.inboxItem.findFirstOrThrow({ where: { dedupeKey: key }, select: { id: true } });
    return emailInboxItem(tx, item.id);
  });
}

/** Delivers an alert email written before the change: "sent" or "suppressed". */
async function earlierEmailSent(queued: string) {
  const m = await env.db.outboundMessage.findUniqueOrThrow({ where: { id: queued } });
  return deliverMessage(env.db, m.id, { final: true });
}

const pfifNames = async (v: Viewer) =>
  parsePfif((await exportPfifPersons(v, { maxResults: 500 }, ctx)).xml).persons.map(
    (p) => p.person.family_name,
  );

async function reads() {
  const pe = policePe;
  const listed = async (v: Viewer) =>
    (await searchCases(v, SearchInput.parse({ q: claim.caseNumber }))).rows.some(
      (r) => r.caseNumber === claim.caseNumber,
    );
  const inbox = async (kind: "ALERT" | "MATCH", id: string) =>
    (await listInbox(pe, InboxFilter.parse({ kind }))).some((e) => e.id === id);
  return {
    lookup: await listed(pe),
    casePage: await casePage(pe),
    apiCase: await getCaseRoute(new Request("https://x.test"), partnerPe, {
      params: Promise.resolve({ caseNumber: claim.caseNumber }),
    }).then(
      (r) => r.status === 200,
      (err) => gone(err),
    ),
    apiSearch: await searchAnswer(
      new Request("https://x.test", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ q: claim.caseNumber }),
      }),
      partnerPe,
    )
      .then((r) => r.json() as Promise<{ rows: { caseNumber: string }[] }>)
      .then((a) => a.rows.some((r) => r.caseNumber === claim.caseNumber)),
    matchQueue: (await listProposals(pe, MatchListInput.parse({}))).rows.some((r) => r.id === proposalId),
    matchDetail: await getProposalForViewer(pe, proposalId).then(() => true, gone),
    apiMatches: await listMatchesRoute(new Request("https://x.test/api/v1/matches"), partnerPe)
      .then((r) => r.json() as Promise<{ rows: { id: string }[] }>)
      .then((a) => a.rows.some((r) => r.id === proposalId)),
    inboxAlert: await inbox("ALERT", alertItemId),
    inboxMatch: await inbox("MATCH", matchItemId),
    digestMatches: (await digestCountsFor(env.db, pe, new Date())).matches,
    alertEmailAfter: await freshAlertEmails(),
    policeFeed: (await pfifNames(partnerPe)).includes(FAMILY),
    publicFeed: (await pfifNames(publicPartnerBo)).includes(FAMILY),
    bulletin: (await getBulletinCase(claim.publicId)) !== null,
    photo: (await getPublicPhoto(claim.photoId)) !== null,
    statsAbroad: await getStatsForViewer(pe, { country: "BO" }).then((s) => [s.mode, s.total]),
    ownCountry: [
      await listed(policeBo),
      await casePage(policeBo),
      (await getStatsForViewer(policeBo, { country: "BO" })).total,
    ],
  };
}

type Reads = Awaited<ReturnType<typeof reads>>;
const whole: Reads = {
  lookup: true,
  casePage: "full",
  apiCase: true,
  apiSearch: true,
  matchQueue: true,
  matchDetail: true,
  inboxAlert: true,
  apiMatches: true,
  inboxMatch: true,
  digestMatches: 1,
  alertEmailAfter: 1,
  policeFeed: true,
  publicFeed: true,
  bulletin: true,
  photo: true,
  statsAbroad: ["public", "<5"],
  ownCountry: [true, "full", 1],
};
const card: Reads = {
  ...whole,
  casePage: "identifying",
  apiCase: false,
  matchQueue: false,
  matchDetail: false,
  apiMatches: false,
  inboxMatch: false,
  digestMatches: 0,
  policeFeed: false,
};
const kept: Reads = {
  ...card,
  lookup: false,
  apiSearch: false,
  casePage: "never",
  inboxAlert: false,
  alertEmailAfter: 0,
};

type Change = { level: CrossBorderConsent } | "withdraw publication";
const steps: [string, Change, Reads][] = [
  ["shared with the network's police, then card only", { level: "IDENTIFYING" }, card],
  ["card only, then kept to its own country", { level: "OWN_COUNTRY" }, kept],
  ["kept to its own country, then shared again", { level: "NETWORK" }, whole],
  // Publication is the public's consent: staff and matching keep the claim; the bulletin, its
  // photo and both feeds drop it (the police feed never carries a withdrawn claim).
  [
    "shared, then publication withdrawn",
    "withdraw publication",
    { ...whole, publicFeed: false, bulletin: false, photo: false, policeFeed: false },
  ],
];

// Each step starts where the one above left the claim.
const table = steps.map(
  ([name, change, after], i) => [name, change, i ? steps[i - 1]![2] : whole, after] as const,
);

describe("a consent change is honoured by every read path at its next read", () => {
  it("starts shared with the network and published", async () => {
    expect(await reads()).toEqual(whole);
  });

  it.each(table)("%s", async (_name, change, before, expected) => {
    // An alert email the job wrote before the change (if Peru's officer saw the alert then),
    // delivered after it.
    const item = await env.db.$transaction(async (tx) => {
      await addInboxItem(tx, {
        kind: "ALERT",
        caseId: claim.id,
        to: { countryCode: "PE", roles: ["POLICE"] },
        fromCountryCode: "BO",
        dedupeKey: `consent-before-${++alertRound}`,
      });
      const i = await tx.inboxItem.findFirstOrThrow({
        where: { dedupeKey: `consent-before-${alertRound}` },
        select: { id: true },
      });
      await emailInboxItem(tx, i.id);
      return i.id;
    });
    const queued = await env.db.outboundMessage.findFirst({
      where: { recipient: policePe.email, params: { path: ["itemId"], equals: item } },
      select: { id: true },
    });

    if (change === "withdraw publication") await withdrawConsent(claim.caseNumber, CODE);
    else
      expect(await changeCrossBorderConsent(claim.caseNumber, CODE, { crossBorder: change.level })).toEqual({
        changed: true,
      });

    expect(await reads()).toEqual(expected);
    // The earlier email goes out only if Peru's officer still sees the alert.
    expect(queued !== null).toBe(before.inboxAlert);
    if (queued) expect(await earlierEmailSent(queued.id)).toBe(expected.inboxAlert ? "sent" : "suppressed");
  });
});
