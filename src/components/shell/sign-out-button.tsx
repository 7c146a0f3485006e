import { signOutAction } from "@/features/users/sign-out-actions";

/** A form post, so signing out works without client JavaScript. */
export function SignOutButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <form action={signOutAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
