// Generated from locales/*/common.json ("error") by `npm run gen:error-messages`: do not edit.
// Only these lines reach the client bundle of the error pages (see scripts/error-messages.ts).
import type { Locale } from "@/i18n/settings";

export type ErrorStrings = { title: string; text: string; retry: string; reference: string };

export const ERROR_MESSAGES: Record<Locale, ErrorStrings> = {
  es: {
    title: "Algo salió mal",
    text: "No pudimos completar la solicitud. Sus datos no se perdieron: intente de nuevo en un momento.",
    retry: "Intentar de nuevo",
    reference: "Referencia del error",
  },
  en: {
    title: "Something went wrong",
    text: "We could not complete the request. Your data was not lost: please try again in a moment.",
    retry: "Try again",
    reference: "Error reference",
  },
  pt: {
    title: "Algo deu errado",
    text: "Não conseguimos concluir a solicitação. Seus dados não foram perdidos: tente novamente em instantes.",
    retry: "Tentar novamente",
    reference: "Referência do erro",
  },
  fr: {
    title: "Un problème est survenu",
    text: "Nous n’avons pas pu traiter la demande. Vos données ne sont pas perdues : réessayez dans un instant.",
    retry: "Réessayer",
    reference: "Référence de l’erreur",
  },
  ht: {
    title: "Gen yon bagay ki pa mache",
    text: "Nou pa t kapab fini demann lan. Enfòmasyon ou yo pa pèdi: eseye ankò nan yon ti moman.",
    retry: "Eseye ankò",
    reference: "Nimewo referans erè a",
  },
  qu: {
    title: "Imapas mana allinchu karqan",
    text: "Mañakuyniykita mana tukuchiyta atirqaykuchu. Willaykunaykiqa mana chinkanchu: huk ratumanta wakmanta ruray.",
    retry: "Wakmanta ruray",
    reference: "Pantaypa yupaynin",
  },
  ay: {
    title: "Mä jan walt'awiw utjawayi",
    text: "Mayitamxa janiw tukuyañjamäkänti. Yatiyawinakamax janiw chhaqhkiti: mä juk'a pachat wasitat yant'ma.",
    retry: "Wasitat yant'aña",
    reference: "Jan walt'awin jakhupa",
  },
  gn: {
    title: "Oĩ mba'e ndoikoporãiva",
    text: "Ndaikatúi romohu'ã nde jerure. Nde marandu ndokañýi: eñeha'ã jey sapy'ami.",
    retry: "Eñeha'ã jey",
    reference: "Jejavy papapy",
  },
};
