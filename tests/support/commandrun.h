#pragma once

// Running the real `waymark` binary in command-line tests: no display (a subcommand never
// needs one), the C.UTF-8 locale, a time limit; exit code and both outputs.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace waymark::test {

struct CommandRun {
    int exitCode = -1; // -1: crashed or did not finish in time
    QByteArray out;
    QString err;
};

inline CommandRun runCommand(const QString &binary, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace waymark::test
