// Matches and found records under the family's consent level and the seal: a proposal's score
// compares the whole record, so only those who see the claim whole see the pair; a found record
// links to its claim only as the claim's read rules allow, and is sealed with a sealed claim.
import { beforeAll, describe, expect, it } from "vitest";
import { fileCase } from "@/features/cases/test-fixtures";
import { getFoundForViewer, recordFoundPerson, searchFoundPersons } from "@/features/found/data";
import { FoundInput, FoundSearchInput } from "@/features/found/schemas";
import { nayeRecord } from "@/features/found/test-fixtures";
import { addInboxItems, listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import type { CrossBorderConsent } from "@/generated/prisma/enums";
import type { Viewer } from "@/server/viewer";
import { withTestDb } from "@/testing/with-test-db";
import { makeViewer } from "@/testing/viewers";
import { getProposalForViewer, listProposals, settleMatching } from "./data";
import { MatchListInput } from "./schemas";
import { notifyNewProposals } from "./notify";

const env = withTestDb({ uploads: true });
let policeBo: Viewer, policePe: Viewer, ngoBo: Viewer;

beforeAll(async () => {
  policeBo = await makeViewer(env.db, "POLICE", "BO");
  policePe = await makeViewer(env.db, "POLICE", "PE");
  ngoBo = await makeViewer(env.db, "NGO", "BO");
});

/** A BO claim at `level`, a found record of Peru and a proposal between them. */
async function pairAt(level: CrossBorderConsent) {
  const c = await fileCase(env.db, "BO", { givenNames: "Naye", familyNames: `Consent ${level}` });
  await env.db.case.update({ where: { id: c.id }, data: { crossBorderConsent: level } });
  const { foundNumber } = await recordFoundPerson(policePe, FoundInput.parse(nayeRecord()));
  // The engine's own run first, so it does not replace the proposal written below.
  await settleMatching();
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
  return { caseId: c.id, caseNumber: c.caseNumber, foundId: f.id, foundNumber, proposalId: p.id };
}

const queue = async (v: Viewer) => (await listProposals(v, MatchListInput.parse({}))).rows.map((r) => r.id);

describe("match proposals follow the claim's consent level", () => {
  it("another country's police see the pair of a NETWORK claim, not of a card-only one", async () => {
    const network = await pairAt("NETWORK");
    const card = await pairAt("IDENTIFYING");
    expect(await queue(policePe)).toContain(network.proposalId);
    expect(await queue(policePe)).not.toContain(card.proposalId);
    await expect(getProposalForViewer(policePe, card.proposalId)).rejects.toThrow(/notFound/);
    // Nothing was logged on the claim by the refused read.
    expect(await env.db.caseAccessLog.count({ where: { caseId: card.caseId, userId: policePe.id } })).toBe(0);
    // The owning country's police see both and can reach out.
    expect(await queue(policeBo)).toEqual(expect.arrayContaining([network.proposalId, card.proposalId]));
    expect((await getProposalForViewer(policeBo, card.proposalId)).case.caseNumber).toBe(card.caseNumber);
  });

  it("a match alert about a card-only claim does not reach another country's inbox", async () => {
    const card = await pairAt("IDENTIFYING");
    await env.db.$transaction((tx) =>
      addInboxItems(tx, [
        {
          kind: "MATCH",
          caseId: card.caseId,
          to: { countryCode: "PE", roles: ["POLICE"] },
          refId: card.proposalId,
        },
        {
          kind: "MATCH",
          caseId: card.caseId,
          to: { countryCode: "BO", roles: ["POLICE"] },
          refId: card.proposalId,
        },
      ]),
    );
    const cases = async (v: Viewer) =>
      (await listInbox(v, InboxFilter.parse({ kind: "MATCH" }))).map((e) => e.case?.caseNumber);
    expect(await cases(policePe)).not.toContain(card.caseNumber);
    expect(await cases(policeBo)).toContain(card.caseNumber);
  });

  it("a duplicate pair's alert checks both claims: not for another country when one is card-only", async () => {
    // The first claim is Peru's own (PE police see it whole), the second a Bolivian card-only one.
    // A pair is stored with the lower id first; file Peru's claim until it comes first.
    const bo = await fileCase(env.db, "BO", { givenNames: "Zenobia", familyNames: "Pair Bolivia" });
    let pe = await fileCase(env.db, "PE", { givenNames: "Zenobia", familyNames: "Pair Peru" });
    while (pe.id > bo.id)
      pe = await fileCase(env.db, "PE", { givenNames: "Zenobia", familyNames: "Pair Peru" });
    await env.db.case.update({ where: { id: bo.id }, data: { crossBorderConsent: "IDENTIFYING" } });
    await settleMatching();
    const p = await env.db.matchProposal.upsert({
      where: { caseId_otherCaseId: { caseId: pe.id, otherCaseId: bo.id } },
      create: {
        kind: "DUPLICATE",
        caseId: pe.id,
        otherCaseId: bo.id,
        caseCountryCode: "PE",
        otherCountryCode: "BO",
        score: 80,
        criteria: [],
        caseVersion: "1",
        otherVersion: "1",
      },
      update: {},
      select: { id: true },
    });
    await env.db.$transaction((tx) => notifyNewProposals(tx, [{ id: p.id, caseId: pe.id, fresh: true }]));
    const alerts = async (v: Viewer) =>
      (await listInbox(v, InboxFilter.parse({ kind: "MATCH" }))).filter(
        (e) => e.case?.caseNumber === pe.caseNumber,
      );
    expect(await alerts(policePe)).toEqual([]);
    // Bolivia's police see both claims whole (Peru's is shared with the network).
    expect(await alerts(policeBo)).toHaveLength(1);
  });

  it("a sealed claim's pair is shown only to its owning unit", async () => {
    const sealed = await pairAt("NETWORK");
    await env.db.case.update({ where: { id: sealed.caseId }, data: { sealedAt: new Date() } });
    expect(await queue(policePe)).not.toContain(sealed.proposalId);
    expect(await queue(policeBo)).toContain(sealed.proposalId);
  });
});

describe("a found record's link to the claim it identified", () => {
  async function identified(level: CrossBorderConsent) {
    const p = await pairAt(level);
    await env.db.foundPerson.update({
      where: { id: p.foundId },
      data: { status: "IDENTIFIED", identifiedCaseId: p.caseId },
    });
    return p;
  }
  const link = async (v: Viewer, foundNumber: string) =>
    (await getFoundForViewer(v, foundNumber, "VIEW")).identifiedCase;

  it("shows the claim to those who read it whole, not to another country for a card-only claim", async () => {
    const network = await identified("NETWORK");
    const card = await identified("IDENTIFYING");
    expect(await link(policePe, network.foundNumber)).toEqual({ caseNumber: network.caseNumber });
    expect(await link(policePe, card.foundNumber)).toBeNull();
    expect(await link(policeBo, card.foundNumber)).toEqual({ caseNumber: card.caseNumber });
  });

  it("drops a claim a retention run soft-deleted", async () => {
    const p = await identified("NETWORK");
    await env.db.case.update({ where: { id: p.caseId }, data: { deletedAt: new Date() } });
    expect(await link(policeBo, p.foundNumber)).toBeNull();
    expect(await link(policePe, p.foundNumber)).toBeNull();
  });

  it("is sealed with a sealed claim: only the owning unit reads or finds the record", async () => {
    const p = await identified("NETWORK");
    await env.db.case.update({ where: { id: p.caseId }, data: { sealedAt: new Date() } });
    const listed = async (v: Viewer) =>
      (await searchFoundPersons(v, FoundSearchInput.parse({ q: "" }))).rows.map((r) => r.foundNumber);
    for (const v of [policePe, ngoBo]) {
      await expect(getFoundForViewer(v, p.foundNumber, "VIEW")).rejects.toThrow(/notFound/);
      expect(await listed(v)).not.toContain(p.foundNumber);
    }
    expect(
      await env.db.foundPersonAccessLog.count({ where: { foundPersonId: p.foundId, userId: policePe.id } }),
    ).toBe(0);
    expect(await link(policeBo, p.foundNumber)).toEqual({ caseNumber: p.caseNumber });
    expect(await listed(policeBo)).toContain(p.foundNumber);
  });
});
