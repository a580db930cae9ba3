#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// A message shown above the current screen until dismissed: a failure (what failed and why, with
// Retry when the failed step can be tried again) in red, or a result the user must read (a file
// name, a date: the status bar would cut it off) in blue.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Replaces what the banner shows; an empty `retry` hides the Retry button.
    void showError(const QString& message, const std::function<void()>& retry = {});
    void showInformation(const QString& message);
    QString message() const;
    // What Retry does, when the banner shows a failure with Retry: hides it and tries again.
    void retry();

private:
    void display(const QString& message, const QColor& background, const QColor& text,
                 const std::function<void()>& retry);

    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
    std::function<void()> m_retryFn;
};
