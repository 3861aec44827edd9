import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- The learner's own plan for a roadmap: the day they start and the hours a week they give it. Without a
    -- row the plan starts on the day the roadmap was made, with the hours the request asked for.
    CREATE TABLE learner_plans (
      owner_id        uuid NOT NULL REFERENCES users(id),
      roadmap_id      uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      start_date      date NOT NULL,
      hours_per_week  double precision NOT NULL CHECK (hours_per_week BETWEEN 1 AND 80),
      updated_at      timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (owner_id, roadmap_id)
    );

    -- Spaced review: one card per learner and quiz question (by the concept's stable id and the question's
    -- id), holding its FSRS memory state (ts-fsrs 5's Card, a column per field) and the last rating given.
    CREATE TABLE review_cards (
      id              uuid PRIMARY KEY,
      owner_id        uuid NOT NULL REFERENCES users(id),
      roadmap_id      uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      concept_id      text NOT NULL,
      question_id     text NOT NULL,
      due             timestamptz NOT NULL,
      stability       double precision NOT NULL,
      difficulty      double precision NOT NULL,
      elapsed_days    integer NOT NULL,
      scheduled_days  integer NOT NULL,
      learning_steps  integer NOT NULL,
      reps            integer NOT NULL,
      lapses          integer NOT NULL,
      state           text NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
      last_review     timestamptz,
      last_rating     text NOT NULL CHECK (last_rating IN ('again', 'hard', 'good', 'easy')),
      created_at      timestamptz NOT NULL DEFAULT now(),
      updated_at      timestamptz NOT NULL DEFAULT now(),
      UNIQUE (owner_id, roadmap_id, concept_id, question_id)
    );
    -- "What is due for me": every learner's review page and roadmap list.
    CREATE INDEX review_cards_due ON review_cards (owner_id, due);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE review_cards, learner_plans;`);
}
