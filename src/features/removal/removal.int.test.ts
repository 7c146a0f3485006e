import { beforeAll, describe, expect, it } from "vitest";
import {
  getBulletinCase,
  getPublicPhoto,
  listBulletin,
  listBulletinForFeed,
  searchBulletin,
} from "@/features/bulletin/data";
import { makeCase } from "@/features/bulletin/test-helpers";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { ClaimNotFoundError } from "@/features/intake/data";
import { AppError, NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import {
  decideRemoval,
  listFamilyRemovals,
  listRemovalRequestsForCase,
  requestFamilyRemoval,
  requestPublicRemoval,
  withdrawClaim,
} from "./data";

const env = withTestDb();
const ctx = { locale: "es", ipHash: "ip-hash-1" };
let policeBo: Viewer;
let policeGt: Viewer;
let ngoBo: Viewer;

beforeAll(async () => {
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policeGt = await makeViewer(env.db, "POLICE", "GT");
  ngoBo = await makeViewer(env.db, "NGO", "BO");
});

/** Every public read path: poster, list, name search, partner feed, photo. */
async function publicly(c: { publicId: string; id: string }) {
  const row = await env.db.case.findUniqueOrThrow({
    where: { id: c.id },
    select: { givenNames: true, familyNames: true, photos: { select: { id: true } } },
  });
  let listed = false;
  for (let page = 1; ; page++) {
    const l = await listBulletin({ page });
    if (l.items.some((i) => i.publicId === c.publicId)) listed = true;
    if (listed || page >= l.pageCount) break;
  }
  const searched = await searchBulletin({ name: `${row.givenNames} ${row.familyNames}` } as never);
  const feed = await listBulletinForFeed({ countries: ["BO"], take: 500 });
  return {
    poster: (await getBulletinCase(c.publicId)) !== null,
    listed,
    searched: searched.some((i) => i.publicId === c.publicId),
    feed: feed.some((f) => f.publicCase.publicId === c.publicId),
    photo: row.photos[0] ? (await getPublicPhoto(row.photos[0].id)) !== null : false,
  };
}
const everywhere = { poster: true, listed: true, searched: true, feed: true, photo: true };
const nowhere = { poster: false, listed: false, searched: false, feed: false, photo: false };

const trail = (caseId: string) =>
  env.db.caseEvent.findMany({
    where: { caseId, type: { startsWith: "REMOVAL_" } },
    orderBy: { createdAt: "asc" },
    select: { type: true, actorKind: true, actorUserId: true, newValue: true, reason: true },
  });
const removalInbox = async (v: Viewer) =>
  (await listInbox(v, InboxFilter.parse({ kind: "REMOVAL" }))).map((e) => e.case?.caseNumber);

describe("removal requests from the public page", () => {
  it("a safety reason takes the page off every public read at once, tells the police of its country, and is logged", async () => {
    const c = await makeCase(env.db, { photos: 1 });
    expect(await publicly(c)).toEqual(everywhere);
    expect(
      await requestPublicRemoval(c.publicId, { reason: "ENDANGERS", message: "Me busca mi agresor" }, ctx),
    ).toEqual({
      hidden: true,
    });
    expect(await publicly(c)).toEqual(nowhere);
    expect(await trail(c.id)).toEqual([
      {
        type: "REMOVAL_REQUESTED",
        actorKind: "PUBLIC",
        actorUserId: null,
        newValue: "ENDANGERS",
        reason: null,
      },
    ]);
    const request = await env.db.removalRequest.findFirstOrThrow({ where: { caseId: c.id } });
    expect(request).toMatchObject({
      source: "PUBLIC",
      status: "PENDING",
      hidPage: true,
      ipHash: "ip-hash-1",
    });
    const audit = await env.db.auditEvent.findFirstOrThrow({
      where: { action: "removal.request", targetId: request.id },
    });
    expect(audit).toMatchObject({ actorUserId: null, countryCode: "BO" });
    expect(audit.after).toMatchObject({ caseNumber: c.caseNumber, source: "PUBLIC", reason: "ENDANGERS" });
    expect(await removalInbox(policeBo)).toContain(c.caseNumber);
    expect(await removalInbox(policeGt)).not.toContain(c.caseNumber);
    expect(await removalInbox(ngoBo)).not.toContain(c.caseNumber);
    // The deciding police see the requester's words; nobody else does.
    expect((await listRemovalRequestsForCase(policeBo, c.id))[0]?.message).toBe("Me busca mi agresor");
    expect(await listRemovalRequestsForCase(ngoBo, c.id)).toEqual([]);
    expect(await listRemovalRequestsForCase(policeGt, c.id)).toEqual([]);
    // A second post of the same form files nothing new.
    await expect(requestPublicRemoval(c.publicId, { reason: "ENDANGERS" }, ctx)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await env.db.removalRequest.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("'this is wrong' stays up until the police decide; keeping it hidden takes it down and is logged", async () => {
    const c = await makeCase(env.db);
    expect(await requestPublicRemoval(c.publicId, { reason: "WRONG" }, ctx)).toEqual({ hidden: false });
    await requestPublicRemoval(c.publicId, { reason: "WRONG" }, ctx); // the same post again
    expect(await env.db.removalRequest.count({ where: { caseId: c.id } })).toBe(1);
    expect(await publicly(c)).toMatchObject({ poster: true, listed: true });
    const [r] = await listRemovalRequestsForCase(policeBo, c.id);
    await decideRemoval(policeBo, {
      caseNumber: c.caseNumber,
      requestId: r!.id,
      decision: "KEEP_HIDDEN",
      note: "Confirmado",
    });
    expect(await publicly(c)).toEqual(nowhere);
    expect((await trail(c.id)).at(-1)).toEqual({
      type: "REMOVAL_DECIDED",
      actorKind: "STAFF",
      actorUserId: policeBo.id,
      newValue: "KEPT_HIDDEN",
      reason: "Confirmado",
    });
    const audit = await env.db.auditEvent.findFirstOrThrow({
      where: { action: "removal.decide", targetId: r!.id },
    });
    expect(audit).toMatchObject({ actorUserId: policeBo.id, countryCode: "BO" });
    expect(audit.before).toMatchObject({ status: "PENDING", publicHidden: false });
    expect(audit.after).toMatchObject({
      caseNumber: c.caseNumber,
      status: "KEPT_HIDDEN",
      publicHidden: true,
    });
    // Decided once: a second decision is refused and changes nothing.
    await expect(
      decideRemoval(policeBo, { caseNumber: c.caseNumber, requestId: r!.id, decision: "RESTORE" }),
    ).rejects.toMatchObject({ key: "removal:errors.decided" });
    expect(await publicly(c)).toEqual(nowhere);
  });

  it("refuses a page that is not public (unknown, unapproved, practice) and writes nothing", async () => {
    const unapproved = await makeCase(env.db, { approved: false });
    for (const id of [unapproved.publicId, "abcdefgh12345678"])
      await expect(requestPublicRemoval(id, { reason: "SAFE_SELF" }, ctx)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    expect(await env.db.removalRequest.count({ where: { caseId: unapproved.id } })).toBe(0);
    expect(await env.db.case.findUniqueOrThrow({ where: { id: unapproved.id } })).toMatchObject({
      publicHiddenAt: null,
    });
  });
});

describe("removal requests from the family", () => {
  it("a valid tracking code hides at once; another country's police or an NGO cannot decide; the police restore it", async () => {
    const c = await makeCase(env.db);
    await expect(
      requestFamilyRemoval(c.caseNumber, "WRONG-CODE-0000", { reason: "SAFE_SELF" }, ctx),
    ).rejects.toBeInstanceOf(ClaimNotFoundError);
    expect(await env.db.removalRequest.count({ where: { caseId: c.id } })).toBe(0);
    await requestFamilyRemoval(c.caseNumber, c.trackingCode, { reason: "SAFE_SELF" }, ctx);
    expect(await publicly(c)).toEqual(nowhere);
    expect(await trail(c.id)).toMatchObject([{ type: "REMOVAL_REQUESTED", actorKind: "REPORTER" }]);
    expect(await listFamilyRemovals(c.caseNumber, c.trackingCode)).toMatchObject([
      { reason: "SAFE_SELF", status: "PENDING", decidedAt: null },
    ]);
    const request = await env.db.removalRequest.findFirstOrThrow({ where: { caseId: c.id } });
    for (const v of [policeGt, ngoBo])
      await expect(
        decideRemoval(v, { caseNumber: c.caseNumber, requestId: request.id, decision: "RESTORE" }),
      ).rejects.toBeInstanceOf(NotFoundError);
    expect(await env.db.removalRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await env.db.auditEvent.count({ where: { action: "removal.decide", targetId: request.id } })).toBe(
      0,
    );
    await decideRemoval(policeBo, { caseNumber: c.caseNumber, requestId: request.id, decision: "RESTORE" });
    expect(await publicly(c)).toEqual({ ...everywhere, photo: false });
    expect(await listFamilyRemovals(c.caseNumber, c.trackingCode)).toMatchObject([{ status: "RESTORED" }]);
  });

  it("restoring one request keeps the page down while another still holds it", async () => {
    const c = await makeCase(env.db);
    await requestFamilyRemoval(c.caseNumber, c.trackingCode, { reason: "WRONG" }, ctx);
    const safety = await env.db.removalRequest.create({
      data: { caseId: c.id, source: "PUBLIC", reason: "ENDANGERS", hidPage: true, locale: "es" },
    });
    const family = await env.db.removalRequest.findFirstOrThrow({
      where: { caseId: c.id, source: "FAMILY" },
    });
    await decideRemoval(policeBo, { caseNumber: c.caseNumber, requestId: family.id, decision: "RESTORE" });
    expect((await publicly(c)).poster).toBe(false);
    await decideRemoval(policeBo, { caseNumber: c.caseNumber, requestId: safety.id, decision: "RESTORE" });
    expect((await publicly(c)).poster).toBe(true);
  });

  it("withdrawing the claim withdraws consent and news at once and asks the unit once; it cannot be 'restored'", async () => {
    const c = await makeCase(env.db);
    await env.db.case.update({
      where: { id: c.id },
      data: { notifyByEmail: true, reporterEmail: "f@example.test" },
    });
    await withdrawClaim(c.caseNumber, c.trackingCode, ctx);
    await withdrawClaim(c.caseNumber, c.trackingCode, ctx);
    const row = await env.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.consentWithdrawnAt).not.toBeNull();
    expect(row.notifyByEmail).toBe(false);
    expect(row.publicHiddenAt).not.toBeNull();
    expect(await publicly(c)).toEqual(nowhere);
    const requests = await env.db.removalRequest.findMany({ where: { caseId: c.id } });
    expect(requests.map((r) => [r.source, r.reason])).toEqual([["FAMILY", "WITHDRAW_CLAIM"]]);
    await expect(
      decideRemoval(policeBo, { caseNumber: c.caseNumber, requestId: requests[0]!.id, decision: "RESTORE" }),
    ).rejects.toBeInstanceOf(AppError);
    await decideRemoval(policeBo, {
      caseNumber: c.caseNumber,
      requestId: requests[0]!.id,
      decision: "KEEP_HIDDEN",
    });
    expect(await listFamilyRemovals(c.caseNumber, c.trackingCode)).toMatchObject([
      { reason: "WITHDRAW_CLAIM", status: "KEPT_HIDDEN" },
    ]);
  });
});
