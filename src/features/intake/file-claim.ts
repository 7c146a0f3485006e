import "server-only";
import type { PoliceContact } from "@/lib/police-contacts";
import crypto from "node:crypto";
import { searchNameFor } from "@/lib/names/normalize";
import { CASE_TEAM_ROLES, inboxItemRow } from "@/features/inbox/data";
import { getDb } from "@/server/db";
import { lookUpClaim, type Place } from "./claim-lookup-data";
import { AppError } from "@/server/errors";
import { caseColumns } from "./case-columns";
import { scheduleMatching } from "@/features/matching/data";
import { ageOn, crossBorderAlerts } from "@/lib/cross-border";
import { insertClaim } from "./insert-claim-data";
import { localToUtc } from "@/lib/local-time";
import type { PreparedPhoto } from "@/server/photos";
import { replayTrackingCode, trackingCodeFor } from "./receipt";
import type { ClaimInput } from "./schemas";
import { deleteStoredPhotos, storePhotos } from "@/server/photo-store";

export interface FileClaimContext {
  /** Photos already checked and re-encoded by preparePhotos(). */
  photos?: PreparedPhoto[];
  /** Files the claim into a training session's sandbox. */
  practiceSessionId?: string | null;
  /** Overrides the case-number prefix (default: the country's, or PRACTICE-<country> in a sandbox). */
  casePrefix?: string;
  /** submissionHash() of what was sent; a known id with another hash is refused (409). */
  submissionHash?: string;
  /** The partner token a claim came through (POST /api/v1/claims with a bearer token). */
  sourceTokenId?: string | null;
  /** lookUpClaim's answer for this input, when the caller already made it (submitClaim). */
  place?: Place;
}

export interface FiledClaim {
  caseNumber: string;
  /** Null when this was a retry of a submission filed too long ago to show the code again. */
  trackingCode: string | null;
  /** False when the submission id had already been filed: nothing new was written. */
  created: boolean;
}

/** What the report form shows: the receipt with the unit to call (contact-point.ts). */
export interface FormReceipt extends FiledClaim {
  contact: PoliceContact | null;
}

/** A known submission id sent again with a different claim: never answered with the first one's code. */
export class SubmissionConflictError extends AppError {
  constructor() {
    super("intake:errors.submissionConflict", 409);
  }
}

/** A claim the server refuses after the schema passed (e.g. a region unknown to the database). */
export class ClaimRejectedError extends AppError {
  constructor(public readonly fieldErrors: Record<string, string>) {
    super("validation:invalid", 400);
  }
}

const PREFIX_PATTERN = /^[A-Z]{1,8}(-[A-Z]{2})?$/;

async function findFiled(submissionId: string) {
  const db = await getDb();
  return db.case.findUnique({
    where: { submissionId },
    select: { caseNumber: true, createdAt: true, trackingCodeHash: true, submissionHash: true },
  });
}

/** The answer for a look-up that found the submission already filed, or null when it is new. */
export function filedAnswer(place: Place, submissionId: string, hash?: string): FiledClaim | null {
  return place.caseNumber ? replay(submissionId, place as Filed, hash) : null;
}

