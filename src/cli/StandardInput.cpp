#include "StandardInput.h"

#include "Failure.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

bool StandardInput::isTerminal()
{
    return isatty(STDIN_FILENO);
}

QString StandardInput::readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QByteArray StandardInput::readAll(qsizetype maxBytes)
{
    QByteArray data(maxBytes + 1, Qt::Uninitialized);
    std::cin.read(data.data(), data.size());
    data.resize(std::cin.gcount());
    return data;
}

QString StandardInput::readSecret(const QString& prompt, bool confirm)
{
    if (!isTerminal())
        return readLine();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const auto ask = [](const QString& text) {
        std::fputs(text.toUtf8().constData(), stderr);
        std::fflush(stderr);
        QString answer = readLine();
        std::fputc('\n', stderr);
        return answer;
    };
    QString first = ask(prompt);
    const QString second = confirm ? ask(QStringLiteral("Repeat the password: ")) : first;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (first != second)
        throw Failure(Failure::Kind::Validation, QStringLiteral("the passwords do not match"),
                      QStringLiteral("password"));
    return first;
}
