// Every form in which a secret can appear on the wire is masked before the first request or log line.
// The runner masks values from secrets.* and their base64, URI- and JSON-escaped forms, but not the trimmed
// secret, its form encoding, the Basic credentials built from it, nor the token.
import type { Credentials } from './inputs.js'
import { basicCredentials } from './net/http.js'

type SetSecret = (value: string) => void

/** The strings a credential becomes on the wire or in an echo of it: as typed, URL- and form-encoded, base64 for Basic. */
export function secretForms(credentials: Credentials): string[] {
  const secret = credentials.kind === 'client-credentials' ? credentials.clientSecret : credentials.password
  const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]
  if (credentials.kind === 'user') forms.push(basicCredentials(credentials.username, credentials.password))
  return [...new Set(forms.filter(form => form !== ''))]
}

/** Masks every form of the credentials and returns them, for redaction. */
export function maskCredentials(credentials: Credentials, setSecret: SetSecret): string[] {
  const forms = secretForms(credentials)
  for (const form of forms) setSecret(form)
  return forms
}

/**
 * Removes every known secret from text that is about to be logged, also in lower case (as a host name in a
 * URL is written). Longest first, so that no part of a longer form is left around a shorter one's mask.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = [...new Set(secrets.flatMap(secret => [secret, secret.toLowerCase()]))]
  return forms
    .filter(form => form !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((out, form) => out.split(form).join('***'), text)
}
