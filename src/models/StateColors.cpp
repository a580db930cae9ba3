#include "StateColors.h"

#include <QBrush>

QColor StateColors::text(Hue hue)
{
    switch (hue) {
    case Hue::Amber:
        return QColor(0x5c, 0x3c, 0x00);
    case Hue::Blue:
        return QColor(0x0b, 0x2f, 0x5f);
    case Hue::Green:
        return QColor(0x1b, 0x4d, 0x1e);
    case Hue::Red:
        return QColor(0x5f, 0x0b, 0x0b);
    case Hue::Grey:
        break;
    }
    return QColor(0x3c, 0x3c, 0x3c);
}

QColor StateColors::background(Hue hue)
{
    switch (hue) {
    case Hue::Amber:
        return QColor(0xff, 0xf1, 0xd6);
    case Hue::Blue:
        return QColor(0xe6, 0xf0, 0xfa);
    case Hue::Green:
        return QColor(0xe3, 0xf4, 0xe4);
    case Hue::Red:
        return QColor(0xfd, 0xe8, 0xe8);
    case Hue::Grey:
        break;
    }
    return QColor(0xec, 0xec, 0xec);
}

QVariant StateColors::data(Hue hue, int role)
{
    if (role == Qt::ForegroundRole)
        return QBrush(text(hue));
    if (role == Qt::BackgroundRole)
        return QBrush(background(hue));
    return {};
}
