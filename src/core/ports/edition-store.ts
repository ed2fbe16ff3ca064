import type { EditionFormat } from '../format/edition-format.ts';

/** An edition as stored: its format (results and rulings included) and the version writes check. */
export interface StoredEdition {
  readonly id: string;
  readonly competition: string;
  readonly season: string;
  readonly format: EditionFormat;
  /** Starts at 1; every write adds one. */
  readonly version: number;
  readonly updatedAt: string;
}

/** One change, as the audit log keeps it. */
export interface AuditEntry {
  readonly id: string;
  readonly editionId: string;
  readonly actor: string;
  readonly at: string;
  /** `create`, `replace`, `result`, `ruling`, `import`, `delete`. */
  readonly action: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly reason: string | null;
}

/** A person who may write: an admin, or an editor of named competitions. */
export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: 'admin' | 'editor';
  /** For an editor: the competitions they may write to. */
  readonly competitions: readonly string[];
}

/** A signed-in session or an API token, as stored (the secret itself is never stored). */
export interface Credential {
  readonly tokenHash: string;
  readonly userId: string;
  readonly kind: 'session' | 'api';
  /** For a session: the token a browser must echo in `X-CSRF-Token`. */
  readonly csrf: string | null;
  readonly expiresAt: string | null;
}

/** A change to an edition, applied to its stored format inside one transaction. */
export interface EditionChange {
  readonly action: string;
  readonly actor: string;
  readonly reason?: string;
  /** The version the writer saw; a different current version is a conflict. */
  readonly expectedVersion: number;
  /** What to write: the new format. `describe` says what changed, for the audit log. */
  readonly apply: (format: EditionFormat) => {
    format: EditionFormat;
    before: unknown;
    after: unknown;
  };
}

/**
 * Where editions, users and the audit log live. Every write is one transaction: a write that fails
 * leaves the store as it was.
 */
export interface EditionStore {
  /** Every edition with its current version: a reader's caches check them all in one query. */
  listEditions(): Promise<{ id: string; competition: string; season: string; version: number }[]>;
  getEdition(id: string): Promise<StoredEdition | undefined>;
  /** Only the current version, cheaply: a reader with a cached state needs no more. */
  editionVersion(id: string): Promise<number | undefined>;
  /** Creates an edition, or replaces it when `expectedVersion` matches. */
  saveEdition(
    id: string,
    format: EditionFormat,
    options: { actor: string; reason?: string; expectedVersion?: number },
  ): Promise<StoredEdition>;
  /** Applies a change to one edition, checking its version; audited. */
  changeEdition(id: string, change: EditionChange): Promise<StoredEdition>;
  /** Writes several editions at once, all or nothing (an import, a restore). */
  importEditions(
    editions: readonly { id: string; format: EditionFormat }[],
    actor: string,
  ): Promise<void>;
  auditLog(editionId?: string): Promise<AuditEntry[]>;

  createUser(user: Omit<User, 'id'>, passwordHash: string): Promise<User>;
  findUser(name: string): Promise<(User & { passwordHash: string }) | undefined>;
  countUsers(): Promise<number>;
  saveCredential(credential: Credential): Promise<void>;
  findCredential(tokenHash: string): Promise<(Credential & { user: User }) | undefined>;
  deleteCredential(tokenHash: string): Promise<void>;

  close(): Promise<void>;
}
