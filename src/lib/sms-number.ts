// The number an SMS goes to (decision 153): the reporter's phone as they typed it, when they
// typed it in international form ("+501 612-3456"), compacted to +E.164 ("+5016123456"). A
// local number has no country code we could be sure of, so it gets no SMS. Shared by the
// intake's opt-in check, the outbox's enqueue and its delivery-time consent check.

const E164 = /^\+[1-9]\d{6,14}$/;

export function smsNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  if (!trimmed.startsWith("+") || !/^\+[\d\s().-]+$/.test(trimmed)) return null;
  const compact = `+${trimmed.replace(/\D/g, "")}`;
  return E164.test(compact) ? compact : null;
}
