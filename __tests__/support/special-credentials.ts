// Credentials full of the characters that encoding gets wrong, and every form in which they could leak.

/** Configure the simulator with these (startSimulator({ credentials: SPECIAL })) and pass them as inputs. */
export const SPECIAL = Object.freeze({
  clientId: 'c1d2-client/ä',
  clientSecret: `S3c:r%2F&t+=/ "q'ué€😀`,
  username: 'jämf-admin',
  password: `P@ss:w%25rd&+= /"'é\\ñ😀`
})

export const CLIENT_INPUTS = { 'client-id': SPECIAL.clientId, 'client-secret': SPECIAL.clientSecret }
export const USER_INPUTS = { username: SPECIAL.username, password: SPECIAL.password }

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')
const jsonEscaped = (text: string): string => JSON.stringify(text).slice(1, -1)
const formEncoded = (text: string): string => new URLSearchParams({ s: text }).toString().slice(2)
/** How @actions/core escapes a workflow command's message. */
const commandEscaped = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/** A value as typed and encoded in every way an HTTP client, a logger or a workflow command might write it. */
export function encodedForms(value: string): string[] {
  const forms = [value, encodeURIComponent(value), formEncoded(value), base64(value), jsonEscaped(value)]
  return [...new Set([...forms, ...forms.map(commandEscaped)])]
}

/** What must never be printed: both secrets, Basic credentials, and each token, in every form. */
export function forbiddenForms(tokens: readonly string[] = []): Array<{ what: string; form: string }> {
  const values: Array<[string, string]> = [
    ['client secret', SPECIAL.clientSecret],
    ['password', SPECIAL.password],
    ['username:password', `${SPECIAL.username}:${SPECIAL.password}`],
    ...tokens.map((token, i): [string, string] => [`token ${i + 1}`, token])
  ]
  return values.flatMap(([what, value]) => encodedForms(value).map(form => ({ what, form })))
}
