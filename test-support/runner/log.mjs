/**
 * What the Actions log shows: masked values (and their lines) as ***, masks and debug lines hidden
 * unless debug is on, annotations labelled. Like the runner, a value is masked only after its command.
 */
export function renderLog(commands, { debug = false } = {}) {
  const masks = []
  const shown = []
  for (const { command, message } of commands) {
    if (command === 'add-mask') {
      masks.push(message)
      continue
    }
    if (command === 'debug' && !debug) continue
    const text = masks.filter(Boolean).reduce((out, mask) => out.split(mask).join('***'), message)
    const label =
      { error: 'Error: ', warning: 'Warning: ', notice: 'Notice: ', debug: '##[debug]' }[command] ?? ''
    shown.push(`${label}${text}`)
  }
  return shown.join('\n')
}
