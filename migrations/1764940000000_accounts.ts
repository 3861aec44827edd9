import type { MigrationBuilder } from 'node-pg-migrate';

// Frozen history: literal values, never imports of live modules.
const LOCAL_USER_ID = '00000000-0000-4000-8000-000000000000';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- Accounts: a password (scrypt, see src/api/auth/passwords.ts), a role, and per-user quota overrides
    -- (NULL: the configured default). Emails are stored lower-cased, so UNIQUE means one account per address.
    ALTER TABLE users
      ADD COLUMN password_hash          text,
      ADD COLUMN role                   text NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'admin')),
      ADD COLUMN disabled_at            timestamptz,
      ADD COLUMN quota_roadmaps_per_day integer CHECK (quota_roadmaps_per_day >= 0),
      ADD COLUMN quota_active_roadmaps  integer CHECK (quota_active_roadmaps >= 0),
      ADD COLUMN quota_tokens_per_month bigint CHECK (quota_tokens_per_month >= 0);
    -- The local learner of AUTH_MODE=local is the operator of their own machine.
    UPDATE users SET role = 'admin', display_name = 'local learner' WHERE id = '${LOCAL_USER_ID}';

    -- Server-side sessions behind an httpOnly cookie; only a hash of the cookie's token is stored.
    CREATE TABLE sessions (
      token_hash    text PRIMARY KEY,
      user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at    timestamptz NOT NULL DEFAULT now(),
      last_seen_at  timestamptz NOT NULL DEFAULT now(),
      expires_at    timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);
    CREATE INDEX sessions_expiry ON sessions (expires_at);

    -- API keys: shown once, stored as a hash; the prefix identifies a key in lists without revealing it.
    ALTER TABLE api_keys
      ADD COLUMN name          text NOT NULL DEFAULT '',
      ADD COLUMN prefix        text NOT NULL DEFAULT '',
      ADD COLUMN last_used_at  timestamptz;
    CREATE INDEX api_keys_user ON api_keys (user_id, created_at);

    -- SIGNUP=invite: a code an admin hands out, good for one account.
    CREATE TABLE invites (
      code_hash   text PRIMARY KEY,
      email       text,
      created_by  uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      used_by     uuid REFERENCES users(id) ON DELETE SET NULL,
      used_at     timestamptz
    );

    -- Read-only links to a roadmap. The token is the capability itself (an unguessable URL, like any
    -- share link), so it is kept to be shown again; revoking one ends it. One live link per roadmap.
    CREATE TABLE shares (
      token       text PRIMARY KEY,
      roadmap_id  uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      created_at  timestamptz NOT NULL DEFAULT now(),
      revoked_at  timestamptz
    );
    CREATE UNIQUE INDEX shares_live ON shares (roadmap_id) WHERE revoked_at IS NULL;

    -- Counters of rate-limiter-flexible's PostgreSQL store (login attempts, write rate) when there is no Redis:
    -- one row per key and window, shared by every API instance. The library's own layout, created here so
    -- the API never runs DDL.
    CREATE TABLE rate_limits (
      key     varchar(255) PRIMARY KEY,
      points  integer NOT NULL DEFAULT 0,
      expire  bigint
    );

    -- Fairness (QUOTA_ACTIVE_ROADMAPS): a queued roadmap is admitted to the queue once its owner has a free
    -- generation slot; until then it waits, in order, with no job. Rows from before this migration were admitted.
    ALTER TABLE roadmaps
      ADD COLUMN admitted_at  timestamptz,
      ADD COLUMN forked_from  uuid REFERENCES roadmaps(id) ON DELETE SET NULL;
    UPDATE roadmaps SET admitted_at = created_at;
    CREATE INDEX roadmaps_held ON roadmaps (owner_id, created_at) WHERE status = 'queued' AND admitted_at IS NULL;
    CREATE INDEX roadmaps_owner_active ON roadmaps (owner_id) WHERE status IN ('queued', 'running');
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`
    DROP INDEX roadmaps_owner_active;
    DROP INDEX roadmaps_held;
    ALTER TABLE roadmaps DROP COLUMN forked_from, DROP COLUMN admitted_at;
    DROP TABLE rate_limits, shares, invites, sessions;
    DROP INDEX api_keys_user;
    ALTER TABLE api_keys DROP COLUMN last_used_at, DROP COLUMN prefix, DROP COLUMN name;
    ALTER TABLE users DROP COLUMN quota_tokens_per_month, DROP COLUMN quota_active_roadmaps, DROP COLUMN quota_roadmaps_per_day,
      DROP COLUMN disabled_at, DROP COLUMN role, DROP COLUMN password_hash;
  `);
}
