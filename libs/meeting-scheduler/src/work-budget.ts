/**
 * Work units (meetings visited, chains tried) shared by the repairs that run after the tabu
 * search. They are counted, never timed, so that a busy or slow machine gets the same schedule.
 */
export class WorkBudget {
  spent = 0;

  constructor(readonly limit: number) {}

  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}
