// One task at a time: the relay's own token calls share one connection to Jamf Pro, apart from the ones
// forwarded requests use, so that renewal never waits behind them. An urgent task (a renewal) goes first.
export class Lane {
  readonly #waiting: Array<() => void> = []
  #busy = false

  run<T>(task: () => Promise<T>, urgent: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.#busy = true
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            this.#busy = false
            this.#waiting.shift()?.()
          })
      }
      if (!this.#busy) start()
      else if (urgent) this.#waiting.unshift(start)
      else this.#waiting.push(start)
    })
  }
}
