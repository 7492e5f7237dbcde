// Prisma's better-sqlite3 adapter keeps one connection per client. Its transactions take turns
// (a mutex), but a statement outside a transaction runs at once — inside whichever request's
// transaction happens to be open on that connection. It then reads that transaction's
// uncommitted writes, and its own write is undone if that transaction rolls back: a write the
// server already acknowledged, lost (tests/integration/isolation.test.ts shows both).
//
// `withTurns` wraps the adapter so that a statement outside a transaction waits while one is
// open: every statement then belongs to exactly one request's transaction, or to none, as on
// PostgreSQL. A statement with no transaction open runs at once, as before (no extra await).
// Code inside `$transaction` must use its `tx`, never the shared client: such a statement
// would wait for the transaction it is part of (until Prisma's transaction timeout).
import 'server-only';
import type { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;
type Query = Parameters<Adapter['queryRaw']>[0];

/** A first-come, first-served turn on the connection. */
class Turns {
  #taken = false;
  #waiting: (() => void)[] = [];

  get free(): boolean {
    return !this.#taken;
  }

  take(): Promise<void> {
    if (!this.#taken) {
      this.#taken = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#taken = false;
  }
}

async function inTurn<T>(turns: Turns, run: () => Promise<T>): Promise<T> {
  await turns.take();
  try {
    return await run();
  } finally {
    turns.give();
  }
}

/** Gives the turn back exactly once, when the transaction commits or rolls back. */
function holdingTurn(tx: Transaction, turns: Turns): Transaction {
  let held = true;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (held) {
        held = false;
        turns.give();
      }
    }
  };
  return {
    get provider() {
      return tx.provider;
    },
    get adapterName() {
      return tx.adapterName;
    },
    get options() {
      return tx.options;
    },
    queryRaw: (query: Query) => tx.queryRaw(query),
    executeRaw: async (query: Query) => {
      try {
        return await tx.executeRaw(query);
      } catch (error) {
        // Prisma ends a transaction with a COMMIT or ROLLBACK statement and only then calls
        // commit()/rollback(); when that statement fails (SQLite may already have rolled back
        // after SQLITE_BUSY or a full disk) it calls neither, and the turn would never come
        // back: every later statement would wait forever. Roll back what is left, give it back.
        const ending = /^\s*(COMMIT|ROLLBACK)\b/i.exec(query.sql)?.[1]?.toUpperCase();
        if (ending) {
          if (ending === 'COMMIT') await tx.executeRaw({ ...query, sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => {});
          await end(() => tx.rollback());
        }
        throw error;
      }
    },
    commit: () => end(() => tx.commit()),
    rollback: () => end(() => tx.rollback()),
  };
}

function withTurnsAdapter(adapter: Adapter): Adapter {
  const turns = new Turns();
  // Outside a transaction the adapter runs the statement synchronously when called, so with
  // the turn free nothing can slip in between the check and the statement.
  const statement = <T>(run: () => Promise<T>): Promise<T> => (turns.free ? run() : inTurn(turns, run));
  return {
    get provider() {
      return adapter.provider;
    },
    get adapterName() {
      return adapter.adapterName;
    },
    queryRaw: (query) => statement(() => adapter.queryRaw(query)),
    executeRaw: (query) => statement(() => adapter.executeRaw(query)),
    executeScript: (script) => statement(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    startTransaction: async (isolationLevel) => {
      await turns.take();
      try {
        return holdingTurn(await adapter.startTransaction(isolationLevel), turns);
      } catch (error) {
        turns.give();
        throw error;
      }
    },
  };
}

/** The adapter factory, with each connection it makes taking turns as described above. */
export function withTurns(factory: PrismaBetterSQLite3): Pick<PrismaBetterSQLite3, 'provider' | 'adapterName' | 'connect'> {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withTurnsAdapter(await factory.connect()),
  };
}
