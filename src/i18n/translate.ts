// The client's translation function: the subset of i18next the app uses ("ns:key" or a key of
// the given namespaces in order, {{name}} interpolation, _one/_other plurals by `count`,
// defaultValue). i18next itself weighs ~18 KB gzip in every client bundle; this weighs < 1 KB.
// Server code keeps i18next (src/i18n/server.ts); the locale files are the same.
import type { Resources } from "./resources";
import type { Namespace } from "./settings";

export type TranslateOptions = Record<string, unknown> & { count?: number; defaultValue?: string };
export type Translate = (key: string, options?: TranslateOptions) => string;

function lookup(tree: unknown, path: string): string | undefined {
  let node = tree;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

function interpolate(text: string, options: TranslateOptions | undefined): string {
  if (!options) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in options ? String(options[name]) : whole,
  );
}

export function createTranslate(locale: string, resources: Resources, namespaces: readonly Namespace[]) {
  const plural = new Intl.PluralRules(locale);
  const find = (ns: Namespace, path: string, count: number | undefined) => {
    const tree = resources[ns];
    if (count !== undefined) {
      const form = lookup(tree, `${path}_${plural.select(count)}`) ?? lookup(tree, `${path}_other`);
      if (form !== undefined) return form;
    }
    return lookup(tree, path);
  };
  const t: Translate = (key, options) => {
    const colon = key.indexOf(":");
    const explicit = colon > 0 ? (key.slice(0, colon) as Namespace) : null;
    const path = explicit ? key.slice(colon + 1) : key;
    const order = explicit ? [explicit] : namespaces;
    for (const ns of order) {
      const found = find(ns, path, options?.count);
      if (found !== undefined) return interpolate(found, options);
    }
    return options?.defaultValue !== undefined ? interpolate(options.defaultValue, options) : path;
  };
  return t;
}
