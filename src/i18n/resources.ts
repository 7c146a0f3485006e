import "server-only";
import type { Locale, Namespace } from "./settings";

export type Resources = Partial<Record<Namespace, Record<string, unknown>>>;

// Bundlers turn this template into a context over locales/*/*.json, so every file is available
// on the server without listing them by hand; nothing here reaches a client bundle.
async function loadNamespace(locale: Locale, ns: Namespace): Promise<Record<string, unknown>> {
  try {
    const mod = (await import(`../../locales/${locale}/${ns}.json`)) as {
      default: Record<string, unknown>;
    };
    return mod.default;
  } catch {
    return {};
  }
}

export async function loadResources(locale: Locale, namespaces: readonly Namespace[]) {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, await loadNamespace(locale, ns)] as const),
  );
  return Object.fromEntries(entries) as Resources;
}
