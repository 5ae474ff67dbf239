// At most `size` tasks at a time, the rest waiting in order. The relay keeps three: forwarded exchanges,
// new tokens and invalidations, so that renewal never waits behind the others.
export class Lane {
  readonly #waiting: Array<() => void> = []
  #running = 0

  constructor(private readonly size: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
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
      else this.#waiting.push(start)
    })
  }
}
