-- MealDesk schema version 1 (SQLite). Table and column names are shared with the web backend.
CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    name_en varchar(128) NOT NULL CHECK (name_en <> ''),
    name_ar varchar(128) NOT NULL CHECK (name_ar <> ''),
    parent_id integer REFERENCES department (id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')
);
CREATE INDEX department_parent_idx ON department (parent_id);
CREATE INDEX department_name_en_idx ON department (name_en, id);

CREATE TABLE employee (
    id integer PRIMARY KEY,
    code integer NOT NULL UNIQUE,
    name_en varchar(128),
    name_ar varchar(128),
    title varchar(128),
    is_active integer NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    department_id integer REFERENCES department (id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    CHECK (coalesce(name_en, '') <> '' OR coalesce(name_ar, '') <> '')
);
CREATE INDEX employee_department_idx ON employee (department_id, id);
CREATE INDEX employee_name_en_idx ON employee (name_en, id);
CREATE INDEX employee_name_ar_idx ON employee (name_ar, id);
CREATE INDEX employee_active_idx ON employee (is_active, id);

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    username varchar(64) NOT NULL CHECK (username <> ''),
    password_hash varchar(128) NOT NULL,
    full_name varchar(128),
    title varchar(64),
    employee_id integer UNIQUE REFERENCES employee (id) ON DELETE SET NULL,
    role varchar(32) NOT NULL DEFAULT 'Requester'
        CHECK (role IN ('Requester', 'RequestTaker', 'Captain', 'StockControl')),
    is_super_admin integer NOT NULL DEFAULT 0 CHECK (is_super_admin IN (0, 1)),
    is_active integer NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_blocked integer NOT NULL DEFAULT 0 CHECK (is_blocked IN (0, 1)),
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until text,
    tokens_valid_after text,
    version integer NOT NULL DEFAULT 1,
    created_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')
);
-- Usernames are unique under ASCII case folding.
CREATE UNIQUE INDEX account_username_folded_idx ON account (lower(username));

CREATE TABLE account_department (
    account_id integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    department_id integer NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, department_id)
);
CREATE INDEX account_department_department_idx ON account_department (department_id);

CREATE TABLE meal_type (
    id INTEGER PRIMARY KEY,
    name_en varchar(64) NOT NULL,
    name_ar varchar(64) NOT NULL,
    priority integer NOT NULL DEFAULT 0,
    is_active integer NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
);

CREATE TABLE meal_request_status (
    id integer PRIMARY KEY,
    name_en varchar(64) NOT NULL,
    name_ar varchar(64) NOT NULL
);

CREATE TABLE meal_request (
    id INTEGER PRIMARY KEY,
    requester_id integer NOT NULL REFERENCES account (id),
    status_id integer NOT NULL DEFAULT 1 REFERENCES meal_request_status (id),
    meal_type_id integer NOT NULL REFERENCES meal_type (id),
    request_time text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    closed_by_id integer REFERENCES account (id),
    closed_time text,
    notes varchar(256),
    original_request_id integer REFERENCES meal_request (id),
    is_deleted integer NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX meal_request_status_time_idx ON meal_request (status_id, request_time, id);
CREATE INDEX meal_request_time_idx ON meal_request (request_time, id);
CREATE INDEX meal_request_requester_idx ON meal_request (requester_id, request_time);
CREATE INDEX meal_request_type_time_idx ON meal_request (meal_type_id, request_time);
CREATE INDEX meal_request_original_idx ON meal_request (original_request_id);

CREATE TABLE meal_request_line (
    id INTEGER PRIMARY KEY,
    meal_request_id integer NOT NULL REFERENCES meal_request (id) ON DELETE CASCADE,
    employee_id integer NOT NULL REFERENCES employee (id),
    employee_code integer NOT NULL,
    department_id integer REFERENCES department (id) ON DELETE SET NULL,
    attendance_time text,
    shift_hours real,
    notes varchar(256),
    is_accepted integer NOT NULL DEFAULT 1 CHECK (is_accepted IN (0, 1)),
    is_deleted integer NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
);
CREATE INDEX meal_request_line_request_idx ON meal_request_line (meal_request_id, id);
CREATE INDEX meal_request_line_employee_idx ON meal_request_line (employee_id);
CREATE INDEX meal_request_line_department_idx ON meal_request_line (department_id);

CREATE TABLE revoked_tokens (
    id INTEGER PRIMARY KEY,
    jti varchar(64) NOT NULL UNIQUE,
    token_type varchar(16) NOT NULL DEFAULT 'access' CHECK (token_type IN ('access', 'refresh')),
    account_id integer REFERENCES account (id) ON DELETE SET NULL,
    revoked_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    expires_at text,
    reason varchar(256),
    revoked_by_id integer REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);
CREATE INDEX revoked_tokens_revoked_at_idx ON revoked_tokens (revoked_at, id);
CREATE INDEX revoked_tokens_account_idx ON revoked_tokens (account_id);

CREATE TABLE allowed_origins (
    id INTEGER PRIMARY KEY,
    origin varchar(255) NOT NULL UNIQUE,
    note varchar(256),
    is_active integer NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by_id integer REFERENCES account (id) ON DELETE SET NULL,
    created_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX allowed_origins_active_idx ON allowed_origins (is_active, origin);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'),
    account_id integer REFERENCES account (id) ON DELETE SET NULL,
    action varchar(64) NOT NULL,
    entity varchar(64) NOT NULL,
    entity_id varchar(64),
    details text
);
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
CREATE INDEX audit_log_account_idx ON audit_log (account_id, at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

INSERT INTO meal_request_status (id, name_en, name_ar) VALUES
    (1, 'Pending', 'قيد الانتظار'),
    (2, 'Approved', 'مقبول'),
    (3, 'Rejected', 'مرفوض'),
    (4, 'On Progress', 'قيد الإعداد');

INSERT INTO meal_type (name_en, name_ar, priority) VALUES
    ('Breakfast', 'فطور', 1),
    ('Lunch', 'غداء', 3),
    ('Dinner', 'عشاء', 2);
