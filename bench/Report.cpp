#include "Report.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Report", text);
}

// Three significant digits, whole numbers above a thousand.
QString number(double value)
{
    if (value >= 1000 || value <= -1000)
        return QLocale::c().toString(qRound64(value));
    return QString::number(value, 'g', 3);
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void printLine(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace

void Report::setMachine(const MachineInfo& machine)
{
    m_machine = machine;
    printLine(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("environment"), machine.toJson()}})
            .toJson(QJsonDocument::Compact)));
}

void Report::printJson(const Figure& f)
{
    QJsonObject line{{QStringLiteral("bench"), f.bench},
                     {QStringLiteral("backend"), f.backend},
                     {QStringLiteral("n"), f.n},
                     {QStringLiteral("value"), f.value},
                     {QStringLiteral("unit"), f.unit},
                     {QStringLiteral("baseline"), orNull(f.baseline)},
                     {QStringLiteral("ratio"), orNull(f.ratio())}};
    if (!f.baselineIs.isEmpty())
        line.insert(QStringLiteral("baseline_is"), f.baselineIs);
    if (!f.goal.isEmpty())
        line.insert(QStringLiteral("goal"), f.goal);
    for (auto it = f.config.constBegin(); it != f.config.constEnd(); ++it)
        line.insert(it.key(), it.value());
    printLine(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
}

void Report::add(const Figure& figure)
{
    m_figures << figure;
    printJson(figure);
}

void Report::add(const WorkloadFigure& w)
{
    m_workloads << w;
    const QJsonObject config{{QStringLiteral("pool"), w.pool},
                             {QStringLiteral("in_flight"), w.inFlight}};
    Figure ops{w.bench + QStringLiteral(".ops"),
               w.backend,
               w.result.ops,
               w.result.opsPerSecond(),
               QStringLiteral("ops/s"),
               w.baselineOpsPerSecond,
               w.baselineOpsPerSecond ? QStringLiteral("the same workload, 1 in flight")
                                      : QString(),
               {},
               config};
    if (w.result.failures > 0) {
        ops.config.insert(QStringLiteral("failures"), w.result.failures);
        ops.config.insert(QStringLiteral("first_error"), w.result.firstError);
    }
    printJson(ops);
    printJson(Figure{w.bench + QStringLiteral(".statements"),
                     w.backend,
                     w.result.ops,
                     w.result.statementsPerOp,
                     QStringLiteral("statements/op"),
                     std::nullopt,
                     {},
                     {},
                     config});
    for (const double fraction : {0.5, 0.99}) {
        printJson(
            Figure{w.bench + (fraction < 0.9 ? QStringLiteral(".p50") : QStringLiteral(".p99")),
                   w.backend,
                   w.result.ops,
                   w.result.percentileMs(fraction),
                   QStringLiteral("ms"),
                   std::nullopt,
                   {},
                   {},
                   config});
    }
}

void Report::printTables(double totalSeconds) const
{
    QTextStream out(stdout);
    out << "\n" << tr("Machine: %1").arg(m_machine.summary()) << "\n";
    out << tr("Run time: %1 s").arg(totalSeconds, 0, 'f', 0) << "\n\n";

    out << "| " << tr("figure") << " | " << tr("backend") << " | n | " << tr("value") << " | "
        << tr("baseline") << " | " << tr("ratio") << " | " << tr("goal") << " |\n";
    out << "|---|---|---:|---:|---|---:|---|\n";
    for (const Figure& f : m_figures) {
        const auto ratio = f.ratio();
        out << "| " << f.bench << " | " << f.backend << " | " << QLocale::c().toString(f.n) << " | "
            << number(f.value) << ' ' << f.unit << " | "
            << (f.baseline ? number(*f.baseline) + QLatin1Char(' ') + f.unit +
                                 QStringLiteral(" (") + f.baselineIs + QLatin1Char(')')
                           : QStringLiteral("-"))
            << " | " << (ratio ? QString::number(*ratio, 'f', 2) : QStringLiteral("-")) << " | "
            << (f.goal.isEmpty() ? QStringLiteral("-") : f.goal) << " |\n";
    }

    out << "\n| " << tr("workload") << " | " << tr("backend") << " | " << tr("pool") << " | "
        << tr("in flight") << " | " << tr("ops") << " | ops/s | p50 ms | p99 ms | "
        << tr("ops/s at 1 in flight") << " | " << tr("ratio") << " | " << tr("statements/op")
        << " |\n";
    out << "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const WorkloadFigure& w : m_workloads) {
        const double ops = w.result.opsPerSecond();
        out << "| " << w.bench << " | " << w.backend << " | " << w.pool << " | " << w.inFlight
            << " | " << QLocale::c().toString(w.result.ops)
            << (w.result.failures ? tr(" (%1 failed)").arg(w.result.failures) : QString()) << " | "
            << number(ops) << " | " << number(w.result.percentileMs(0.5)) << " | "
            << number(w.result.percentileMs(0.99)) << " | "
            << (w.baselineOpsPerSecond ? number(*w.baselineOpsPerSecond) : QStringLiteral("-"))
            << " | "
            << (w.baselineOpsPerSecond && *w.baselineOpsPerSecond > 0
                    ? QString::number(ops / *w.baselineOpsPerSecond, 'f', 2)
                    : QStringLiteral("-"))
            << " | " << QString::number(w.result.statementsPerOp, 'f', 1) << " |\n";
    }
    out.flush();
}
