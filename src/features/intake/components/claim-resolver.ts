import type { Resolver } from "react-hook-form";
import type { ClaimFormValues } from "./form-values";

// zod and the claim schema are a third of the report page's JavaScript, and nothing needs them
// before the family presses "Next". They load on the first focus inside the form (the family
// types for a while before any check runs), so the page is usable sooner on a slow phone.
let loading: Promise<Resolver<ClaimFormValues>> | null = null;

function loadResolver(): Promise<Resolver<ClaimFormValues>> {
  loading ??= Promise.all([import("@hookform/resolvers/zod"), import("../schemas")]).then(
    ([{ zodResolver }, { ClaimInput }]) => zodResolver(ClaimInput) as unknown as Resolver<ClaimFormValues>,
  );
  // A failed fetch (connection dropped) must be retried on the next check, not remembered.
  loading.catch(() => (loading = null));
  return loading;
}

export function preloadClaimResolver() {
  void loadResolver().catch(() => undefined);
}

export const lazyClaimResolver: Resolver<ClaimFormValues> = async (values, context, options) =>
  (await loadResolver())(values, context, options);
