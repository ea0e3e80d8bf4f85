#include "domain/EngineMessage.h"

// Every catalogue header, so each message is registered wherever the engine is linked.
#include "domain/messages/ConfigMessages.h"
#include "domain/messages/ConnectionMessages.h"
#include "domain/messages/EdiMessages.h"
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

// One template taken apart for recognising its renderings: its literal pieces around the placeholders.
struct Pattern {
    const EngineMessage *message = nullptr;
    QList<int> placeholders;   // the placeholder numbers, each once, in the order they first appear
    qsizetype literalLength = 0;
    qsizetype letters = 0;     // of the literal text, spaces not counted
    QStringList pieces;        // the literal text around the placeholders (see split)
    QList<int> numbers;        // the placeholder number at each place, repeats included

    // Whether `text` may render this template: its literal pieces in order, the first at the start and the last at the
    // end. Most templates fail here, at the cost of a few searches, before a cut is looked for (Splits).
    bool mayRender(QStringView text) const
    {
        if (pieces.size() == 1)
            return text == pieces.first();
        const QString &last = pieces.last();
        if (!text.startsWith(pieces.first()) || !text.endsWith(last))
            return false;
        qsizetype at = pieces.first().size();
        const qsizetype end = text.size() - last.size();
        for (qsizetype i = 1; i + 1 < pieces.size() && at <= end; ++i) {
            const qsizetype found = text.indexOf(pieces.at(i), at);
            if (found < 0)
                return false;
            at = found + pieces.at(i).size();
        }
        return at <= end;
    }
};

// The ways `text` can be read as `pieces` around placeholders: each a value for every placeholder number (index n - 1),
// the shortest values first. At most `limit` of them: a text that can be cut in so many ways is not worth more.
class Splits {
public:
    Splits(const QString &text, const QStringList &pieces, const QList<int> &numbers, int limit)
        : m_text(text), m_pieces(pieces), m_numbers(numbers), m_limit(limit), m_values(10), m_set(10, false)
    {
        if (text.startsWith(pieces.first()))
            next(pieces.first().size(), 0);
    }
    const QList<QStringList> &all() const { return m_all; }

private:
    void next(qsizetype at, int i)
    {
        if (m_all.size() >= m_limit)
            return;
        if (i == m_numbers.size()) {
            if (at == m_text.size())
                m_all.append(m_values);
            return;
        }
        const int n = m_numbers.at(i) - 1;
        const QString &after = m_pieces.at(i + 1);
        if (m_set.at(n)) {   // a placeholder that came before: the same value again
            const QString expected = m_values.at(n) + after;
            if (QStringView(m_text).mid(at).startsWith(expected))
                next(at + expected.size(), i + 1);
            return;
        }
        m_set[n] = true;
        if (i + 1 == m_numbers.size()) {   // the last one takes the rest, up to the closing literal
            if (m_text.size() - after.size() >= at && m_text.endsWith(after)) {
                m_values[n] = m_text.mid(at, m_text.size() - after.size() - at);
                next(m_text.size(), i + 1);
            }
        } else {
            for (qsizetype end = m_text.indexOf(after, at); end >= 0 && m_all.size() < m_limit; end = m_text.indexOf(after, end + 1)) {
                m_values[n] = m_text.mid(at, end - at);
                next(end + after.size(), i + 1);
                if (after.isEmpty() && end >= m_text.size())
                    break;
            }
        }
        m_set[n] = false;
    }

    const QString &m_text;
    const QStringList &m_pieces;
    const QList<int> &m_numbers;
    const int m_limit;
    QStringList m_values;
    QList<bool> m_set;
    QList<QStringList> m_all;
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
            p.pieces = pieces;
            p.numbers = numbers;
            for (const QString &piece : std::as_const(pieces))
                p.letters += piece.size() - piece.count(QLatin1Char(' '));
            for (const QString &piece : std::as_const(pieces))
                p.literalLength += piece.size();
            for (const int n : std::as_const(numbers)) {
                if (!p.placeholders.contains(n))
                    p.placeholders << n;
            }
            if (!numbers.isEmpty() && p.literalLength < 4)
                continue;   // "%1: %2" would match nearly anything
            m_buckets[pieces.first().size() >= 2 ? pieces.first().left(2) : QString()].append(p);
        }
        for (auto &bucket : m_buckets)
            std::stable_sort(bucket.begin(), bucket.end(), [](const Pattern &a, const Pattern &b) { return a.literalLength > b.literalLength; });
    }

    // The whole text as a catalogue message; else a catalogue message after a prefix that ends in ": " (a file
    // and place, "Source 'x': …"), the place's own words ("byte 12", "segment 3") translated too; either may be a
    // setting's problem as a line ("settings.port must be …."): the setting's path, a message, a full stop.
    QString translate(const QString &text, int depth) const
    {
        if (text.size() < 2 || depth > 3)
            return text;
        if (const auto whole = problem(text, depth))
            return *whole;
        qsizetype at = 0;
        for (int tries = 0; tries < 8 && (at = text.indexOf(QLatin1String(": "), at)) >= 0; ++tries) {
            at += 2;
            if (const auto rest = problem(text.mid(at), depth))
                return place(text.left(at), depth) + *rest;
        }
        // A place before data: "file.edi (segment 1, byte 0): 7" is the start of "%1 bytes before …".
        if (const qsizetype end = text.indexOf(QLatin1String(": ")); end > 0) {
            const QString prefix = text.left(end + 2);
            if (const QString placed = place(prefix, depth); placed != prefix)
                return placed + text.mid(end + 2);
        }
        return text;
    }

