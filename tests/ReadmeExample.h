// The example configuration README.md shows under "## Configuration" (its first ```json block), read at test
// time so the tests check what users copy.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace orderflow::test {

inline QByteArray readmeExampleConfigText()
{
    QFile f(QStringLiteral(ORDERFLOW_SOURCE_DIR "/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype section = text.indexOf(QLatin1String("\n## Configuration"));
    if (section < 0)
        return {};
    const qsizetype open = text.indexOf(QLatin1String("```json\n"), section);
    const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("\n```"), open + 8);
    if (close < 0)
        return {};
    return text.mid(open + 8, close - open - 8).toUtf8();
}

inline QJsonObject readmeExampleConfig()
{
    return QJsonDocument::fromJson(readmeExampleConfigText()).object();
}

} // namespace orderflow::test
