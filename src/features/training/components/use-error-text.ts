"use client";
import { useT } from "@/i18n/client";

/**
 * Translates an error key from an action or a schema. The practice claim reuses the intake's
 * schema, whose keys live in namespaces this area does not load ("validation:*",
 * "intake:errors.*"): those map to training's own copies, anything else to a generic message.
 */
export function useErrorText() {
  const t = useT(["training", "common"]);
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const mapped = key.startsWith("validation:")
      ? `training:validation.${key.slice("validation:".length)}`
      : key.startsWith("intake:errors.")
        ? `training:practice.claimErrors.${key.slice("intake:errors.".length)}`
        : key;
    return t(mapped, { defaultValue: t("training:validation.invalid") });
  };
}
