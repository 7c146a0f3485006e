import "server-only";
import fs from "node:fs";
import path from "node:path";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem =
  "auth:password.tooShort" | "auth:password.tooLong" | "auth:password.common" | "auth:password.containsEmail";

// The lists are data (data/*.txt, one password a line): the most common passwords worldwide
// plus Spanish and regional ones (names, football clubs, countries, police words). Read once.
let commonSet: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!commonSet) {
    const dir = path.join(process.cwd(), "src/features/users/data");
    const words = ["common-passwords.txt", "common-passwords-es.txt"].flatMap((f) =>
      fs.readFileSync(path.join(dir, f), "utf8").split("\n"),
    );
    commonSet = new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean));
  }
  return commonSet;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** "Maria2026!!" -> "maria"; "P@ssw0rd" -> "password": what a guesser tries first. */
function variants(password: string): string[] {
  const lower = password.toLowerCase().normalize("NFC");
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const unleet = (s: string) => s.replace(/[013457@$]/g, (c) => LEET[c]!);
  const noSpaces = lower.replace(/[\s._-]+/g, "");
  return [lower, core, unleet(lower), unleet(core), noSpaces].filter((v) => v.length >= 4);
}

/** A password made of one short unit repeated ("abcabcabcabc", "111111111111"). */
function isRepetition(lower: string): boolean {
  return /^(.{1,4})\1+$/u.test(lower) || new Set(lower).size < 5;
}

/** Parts of the email's local part a guesser would try: "rosa.mamani" -> rosa.mamani, mamani. */
function emailParts(email: string): string[] {
  const local = email.toLowerCase().split("@")[0] ?? "";
  const tokens = local.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 4);
  return [local, ...tokens].filter((t) => t.length >= 3);
}

/**
 * The rules for a new password: at least 12 characters, not a common password (or one with a
 * few digits or symbols around it), and not containing the email's local part.
 */
export function checkNewPassword(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "auth:password.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "auth:password.tooLong";
  const lower = password.toLowerCase();
  if (emailParts(email).some((p) => lower.includes(p))) return "auth:password.containsEmail";
  const common = commonPasswords();
  if (isRepetition(lower) || variants(password).some((v) => common.has(v))) return "auth:password.common";
  return null;
}