function prefixFor(place: Place, input: ClaimInput, ctx: FileClaimContext): string {
  if (!place.casePrefix) throw new ClaimRejectedError({ "lastSeen.country": "validation:invalidChoice" });
  if (input.lastSeen.region && !place.regionId)
    throw new ClaimRejectedError({ "lastSeen.region": "validation:invalidChoice" });
  const prefix =
    ctx.casePrefix ?? (ctx.practiceSessionId ? `PRACTICE-${place.casePrefix}` : place.casePrefix);
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid case-number prefix: ${prefix}`);
  return prefix;
}

/**
 * Files a claim as a new case (status REPORTED) with its photos and a CREATED event, in one
 * statement (insert-claim-data.ts) that also queues its matching job (duplicates included). Idempotent on
 * `submissionId`: a retry returns the case filed the first time and writes nothing.
 */
export async function fileClaim(input: ClaimInput, ctx: FileClaimContext = {}): Promise<FiledClaim> {
  const place = ctx.place ?? (await lookUpClaim(input));
  const filed = filedAnswer(place, input.submissionId, ctx.submissionHash);
  if (filed) return filed;
  const prefix = prefixFor(place, input, ctx);
  const trackingCode = trackingCodeFor(input.submissionId);
  const facts = {
    id: crypto.randomUUID(),
    submissionHash: ctx.submissionHash ?? null,
    regionId: place.regionId,
    practiceSessionId: ctx.practiceSessionId ?? null,
    sourceTokenId: ctx.sourceTokenId ?? null,
    trackingCode,
    searchName: searchNameFor(input.person),
    lastSeenAt: localToUtc(input.lastSeen.date, input.lastSeen.time, input.lastSeen.country),
  };
  // Files first (slow, outside the statement); removed again if the statement fails.
  const stored = await storePhotos(ctx.photos ?? []);
  let created;
  try {
    created = await insertClaim(await getDb(), {
      prefix,
      columns: caseColumns(input, facts),
      photos: stored,
      inbox: newClaimInboxRows(facts.id, input, { ...facts, neighbours: place.neighbours }),
      queueMatching: !facts.practiceSessionId,
    });
  } catch (err) {
    await deleteStoredPhotos(stored);
    // Two copies of one submission raced: the loser's insert hit the unique submissionId.
    const winner = await findFiled(input.submissionId);
    if (winner) return replay(input.submissionId, winner, ctx.submissionHash);
    throw err;
  }
  // Cross-border matching against found records and other claims (possible duplicates, which
  // replaced the intake's own flag: decision 091) is the job the statement queued, run by a
  // worker: ~25 ms of CPU per claim that no longer shares the request's event loop (decision
  // 161). A database whose job queues no engine has created yet gets the run in this process,
  // after the answer, as before.
  if (!facts.practiceSessionId && !created.matchQueued) scheduleMatching({ kind: "claim", id: created.id });
  return { caseNumber: created.caseNumber, trackingCode, created: true };
}

/**
 * The new-claims queue of the country (its region's staff and the country-wide ones), and the
 * cross-border alerts to neighbouring police (cross-border.ts); none in a sandbox.
 */
function newClaimInboxRows(
  caseId: string,
  input: ClaimInput,
  facts: {
    regionId: string | null;
    practiceSessionId: string | null;
    lastSeenAt: Date;
    neighbours: readonly string[];
  },
) {
  if (facts.practiceSessionId) return [];
  const country = input.lastSeen.country;
  // A family that kept the claim to its own country gets no alert abroad (the inbox would not
  // show one anyway: inboxScope reads the case through the consent-aware scope).
  const alerts =
    input.consent.crossBorder === "OWN_COUNTRY"
      ? []
      : crossBorderAlerts({
          country,
          neighbours: facts.neighbours,
          ageAtLastSeen: ageOn(input.person.dateOfBirth, input.person.approxAge, facts.lastSeenAt),
          riskIndicators: input.lastSeen.riskIndicators,
          circumstances: input.lastSeen.circumstances,
        });
  return [
    inboxItemRow({
      kind: "NEW_CLAIM",
      caseId,
      to: { countryCode: country, roles: CASE_TEAM_ROLES, regionId: facts.regionId },
      dedupeKey: `claim:${caseId}`,
    }),
    // Police only: an NGO reads its own country's cases, never another's.
    ...alerts.map((a) =>
      inboxItemRow({
        kind: "ALERT",
        caseId,
        to: { countryCode: a.countryCode, roles: ["POLICE"] },
        fromCountryCode: country,
        reasons: a.reasons,
        dedupeKey: `alert:${caseId}:${a.countryCode}`,
      }),
    ),
  ];
}

type Filed = { caseNumber: string; createdAt: Date; trackingCodeHash: string; submissionHash: string | null };

function replay(submissionId: string, filed: Filed, hash: string | undefined): FiledClaim {
  if (filed.submissionHash && hash && filed.submissionHash !== hash) throw new SubmissionConflictError();
  return {
    caseNumber: filed.caseNumber,
    trackingCode: replayTrackingCode(submissionId, { ...filed, createdAt: new Date(filed.createdAt) }),
    created: false,
  };
}