private:
    // A catalogue message, alone or as ConfigProblem::toString() writes one: after a path ("settings.port") and
    // with a full stop added.
    std::optional<QString> problem(const QString &text, int depth) const
    {
        if (auto whole = message(text, depth))
            return whole;
        const auto stopped = [&](const QString &part) -> std::optional<QString> {
            if (part.endsWith(QLatin1Char('.'))) {
                if (const auto m = message(part.chopped(1), depth))
                    return *m + QLatin1Char('.');
            }
            return std::nullopt;
        };
        // "  - settings.port must be …." (a line of a list of problems): the item mark, the path, the message.
        static const QRegularExpression path(QStringLiteral("^(\\s*- )?([A-Za-z_][A-Za-z0-9_.\\[\\]-]* )?"));
        const QRegularExpressionMatch p = path.match(text);
        const QString before = p.captured();
        const QString rest = text.mid(before.size());
        if (auto m = stopped(text))
            return m;
        if (before.isEmpty())
            return std::nullopt;
        if (auto m = message(rest, depth))
            return before + *m;
        if (auto m = stopped(rest))
            return before + *m;
        if (!p.captured(1).isEmpty() && !p.captured(2).isEmpty()) {   // an item without a path
            const QString item = text.mid(p.capturedLength(1));
            if (auto m = message(item, depth))
                return p.captured(1) + *m;
            if (auto m = stopped(item))
                return p.captured(1) + *m;
        }
        return std::nullopt;
    }

    std::optional<QString> message(const QString &text, int depth) const
    {
        for (const QString &key : {text.left(2), QString()}) {
            const auto bucket = m_buckets.constFind(key);
            if (bucket == m_buckets.cend())
                continue;
            for (const Pattern &p : *bucket) {
                if (!p.mayRender(text))
                    continue;
                const Splits first(text, p.pieces, p.numbers, 1);   // the shortest values first
                if (first.all().isEmpty())
                    continue;
                const QString translated = QCoreApplication::translate("engine", p.message->source());
                if (translated == QLatin1String(p.message->source()))
                    return text;   // no translation loaded (English) or none written yet
                QStringList values = first.all().first();
                if (p.placeholders.size() > 1)
                    values = bestSplit(p, text, values, depth);
                QStringList args(10);
                for (const int n : p.placeholders)
                    args[n - 1] = argument(values.at(n - 1), depth + 1);
                return EngineMessage::render(translated, args);
            }
        }
        return std::nullopt;
    }

    // How much of `text` the catalogue explains: the letters of the literal text of the template it renders (the
    // first that matches, as message() takes it) and, for the best cut, of its values; 0 for data. Spaces do not
    // count, so "write" explains a verb as well as "write %1" does, and the cut that leaves the path whole wins.
    qsizetype explained(const QString &text, int depth, QHash<QString, qsizetype> &memo) const
    {
        if (text.isEmpty() || depth > 3)
            return 0;
        if (const auto it = memo.constFind(text); it != memo.cend())
            return *it;
        qsizetype best = 0;
        bool found = false;
        for (const QString &key : {text.left(2), QString()}) {
            const auto bucket = m_buckets.constFind(key);
            if (found || bucket == m_buckets.cend())
                continue;
            for (const Pattern &p : *bucket) {
                if (!p.mayRender(text))
                    continue;
                const Splits splits(text, p.pieces, p.numbers, p.placeholders.isEmpty() ? 1 : 64);
                if (splits.all().isEmpty())
                    continue;
                found = true;
                for (const QStringList &values : splits.all())
                    best = std::max(best, p.letters + explainedValues(p, values, depth + 1, memo));
                break;
            }
        }
        memo.insert(text, best);
        return best;
    }

    qsizetype explainedValues(const Pattern &p, const QStringList &values, int depth, QHash<QString, qsizetype> &memo) const
    {
        qsizetype sum = 0;
        for (const int n : p.placeholders)
            sum += explained(values.at(n - 1), depth, memo);
        return sum;
    }

    // The values of a template's placeholders when the text can be cut in several ways ("Cannot %1 %2: …" with the
    // verb "open directory" and a path with spaces): the cut the catalogue explains best (a verb of several words,
    // a hint as a whole); among equals the one with the shortest values first, as the first cut found it (`lazy`).
    QStringList bestSplit(const Pattern &p, const QString &text, const QStringList &lazy, int depth) const
    {
        const Splits splits(text, p.pieces, p.numbers, 256);
        if (splits.all().size() < 2 || depth > 3)
            return lazy;
        QHash<QString, qsizetype> memo;
        QStringList best = lazy;
        qsizetype bestScore = explainedValues(p, lazy, depth + 1, memo);
        for (const QStringList &values : splits.all()) {
            const qsizetype s = explainedValues(p, values, depth + 1, memo);
            if (s > bestScore) {
                best = values;
                bestScore = s;
            }
        }
        return best;
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
        // A catalogue text as a whole ("source 'x' (org 'y'): "), also as an item of a list ("  - …").
        static const QRegularExpression item(QStringLiteral("^(\\s*(?:- )?)(.+)(: )$"));
        if (const QRegularExpressionMatch m = item.match(prefix); m.hasMatch()) {
            if (const auto whole = message(m.captured(2), depth + 1))
                return m.captured(1) + *whole + m.captured(3);
        }
        // An element may follow the place: "file.x12 (segment 5 (PO1), byte 40): PO102: ".
        static const QRegularExpression details(QStringLiteral("^(.*?) \\((.+)\\)(: (?:[^ ]+: )?)$"));
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
