// Schemas of the partner area: the admin's token form (react-hook-form and the action share it).
import { z } from "zod";
import { choices, optionalInt, requiredText } from "@/lib/forms/fields";
import { CLAIM_COUNTRIES } from "@/lib/case-options";
import { MATCH_STATUSES } from "@/features/matching/schemas";
import { API_SCOPES } from "@/server/api-scopes";
import { cursorParam } from "@/lib/api/cursor";
import { MAX_PFIF_BYTES } from "@/lib/pfif/formats";

export const TokenInput = z.object(
  {
    name: requiredText(80),
    organizationId: z.uuid({ error: "validation:invalidChoice" }),
    scopes: choices(API_SCOPES).refine((a) => a.length > 0, { error: "partners:errors.scopeRequired" }),
    countryCodes: choices(CLAIM_COUNTRIES).refine((a) => a.length > 0, {
      error: "partners:errors.countryRequired",
    }),
    expiresInDays: optionalInt(1, 365).transform((v) => v ?? 90),
    rateLimitPerMinute: optionalInt(1, 6000).transform((v) => v ?? 120),
  },
  { error: "validation:invalid" },
);
export type TokenInput = z.infer<typeof TokenInput>;

export const TokenRefInput = z.object(
  { id: z.uuid({ error: "validation:invalidId" }) },
  { error: "validation:invalid" },
);
export type TokenRefInput = z.infer<typeof TokenRefInput>;

/** Query of the PFIF feeds: min_entry_date (PFIF UTC date), an opaque cursor, max_results. */
export const PfifFeedQuery = z.object(
  {
    min_entry_date: z
      .string({ error: "partners:pfif.reason.date" })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { error: "partners:pfif.reason.date" })
      .refine((s) => !Number.isNaN(new Date(s).getTime()), { error: "partners:pfif.reason.date" })
      .transform((s) => new Date(s))
      .optional(),
    cursor: z.string().max(200, { error: "partners:errors.cursor" }).optional(),
    max_results: z.coerce
      .number({ error: "validation:invalid" })
      .int({ error: "validation:invalid" })
      .min(1, { error: "validation:invalid" })
      .max(500, { error: "validation:invalid" })
      .default(100),
  },
  { error: "validation:invalid" },
);
export type PfifFeedQuery = z.infer<typeof PfifFeedQuery>;

/** The admin's PFIF upload: a non-empty file of at most the parser's limit. */
export const PfifUpload = z.object({
  file: z
    .custom<Blob>((v) => v instanceof Blob && v.size > 0, { error: "partners:errors.fileRequired" })
    .refine((f) => f.size <= MAX_PFIF_BYTES, { error: "partners:pfif.document.tooLarge" }),
});

const apiLimit = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "validation:invalid" })
    .int({ error: "validation:invalid" })
    .min(1, { error: "validation:invalid" })
    .max(max, { error: "validation:invalid" })
    .default(fallback);

/** GET /api/v1/matches: unlike the queue page, a bad value is a 400, not silently replaced. */
export const MatchListQuery = z.object(
  {
    status: z.enum(MATCH_STATUSES, { error: "validation:invalidChoice" }).default("PROPOSED"),
    cursor: cursorParam,
    limit: apiLimit(100, 25),
  },
  { error: "validation:invalid" },
);
