import type { PgTransactionConfig } from 'drizzle-orm/pg-core';
import type { Database, DbOrTx, PinnedConnection } from './client.js';

/** How to make each repo for a handle: the database, or an open transaction. */
export type RepoFactories<R> = { readonly [K in keyof R]: (handle: DbOrTx) => R[K] };

/**
 * Binds every repo to one handle. Each is made when first used, not with the others: a plan
 * command opens a transaction and touches two or three of them.
 */
export function repoBinder<R extends object>(factories: RepoFactories<R>): (handle: DbOrTx) => R {
  class Bound {
    readonly made = new Map<PropertyKey, unknown>();
    constructor(readonly handle: DbOrTx) {}
  }
  for (const key of Object.keys(factories) as (keyof R & string)[]) {
    const make = factories[key];
    Object.defineProperty(Bound.prototype, key, {
      get(this: Bound) {
        let repo = this.made.get(key);
        if (repo === undefined) {
          repo = make(this.handle);
          this.made.set(key, repo);
        }
        return repo;
      },
    });
  }
  // The getters above make every key of R, each of its own type.
  return (handle) => new Bound(handle) as Bound & R;
}

/**
 * The one way a service opens a transaction: `run` hands `work` every repo bound to the
 * transaction, so all of it commits or none of it does. A service declares the repos it uses
 * (`UnitOfWork<{ users: Pick<UsersRepo, 'update'> }>`); the composition root hands in the one
 * unit of work that binds them all.
 */
export interface UnitOfWork<R> {
  readonly run: <T>(work: (repos: R) => Promise<T>, options?: PgTransactionConfig) => Promise<T>;
  /**
   * PostgreSQL only: one pooled connection held for `work`, with the repos bound to it. The
   * caller sends BEGIN and COMMIT itself (the plan executor's group commit does, in scripts).
   */
  readonly pinned?: <T>(work: (connection: PinnedConnection, repos: R) => Promise<T>) => Promise<T>;
}

export function createUnitOfWork<R extends object>(
  database: Pick<Database, 'db' | 'pinned'>,
  bind: (handle: DbOrTx) => R,
): UnitOfWork<R> {
  const { db } = database;
  const pinned = database.pinned?.bind(database);
  return {
    run: (work, options) => db.transaction((tx) => work(bind(tx)), options),
    ...(pinned ? { pinned: (work) => pinned((connection) => work(connection, bind(connection.db))) } : {}),
  };
}
