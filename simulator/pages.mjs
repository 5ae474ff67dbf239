// @ts-check
/**
 * The HTML pages a Jamf Pro server answers with where there is no JSON to give.
 * Confirmed: a missing path, asked with a valid token, gets an HTML 404 (BIG-RAT/Prune#53); the web
 * root unauthenticated gets 401 and a login page (jamf/PPPC-Utility#68); the Classic API's 401 is a
 * "Status page … Unauthorized" page. Inferred: its 404 and 405 are the same kind of status page.
 * The pages' exact markup is not known and does not matter: clients must see only that it is HTML.
 */
/** Text made safe inside HTML or XML. @param {string} text */
export const escapeMarkup = text => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

/** Tomcat's 404 page, as the Jamf Pro API and the web app answer a path they do not have. @param {string} path */
export const notFoundPage = path =>
  '<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title></head><body>' +
  '<h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p>' +
  `<p><b>Message</b> The requested resource [${escapeMarkup(path)}] is not available</p>` +
  '<p><b>Description</b> The origin server did not find a current representation for the target ' +
  'resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Jamf Pro</h3></body></html>'

// The Classic API's status pages (a different framework from the Jamf Pro API): title and text by status.
const CLASSIC_STATUS = {
  401: ['Unauthorized', 'The request requires user authentication'],
  404: ['Not Found', 'The server has not found anything matching the request URI'],
  405: ['Method Not Allowed', 'The method specified in the request is not allowed for the resource']
}

/** @param {401 | 404 | 405} status */
export function classicPage(status) {
  const [title, text] = CLASSIC_STATUS[status]
  return (
    '<html><head><title>Status page</title></head><body style="font-family: sans-serif;">' +
    `<p style="font-size: 1.2em;font-weight: bold;margin: 1em 0px;">${title}</p>` +
    `<p>${text}</p><p>Please continue your visit at our <a href="/">home page</a>.</p></body></html>`
  )
}

/** The web app's sign-in page, also what SSO or a proxy in front of Jamf Pro may answer. */
export const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Jamf Pro Login</title></head><body><h1>Sign in to continue</h1>' +
  '<form method="post" action="/"><input name="username" /><input name="password" type="password" />' +
  '<button type="submit">Sign in</button></form></body></html>'
