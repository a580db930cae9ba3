#pragma once

#include <QCoreApplication>
#include <QString>

// DOMAIN.md's meal request text rules: notes (≤ 256) and the reason of a rejection, which is kept
// in the request's notes. Each check returns an empty string or the reason.
class MealRequestRules {
    Q_DECLARE_TR_FUNCTIONS(MealRequestRules)

public:
    // meal_request.notes and meal_request_line.notes.
    static constexpr int maxNotes = 256;

    // Characters as PostgreSQL's varchar(n) counts them: code points, not UTF-16 units.
    static qsizetype characters(const QString& text);

    // A rejection's reason as it is kept: one line, runs of whitespace made one space.
    static QString rejectionReason(const QString& reason);
    // The request's notes once rejected for `reason`. The requester's notes stay; the reason
    // follows on a line of its own, "Rejected: <reason>", so the web backend (which reads only
    // the columns) finds it as the last line starting so. The marker is not translated: the
    // backend and desktops in either language read the same text. No reason: `notes` unchanged.
    static QString notesWithRejection(const QString& notes, const QString& reason);
    // Whether notesWithRejection() fits in maxNotes.
    static QString checkRejectionReason(const QString& notes, const QString& reason);
};
