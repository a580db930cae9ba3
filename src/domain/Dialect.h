#pragma once

enum class Dialect { SQLite, PostgreSQL };
