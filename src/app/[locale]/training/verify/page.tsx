import type { Metadata } from "next";
import { VerifyForm } from "@/features/training/components/verify-form";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["training"]);
  return { title: t("training:verify.title") };
}

// Public: no sign-in. Only the training and common strings reach the browser.
export default async function VerifyPage(props: Props) {
  const locale = await localeFrom(props.params);
  const [t, all] = await Promise.all([
    getT(locale, ["training"]),
    loadResources(locale, ["training", "common"]),
  ]);
  // A public page on a cheap phone: ship only the strings the form uses.
  const training = all.training as Record<string, unknown> | undefined;
  const common = all.common as Record<string, unknown> | undefined;
  const resources = {
    training: { verify: training?.verify, validation: training?.validation, kinds: training?.kinds },
    common: { errors: common?.errors, countries: common?.countries },
  };
  return (
    <div className="stack">
      <h1>{t("training:verify.title")}</h1>
      <p className="lead">{t("training:verify.intro")}</p>
      <I18nProvider locale={locale} resources={resources}>
        <VerifyForm locale={locale} />
      </I18nProvider>
    </div>
  );
}
