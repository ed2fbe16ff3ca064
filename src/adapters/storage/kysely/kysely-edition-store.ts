import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { ConflictError, NotFoundError } from '#core/errors.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import type {
  AuditEntry,
  Credential,
  EditionChange,
  EditionStore,
  StoredEdition,
  User,
} from '#core/ports/edition-store.ts';
import type { Database } from './schema.ts';

/**
 * The store over Kysely, the same code for SQLite and PostgreSQL. Editions are kept whole, as a
 * JSON document with a version; every write runs in one transaction, checks the version the writer
 * saw, and leaves a row in the audit log with the state before and after.
 */
export class KyselyEditionStore implements EditionStore {
  readonly #db: Kysely<Database>;
  readonly #now: () => string;

  constructor(db: Kysely<Database>, options: { now?: () => string } = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date().toISOString());
  }

  async listEditions(): Promise<
    { id: string; competition: string; season: string; version: number }[]
  > {
    return this.#db
      .selectFrom('editions')
      .select(['id', 'competition', 'season', 'version'])
      .orderBy('competition')
      .orderBy('season')
      .execute();
  }

  async getEdition(id: string): Promise<StoredEdition | undefined> {
    const row = await this.#db
      .selectFrom('editions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  async editionVersion(id: string): Promise<number | undefined> {
    const row = await this.#db
      .selectFrom('editions')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.version;
  }

  async saveEdition(
    id: string,
    format: EditionFormat,
    options: { actor: string; reason?: string; expectedVersion?: number },
  ): Promise<StoredEdition> {
    return this.#db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('editions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      const at = this.#now();
      if (!current) {
        const row = {
          id,
          competition: format.competition,
          season: format.edition,
          document: JSON.stringify(format),
          version: 1,
          created_at: at,
          updated_at: at,
        };
        await trx.insertInto('editions').values(row).execute();
        await this.#audit(trx, id, options.actor, at, 'create', null, row.document, options.reason);
        return toStored(row);
      }
      const expected = options.expectedVersion ?? current.version;
      return this.#write(
        trx,
        current,
        format,
        expected,
        options.actor,
        'replace',
        current.document,
        JSON.stringify(format),
        options.reason,
      );
    });
  }

  async changeEdition(id: string, change: EditionChange): Promise<StoredEdition> {
    return this.#db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('editions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) throw new NotFoundError('edition', id);
      if (current.version !== change.expectedVersion) {
        throw new ConflictError('edition', id, change.expectedVersion, current.version);
      }
      const applied = change.apply(JSON.parse(current.document) as EditionFormat);
      return this.#write(
        trx,
        current,
        applied.format,
        change.expectedVersion,
        change.actor,
        change.action,
        JSON.stringify(applied.before ?? null),
        JSON.stringify(applied.after ?? null),
        change.reason,
      );
    });
  }

  async importEditions(
    editions: readonly { id: string; format: EditionFormat }[],
    actor: string,
  ): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const { id, format } of editions) {
        const at = this.#now();
        const current = await trx
          .selectFrom('editions')
          .select(['version', 'document'])
          .where('id', '=', id)
          .executeTakeFirst();
        const document = JSON.stringify(format);
        if (current) {
          await trx
            .updateTable('editions')
            .set({
              document,
              competition: format.competition,
              season: format.edition,
              version: current.version + 1,
              updated_at: at,
            })
            .where('id', '=', id)
            .execute();
        } else {
          await trx
            .insertInto('editions')
            .values({
              id,
              competition: format.competition,
              season: format.edition,
              document,
              version: 1,
              created_at: at,
              updated_at: at,
            })
            .execute();
        }
        await this.#audit(
          trx,
          id,
          actor,
          at,
          'import',
          current?.document ?? null,
          document,
          undefined,
        );
      }
    });
  }

  async auditLog(editionId?: string): Promise<AuditEntry[]> {
    let query = this.#db.selectFrom('audit_log').selectAll().orderBy('at').orderBy('id');
    if (editionId !== undefined) query = query.where('edition_id', '=', editionId);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      editionId: row.edition_id,
      actor: row.actor,
      at: row.at,
      action: row.action,
      before: row.before,
      after: row.after,
      reason: row.reason,
    }));
  }

  async createUser(user: Omit<User, 'id'>, passwordHash: string): Promise<User> {
    const id = randomUUID();
    await this.#db
      .insertInto('users')
      .values({
        id,
        name: user.name,
        password_hash: passwordHash,
        role: user.role,
        competitions: JSON.stringify(user.competitions),
        created_at: this.#now(),
      })
      .execute();
    return { id, ...user };
  }

  async findUser(name: string): Promise<(User & { passwordHash: string }) | undefined> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async countUsers(): Promise<number> {
    const row = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  async saveCredential(credential: Credential): Promise<void> {
    await this.#db
      .insertInto('credentials')
      .values({
        token_hash: credential.tokenHash,
        user_id: credential.userId,
        kind: credential.kind,
        csrf: credential.csrf,
        expires_at: credential.expiresAt,
        created_at: this.#now(),
      })
      .execute();
  }

  async findCredential(tokenHash: string): Promise<(Credential & { user: User }) | undefined> {
    const row = await this.#db
      .selectFrom('credentials')
      .innerJoin('users', 'users.id', 'credentials.user_id')
      .select([
        'credentials.token_hash',
        'credentials.user_id',
        'credentials.kind',
        'credentials.csrf',
        'credentials.expires_at',
        'users.id',
        'users.name',
        'users.role',
        'users.competitions',
      ])
      .where('credentials.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at !== null && row.expires_at < this.#now()) return undefined;
    return {
      tokenHash: row.token_hash,
      userId: row.user_id,
      kind: row.kind === 'api' ? 'api' : 'session',
      csrf: row.csrf,
      expiresAt: row.expires_at,
      user: toUser(row),
    };
  }

  async deleteCredential(tokenHash: string): Promise<void> {
    await this.#db.deleteFrom('credentials').where('token_hash', '=', tokenHash).execute();
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }

  async #write(
    trx: Transaction<Database>,
    current: Database['editions'],
    format: EditionFormat,
    expectedVersion: number,
    actor: string,
    action: string,
    before: string | null,
    after: string | null,
    reason: string | undefined,
  ): Promise<StoredEdition> {
    const at = this.#now();
    const result = await trx
      .updateTable('editions')
      .set({
        document: JSON.stringify(format),
        competition: format.competition,
        season: format.edition,
        version: expectedVersion + 1,
        updated_at: at,
      })
      .where('id', '=', current.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new ConflictError('edition', current.id, expectedVersion, current.version);
    }
    await this.#audit(trx, current.id, actor, at, action, before, after, reason);
    return toStored({
      ...current,
      document: JSON.stringify(format),
      competition: format.competition,
      season: format.edition,
      version: expectedVersion + 1,
      updated_at: at,
    });
  }

  async #audit(
    trx: Transaction<Database>,
    editionId: string,
    actor: string,
    at: string,
    action: string,
    before: string | null,
    after: string | null,
    reason: string | undefined,
  ): Promise<void> {
    await trx
      .insertInto('audit_log')
      .values({
        id: auditId(),
        edition_id: editionId,
        actor,
        at,
        action,
        before,
        after,
        reason: reason ?? null,
      })
      .execute();
  }
}

/** @internal */
function toStored(row: Database['editions']): StoredEdition {
  return {
    id: row.id,
    competition: row.competition,
    season: row.season,
    format: JSON.parse(row.document) as EditionFormat,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** @internal */
function toUser(row: { id: string; name: string; role: string; competitions: string }): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role === 'admin' ? 'admin' : 'editor',
    competitions: JSON.parse(row.competitions) as string[],
  };
}

let auditSequence = 0;

/**
 * An audit row's id that sorts in the order the rows were written (the log is read by time, then
 * id, and two changes can share a millisecond): time, a counter of this process, a random tail.
 * @internal
 */
function auditId(): string {
  auditSequence = (auditSequence + 1) % 36 ** 6;
  return `${Date.now().toString(36).padStart(9, '0')}-${auditSequence.toString(36).padStart(6, '0')}-${randomUUID().slice(0, 8)}`;
}
