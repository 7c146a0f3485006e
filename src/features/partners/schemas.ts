// Schemas of the partner area: the admin's token form (react-hook-form and the action share it).
import { z } from "zod";
import { choices, optionalInt, requiredText } from "@/features/intake/fields";
import { CLAIM_COUNTRIES } from "@/features/intake/options";
import { API_SCOPES } from "@/server/api-scopes";

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
