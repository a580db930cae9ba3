#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("errorBannerText"));
    // Messages carry text from the database: never rendered as HTML.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retry);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString& message, const std::function<void()>& retry)
{
    // A light red that keeps the text readable in light and dark palettes alike.
    display(message, QColor(0xfd, 0xe8, 0xe8), QColor(0x5f, 0x0b, 0x0b), retry);
}

void ErrorBanner::showInformation(const QString& message)
{
    display(message, QColor(0xe6, 0xf0, 0xfa), QColor(0x0b, 0x2f, 0x5f), {});
}

void ErrorBanner::display(const QString& message, const QColor& background, const QColor& text,
                          const std::function<void()>& retry)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
    m_text->setText(message);
    m_retryFn = retry;
    m_retry->setVisible(bool(retry));
    QFrame::show();
}

void ErrorBanner::retry()
{
    if (!isVisible() || !m_retryFn)
        return;
    // A copy: what it runs may show the banner again with another one.
    const auto fn = m_retryFn;
    hide();
    fn();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_text->text() : QString();
}
