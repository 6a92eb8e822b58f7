import type { LoketDatabase } from './database.js';

/** What a repository needs from the world: the database, a clock, ids and who is writing. */
export interface RepositoryContext {
  readonly db: LoketDatabase;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly counterId: string;
  readonly officerId: () => string;
}
