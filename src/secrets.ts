// Every form in which a secret can appear on the wire is masked before the first request or log line.
// The runner masks values from secrets.* and their base64, URI- and JSON-escaped forms, but not the trimmed
// secret, its form encoding, the Basic credentials built from it, nor the token.
import type { Credentials } from './inputs.js'

type SetSecret = (value: string) => void

export function basicCredentials(username: string, password: string): string {
  // UTF-8, so that any character in a password survives; only the first ':' separates the two.
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64')
}

/** The strings a credential becomes on the wire: as typed, URL- and form-encoded, or base64 for Basic. */
export function secretForms(credentials: Credentials): string[] {
  const forms =
    credentials.kind === 'client-credentials'
      ? [
          credentials.clientSecret,
          encodeURIComponent(credentials.clientSecret),
          new URLSearchParams({ s: credentials.clientSecret }).toString().slice(2)
        ]
      : [credentials.password, basicCredentials(credentials.username, credentials.password)]
  return [...new Set(forms.filter(form => form !== ''))]
}

/** Masks every form of the credentials and returns them, for redaction. */
export function maskCredentials(credentials: Credentials, setSecret: SetSecret): string[] {
  const forms = secretForms(credentials)
  for (const form of forms) setSecret(form)
  return forms
}

/** Removes every known secret from text that is about to be logged (debug details of an unexpected error). */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret === '' ? out : out.split(secret).join('***')), text)
}
