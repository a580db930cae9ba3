#pragma once

#include <QString>
#include <QWidget>

// One line of text that, when short of room, drops characters in the middle (keeping the start
// and the file name of a long database URL) instead of making its window wider. The whole text
// is its tooltip.
class ElidedLabel : public QWidget {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    const QString& text() const { return m_text; }
    void setText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};
