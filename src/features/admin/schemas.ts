// zod schemas of the admin forms (messages are i18n keys). No server imports.
import { z } from "zod";
import { parseOpeningHours } from "@/lib/unit-contact";

export const ROLES = ["POLICE", "NGO", "MIGRATION", "FORENSIC", "TRAINER", "ADMIN"] as const;
export const ORGANIZATION_KINDS = ["POLICE_UNIT", "NGO", "TRAINING_BODY", "GOVERNMENT"] as const;

const REQUIRED = "admin:errors.required";
/** "" from a select means "none". */
const optionalId = z
  .union([z.literal(""), z.uuid("admin:errors.invalidChoice")])
  .default("")
  .transform((v) => v || null);
const name = (max: number) =>
  z.string(REQUIRED).trim().min(1, REQUIRED).min(2, "admin:errors.tooShort").max(max, "admin:errors.tooLong");

export const UserFields = z.object({
  name: name(120),
  role: z.enum(ROLES, "admin:errors.invalidChoice"),
  countryCode: z.string(REQUIRED).regex(/^[A-Z]{2}$/, "admin:errors.invalidChoice"),
  regionId: optionalId,
  organizationId: optionalId,
});
export type UserFields = z.infer<typeof UserFields>;

export const NewPassword = z
  .string(REQUIRED)
  .min(12, "auth:password.tooShort")
  .max(256, "auth:password.tooLong");

export const CreateUserInput = UserFields.extend({
  email: z
    .string(REQUIRED)
    .trim()
    .toLowerCase()
    .max(254, "admin:errors.tooLong")
    .pipe(z.email("admin:errors.emailInvalid")),
  password: NewPassword,
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

/** A phone a family can dial: digits, spaces, dashes, brackets, an optional leading "+". Blank = none. */
const contactPhone = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{1,38}$/.test(v), "admin:errors.phoneInvalid")
  .transform((v) => v || null);
/** "always" or "1-5 08:00-16:30; 6 09:00-13:00" (src/lib/unit-contact.ts). Blank = none. */
const contactHours = z
  .string()
  .trim()
  .max(200, "admin:errors.tooLong")
  .default("")
  .refine((v) => v === "" || parseOpeningHours(v) !== null, "admin:errors.hoursInvalid")
  .transform((v) => v.replace(/\s+/g, " ") || null);

/** The unit's line for families; with a phone, the hours are needed too (else the national line). */
const ContactFields = z
  .object({ contactPhone, contactHours })
  .refine((v) => !v.contactPhone || v.contactHours, {
    message: "admin:errors.hoursRequired",
    path: ["contactHours"],
  });

export const CreateOrganizationInput = z.object({
  name: name(160),
  kind: z.enum(ORGANIZATION_KINDS, "admin:errors.invalidChoice"),
  countryCode: z.string(REQUIRED).regex(/^[A-Z]{2}$/, "admin:errors.invalidChoice"),
  regionId: optionalId,
});

export const OrganizationContactInput = z
  .object({ organizationId: z.uuid("admin:errors.invalidChoice") })
  .and(ContactFields);
export type OrganizationContactInput = z.infer<typeof OrganizationContactInput>;
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

export const AccessLogQuery = z.object({
  caseNumber: z.string(REQUIRED).trim().toUpperCase().min(1, REQUIRED).max(40, "admin:errors.tooLong"),
});

const isoDay = z
  .string()
  .trim()
  .default("")
  .refine(
    (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
    "admin:errors.dateInvalid",
  );

/** The audit search: every filter optional; dates are days in the viewer's country. */
export const AuditSearchInput = z
  .object({
    user: z.string().trim().max(254, "admin:errors.tooLong").default(""),
    caseNumber: z.string().trim().toUpperCase().max(40, "admin:errors.tooLong").default(""),
    from: isoDay,
    to: isoDay,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "admin:errors.dateOrder" });
export type AuditSearchInput = z.infer<typeof AuditSearchInput>;

const countryCode = z.string(REQUIRED).regex(/^[A-Z]{2}$/, "admin:errors.invalidChoice");

/** A pair of countries whose police get each other's cross-border alerts (order does not matter). */
export const NeighbourPairInput = z
  .object({ countryCode, neighbourCode: countryCode })
  .refine((p) => p.countryCode !== p.neighbourCode, {
    message: "admin:neighbours.errors.sameCountry",
    path: ["neighbourCode"],
  });
export type NeighbourPairInput = z.infer<typeof NeighbourPairInput>;
