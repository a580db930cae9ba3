-- MealDesk schema version 1 (SQLite): MealDesk's own objects beside the shared tables. A new
-- database gets them after 0001_initial.sql; a database the web backend made gets them when
-- MealDesk adopts it, so each one must also fit the backend's tables.
-- The audit log is MealDesk's own table.
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY,
    at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    account_id integer REFERENCES account (id) ON DELETE SET NULL,
    action varchar(64) NOT NULL,
    entity varchar(64) NOT NULL,
    entity_id varchar(64),
    details text
);

CREATE INDEX IF NOT EXISTS department_parent_idx ON department (parent_id);
CREATE INDEX IF NOT EXISTS department_name_en_idx ON department (name_en, id);
CREATE INDEX IF NOT EXISTS employee_department_idx ON employee (department_id, id);
CREATE INDEX IF NOT EXISTS employee_name_en_idx ON employee (name_en, id);
CREATE INDEX IF NOT EXISTS employee_name_ar_idx ON employee (name_ar, id);
CREATE INDEX IF NOT EXISTS employee_active_idx ON employee (is_active, id);
-- Usernames are unique under ASCII case folding.
CREATE UNIQUE INDEX IF NOT EXISTS account_username_folded_idx ON account (lower(username));
CREATE INDEX IF NOT EXISTS account_department_department_idx ON account_department (department_id);
CREATE INDEX IF NOT EXISTS meal_request_status_time_idx ON meal_request (status_id, request_time, id);
CREATE INDEX IF NOT EXISTS meal_request_time_idx ON meal_request (request_time, id);
CREATE INDEX IF NOT EXISTS meal_request_requester_idx ON meal_request (requester_id, request_time);
CREATE INDEX IF NOT EXISTS meal_request_type_time_idx ON meal_request (meal_type_id, request_time);
CREATE INDEX IF NOT EXISTS meal_request_original_idx ON meal_request (original_request_id);
CREATE INDEX IF NOT EXISTS meal_request_line_request_idx ON meal_request_line (meal_request_id, id);
CREATE INDEX IF NOT EXISTS meal_request_line_employee_idx ON meal_request_line (employee_id);
CREATE INDEX IF NOT EXISTS meal_request_line_department_idx ON meal_request_line (department_id);
CREATE INDEX IF NOT EXISTS revoked_tokens_expires_idx ON revoked_tokens (expires_at);
CREATE INDEX IF NOT EXISTS revoked_tokens_revoked_at_idx ON revoked_tokens (revoked_at, id);
CREATE INDEX IF NOT EXISTS revoked_tokens_account_idx ON revoked_tokens (account_id);
CREATE INDEX IF NOT EXISTS allowed_origins_active_idx ON allowed_origins (is_active, origin);
CREATE INDEX IF NOT EXISTS audit_log_at_idx ON audit_log (at, id);
CREATE INDEX IF NOT EXISTS audit_log_account_idx ON audit_log (account_id, at);
CREATE INDEX IF NOT EXISTS audit_log_entity_idx ON audit_log (entity, entity_id);
