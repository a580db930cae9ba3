#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Lets a screen take a file dropped onto it (a CSV onto Employees, an ALLOWED_ORIGINS file onto
// Origins): a drag is accepted only when it carries exactly one local file, and the drop hands
// that file's path to `opened`.
class FileDrop : public QObject {
    Q_OBJECT

public:
    static void install(QWidget* target, std::function<void(const QString& path)> opened);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FileDrop(QWidget* target, std::function<void(const QString& path)> opened);

    std::function<void(const QString& path)> m_opened;
};
