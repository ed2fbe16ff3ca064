/** The tables, as Kysely sees them; both databases have the same. */
export interface Database {
  editions: {
    id: string;
    competition: string;
    season: string;
    /** The edition's format, results and rulings included, as JSON. */
    document: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  audit_log: {
    id: string;
    edition_id: string;
    actor: string;
    at: string;
    action: string;
    before: string | null;
    after: string | null;
    reason: string | null;
  };
  users: {
    id: string;
    name: string;
    password_hash: string;
    role: string;
    /** JSON array of competition names. */
    competitions: string;
    created_at: string;
  };
  credentials: {
    token_hash: string;
    user_id: string;
    kind: string;
    csrf: string | null;
    expires_at: string | null;
    created_at: string;
  };
}
