// A server action bound to a <form> receives FormData, but a hand-made request can send any
// encodable value in its place (null, a string, a list): reading `.get` of that would be a 500
// and a stack in our log. Such a request is treated as an empty form, so it gets the form's own
// translated "required" answers. No server imports: usable in any "use server" module.

/** The action's form argument, or an empty form when the request sent something else. */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
