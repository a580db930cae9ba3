#pragma once

#include <QByteArray>
#include <QString>

// The commands' standard input: lines, the rest of it, and secrets typed without echo at a
// terminal. Read on the main thread before the database is opened, never while futures run.
class StandardInput {
public:
    static bool isTerminal();
    // One line without its line end (LF or CRLF); null at the end of the input.
    static QString readLine();
    // Everything not read yet, but at most maxBytes + 1 bytes: a result longer than maxBytes
    // tells that the input is larger than the caller takes.
    static QByteArray readAll(qsizetype maxBytes);
    // A password: at a terminal asked for on standard error without echo (twice when confirm,
    // Validation when the two differ); otherwise the next line. Null at the end of the input.
    static QString readSecret(const QString& prompt, bool confirm);
};
