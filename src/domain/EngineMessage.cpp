#include "domain/EngineMessage.h"

// Every catalogue header, so each message is registered wherever the engine is linked.
#include "domain/messages/ConfigMessages.h"
#include "domain/messages/ConnectionMessages.h"
#include "domain/messages/OrderMessages.h"
#include "domain/messages/ParseMessages.h"
#include "domain/messages/SourceMessages.h"
#include "domain/messages/SystemMessages.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace orderflow {
namespace {

QList<const EngineMessage *> &registry()
{
    static QList<const EngineMessage *> messages;
    return messages;
}

// One template compiled for recognising its renderings: literal text with a lazy group for each placeholder.
struct Pattern {
    const EngineMessage *message = nullptr;
    QRegularExpression expression;
    QList<int> placeholders;   // the placeholder number of each group, in order
    qsizetype literalLength = 0;
};

// Splits at %1…%9: literal pieces and placeholder numbers, alternating (pieces.size() == numbers.size() + 1).
void split(const QString &pattern, QStringList *pieces, QList<int> *numbers)
{
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1') && pattern.at(i + 1) <= QLatin1Char('9')) {
            *pieces << literal;
            literal.clear();
            *numbers << pattern.at(i + 1).digitValue();
            ++i;
        } else {
            literal += c;
        }
    }
    *pieces << literal;
}

// The templates by the first two characters of their text (a template starting with a placeholder under ""); the
// more literal text a template has, the earlier it is tried, so the most specific one wins.
class Matcher {
public:
    Matcher()
    {
        for (const EngineMessage *m : EngineMessage::catalogue()) {
            QStringList pieces;
            QList<int> numbers;
            split(QString::fromUtf8(m->source()), &pieces, &numbers);
            Pattern p;
            p.message = m;
            QString expr = QStringLiteral("^");
            QHash<int, int> groupOf;
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                expr += QRegularExpression::escape(pieces.at(i));
                p.literalLength += pieces.at(i).size();
                if (i < numbers.size()) {
                    const int n = numbers.at(i);
                    if (groupOf.contains(n)) {
                        expr += QStringLiteral("\\%1").arg(groupOf.value(n));
                    } else {
                        groupOf.insert(n, int(p.placeholders.size()) + 1);
                        p.placeholders << n;
                        expr += QStringLiteral("(.*?)");
                    }
                }
            }
            expr += QStringLiteral("$");
            if (!numbers.isEmpty() && p.literalLength < 4)
                continue;   // "%1: %2" would match nearly anything
            p.expression = QRegularExpression(expr, QRegularExpression::DotMatchesEverythingOption);
            p.expression.optimize();
            m_buckets[pieces.first().size() >= 2 ? pieces.first().left(2) : QString()].append(p);
        }
        for (auto &bucket : m_buckets)
            std::stable_sort(bucket.begin(), bucket.end(), [](const Pattern &a, const Pattern &b) { return a.literalLength > b.literalLength; });
    }

    // The whole text as a catalogue message; else a catalogue message after a prefix that ends in ": " (a file
    // and place, "Source 'x': …"), the place's own words ("byte 12", "segment 3") translated too.
    QString translate(const QString &text, int depth) const
    {
        if (text.size() < 2 || depth > 3)
            return text;
        if (const auto whole = message(text, depth))
            return *whole;
        qsizetype at = 0;
        for (int tries = 0; tries < 8 && (at = text.indexOf(QLatin1String(": "), at)) >= 0; ++tries) {
            at += 2;
            if (const auto rest = message(text.mid(at), depth))
                return place(text.left(at), depth) + *rest;
        }
        return text;
    }

private:
    std::optional<QString> message(const QString &text, int depth) const
    {
        for (const QString &key : {text.left(2), QString()}) {
            const auto bucket = m_buckets.constFind(key);
            if (bucket == m_buckets.cend())
                continue;
            for (const Pattern &p : *bucket) {
                const QRegularExpressionMatch match = p.expression.match(text);
                if (!match.hasMatch())
                    continue;
                const QString translated = QCoreApplication::translate("engine", p.message->source());
                if (translated == QLatin1String(p.message->source()))
                    return text;   // no translation loaded (English) or none written yet
                QStringList args(10);
                for (qsizetype g = 0; g < p.placeholders.size(); ++g)
                    args[p.placeholders.at(g) - 1] = argument(match.captured(int(g) + 1), depth + 1);
                return EngineMessage::render(translated, args);
            }
        }
        return std::nullopt;
    }

    // An argument: a catalogue text, a setting's help text (context "config"), or data that stays as it is.
    QString argument(const QString &text, int depth) const
    {
        const QString translated = translate(text, depth);
        if (translated != text)
            return translated;
        const QByteArray utf8 = text.toUtf8();
        return QCoreApplication::translate("config", utf8.constData());
    }

    // "file.json:2:5 (segment 3 (BEG), byte 40): ": the parenthesised details of a place translated one by one.
    QString place(const QString &prefix, int depth) const
    {
        static const QRegularExpression details(QStringLiteral("^(.*?) \\((.+)\\)(: )$"));
        const QRegularExpressionMatch m = details.match(prefix);
        if (!m.hasMatch())
            return prefix;
        QStringList parts = m.captured(2).split(QStringLiteral(", "));
        for (QString &part : parts)
            part = translate(part, depth + 1);
        return m.captured(1) + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')') + m.captured(3);
    }

    QHash<QString, QList<Pattern>> m_buckets;
};

} // namespace

EngineMessage::EngineMessage(const char *source) : m_source(source)
{
    registry().append(this);
}

const QList<const EngineMessage *> &EngineMessage::catalogue()
{
    return registry();
}

QString EngineMessage::render(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1') && pattern.at(i + 1) <= QLatin1Char('9')) {
            const int n = pattern.at(i + 1).digitValue();
            out += n <= args.size() ? args.at(n - 1) : pattern.mid(i, 2);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString translatedEngineText(const QString &text)
{
    static const Matcher matcher;
    // Views ask again on every paint: the last few thousand answers are kept, for as long as the language stays.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    static QString language;
    if (text.isEmpty())
        return text;
    if (text.contains(QLatin1Char('\n'))) {   // several messages, one a line (an invalid order's problems in its history)
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = translatedEngineText(line);
        return lines.join(QLatin1Char('\n'));
    }
    const QString current = QCoreApplication::translate("engine", msg::NoLines.source());
    {
        QMutexLocker lock(&mutex);
        if (current != language) {
            cache.clear();
            language = current;
        }
        if (const auto it = cache.constFind(text); it != cache.cend())
            return *it;
    }
    const QString translated = matcher.translate(text, 0);
    QMutexLocker lock(&mutex);
    if (cache.size() > 4096)
        cache.clear();
    cache.insert(text, translated);
    return translated;
}

} // namespace orderflow
