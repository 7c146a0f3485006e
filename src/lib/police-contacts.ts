// Reference data: the police line a family can call about a claim, per network country. Shown
// on the receipt and printed with it. These are the national police numbers that answer day and
// night (names are proper names: not translated). Units of the network keep their own numbers
// in their records; a family first needs one that always answers.
import type { CountryCode } from "@/lib/reference/countries";

export interface PoliceContact {
  name: string;
  phone: string;
}

export const POLICE_CONTACTS: Record<CountryCode, PoliceContact> = {
  BZ: { name: "Belize Police Department", phone: "911" },
  BO: { name: "Policía Boliviana – FELCC", phone: "110" },
  CL: { name: "Carabineros de Chile", phone: "133" },
  CR: { name: "Fuerza Pública de Costa Rica", phone: "911" },
  EC: { name: "Policía Nacional del Ecuador – DINASED", phone: "911" },
  GT: { name: "Policía Nacional Civil", phone: "110" },
  NI: { name: "Policía Nacional de Nicaragua", phone: "118" },
  PE: { name: "Policía Nacional del Perú", phone: "105" },
  PR: { name: "Negociado de la Policía de Puerto Rico", phone: "911" },
};

/** The contact for a case number ("BO-2026-000011": its prefix is the country), if known. */
export function policeContactForCase(caseNumber: string): PoliceContact | undefined {
  return POLICE_CONTACTS[caseNumber.slice(0, 2) as CountryCode];
}
