// zod schemas of the sign-in and account forms (messages are i18n keys). No server imports.
import { z } from "zod";

export const LoginInput = z.object({
  email: z.string().trim().min(1, "auth:errors.emailRequired").max(320, "auth:invalidCredentials"),
  password: z.string().min(1, "auth:errors.passwordRequired").max(1024, "auth:invalidCredentials"),
  from: z.string().max(2000).optional(),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z
  .object({
    current: z.string().min(1, "auth:errors.passwordRequired").max(1024),
    next: z.string().min(1, "auth:errors.passwordRequired").max(1024, "auth:password.tooLong"),
    confirm: z.string().max(1024),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "auth:password.mismatch" });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** The daily digest setting on /account: a checkbox, so absent means off. */
export const DigestSettingInput = z.object({
  emailDigest: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type DigestSettingInput = z.infer<typeof DigestSettingInput>;

/** Alert emails on /account (decision 160): a checkbox, so absent means off. */
export const AlertSettingInput = z.object({
  emailAlerts: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type AlertSettingInput = z.infer<typeof AlertSettingInput>;
