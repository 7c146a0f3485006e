import { describe, expect, it } from "vitest";
import { smsNumber } from "./sms-number";

describe("smsNumber", () => {
  it.each([
    ["+501 612-3456", "+5016123456"],
    ["+591 (7) 123 4567", "+59171234567"],
    [" +51987654321 ", "+51987654321"],
    ["+5016123456", "+5016123456"],
  ])("%s -> %s", (typed, e164) => expect(smsNumber(typed)).toBe(e164));

  it.each(["612 3456", "00501 6123456", "+0 123 4567", "+501", "+501 612 3456 ext 2", "", null, undefined])(
    "%s -> null",
    (typed) => expect(smsNumber(typed)).toBeNull(),
  );
});
