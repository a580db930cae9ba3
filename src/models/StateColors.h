#pragma once

#include <QColor>
#include <QVariant>

// The colours a state (a request's status, a token's) is shown in beside its word, never
// instead of it. Text and background come as a pair, a dark shade on a light tint of one hue,
// so that they read alike on light and dark palettes.
class StateColors {
public:
    enum class Hue { Amber, Blue, Green, Red, Grey };

    static QColor text(Hue hue);
    static QColor background(Hue hue);
    // Qt::ForegroundRole and Qt::BackgroundRole of the pair, for a model's data(); invalid for
    // any other role.
    static QVariant data(Hue hue, int role);
};
