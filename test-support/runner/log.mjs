// @ts-check
/** What an annotation's line starts with in the log. @type {Partial<Record<string, string>>} */
const LABELS = { error: 'Error: ', warning: 'Warning: ', notice: 'Notice: ', debug: '##[debug]' }

/**
 * What the Actions log shows: masked values (and their lines) as ***, masks and debug lines hidden
 * unless debug is on, annotations labelled. Like the runner, a value is masked only after its command.
 * @param {import('./workflow-commands.mjs').Command[]} commands @param {{ debug?: boolean }} [options]
 * @returns {string}
 */
export function renderLog(commands, { debug = false } = {}) {
  /** @type {string[]} */
  const masks = []
  /** @type {string[]} */
  const shown = []
  for (const { command, message } of commands) {
    if (command === 'add-mask') {
      masks.push(message)
      continue
    }
    if (command === 'debug' && !debug) continue
    const text = masks.filter(Boolean).reduce((out, mask) => out.split(mask).join('***'), message)
    const label = LABELS[command] ?? ''
    shown.push(`${label}${text}`)
  }
  return shown.join('\n')
}
