-- MealDesk schema version 1 (SQLite): the tables shared with the web backend, as MealDesk
-- creates them (with its own columns). Its own objects are in 0001_mealdesk_objects.sql.
CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    name_en varchar(128) NOT NULL CHECK (name_en <> ''),
    name_ar varchar(128) NOT NULL CHECK (name_ar <> ''),
    parent_id integer REFERENCES department (id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    updated_at text NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')
);

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

CREATE TABLE account_department (
    account_id integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    department_id integer NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, department_id)
);

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

INSERT INTO meal_request_status (id, name_en, name_ar) VALUES
    (1, 'Pending', 'قيد الانتظار'),
    (2, 'Approved', 'مقبول'),
    (3, 'Rejected', 'مرفوض'),
    (4, 'On Progress', 'قيد الإعداد');

INSERT INTO meal_type (name_en, name_ar, priority) VALUES
    ('Breakfast', 'فطور', 1),
    ('Lunch', 'غداء', 3),
    ('Dinner', 'عشاء', 2);
