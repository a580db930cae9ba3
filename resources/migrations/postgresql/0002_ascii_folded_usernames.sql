-- MealDesk schema version 2 (PostgreSQL): usernames are unique under ASCII case folding only
-- (databases migrated to version 1 before 0001 made this index themselves).
-- lower() folds every script here (ZOË would equal zoë), unlike SQLite's; translate() folds A-Z
-- alone. The expression is Connection::asciiFolded's, letter for letter, so that the lookups
-- by username use this index.
DROP INDEX IF EXISTS account_username_folded_idx;
CREATE UNIQUE INDEX IF NOT EXISTS account_username_ascii_folded_idx
    ON account (translate(username, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'));
