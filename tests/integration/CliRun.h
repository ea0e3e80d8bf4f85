// Runs the real `orderflow` program as a script would and keeps what it printed.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace orderflow::test {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonDocument errJson() const { return QJsonDocument::fromJson(err); }
};

inline Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ORDERFLOW_CLI), args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace orderflow::test
