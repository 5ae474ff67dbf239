// At most `size` tasks at a time, the rest waiting in order; an urgent task goes first. The relay keeps
// two: four forwarded exchanges, and one for its own token calls, so that renewal never waits behind them.
export class Lane {
  readonly #waiting: Array<() => void> = []
  #running = 0

  constructor(private readonly size: number) {}

  run<T>(task: () => Promise<T>, urgent = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.#running++
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            this.#running--
            this.#waiting.shift()?.()
          })
      }
      if (this.#running < this.size) start()
      else if (urgent) this.#waiting.unshift(start)
      else this.#waiting.push(start)
    })
  }
}
