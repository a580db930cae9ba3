#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// A failure shown above the current screen until dismissed: what failed and why, with Retry
// when the failed step can be tried again.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Replaces what the banner shows; an empty `retry` hides the Retry button.
    void showError(const QString& message, const std::function<void()>& retry = {});
    QString message() const;

private:
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
    std::function<void()> m_retryFn;
};
