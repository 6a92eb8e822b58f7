/** A clock that moves only when the test says so. */
export class FakeClock {
  constructor(private time: Date) {}

  now(): Date {
    return new Date(this.time);
  }

  advance(ms: number): void {
    this.time = new Date(this.time.getTime() + ms);
  }
}
