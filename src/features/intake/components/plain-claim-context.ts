import { createContext, useContext } from "react";

/**
 * The report form's fields render inside react-hook-form (the enhanced form) or inside this
 * context (the one long form that works without JavaScript): then they are plain named inputs
 * with the values the family typed and the server's errors.
 */
export interface PlainClaimFields {
  values: Record<string, string | string[] | boolean>;
  errors: Record<string, string>;
}

export const PlainClaimContext = createContext<PlainClaimFields | null>(null);

export const usePlainClaim = () => useContext(PlainClaimContext);
