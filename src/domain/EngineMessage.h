// The engine's messages for people: each one an English template in the catalogue (src/domain/messages/), marked
// for translation with QT_TRANSLATE_NOOP("engine", …) and rendered through EngineMessage, so every stored text is
// the English rendering of a known template. Where a text is shown, translatedEngineText() recognises the template
// it came from and renders the translated template (context "engine") with the same arguments — themselves
// translated when they are catalogue texts too. Text from elsewhere (a server's own words, a path) stays as it is.
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>

namespace orderflow {

class EngineMessage {
public:
    // `source` is a QT_TRANSLATE_NOOP("engine", …) literal with %1…%9; the message joins the catalogue.
    explicit EngineMessage(const char *source);
    EngineMessage(const EngineMessage &) = delete;
    EngineMessage &operator=(const EngineMessage &) = delete;

    const char *source() const { return m_source; }

    // The English text with the arguments filled in, in one pass (an argument's own "%1" stays as it is).
    template <typename... Args>
    QString operator()(const Args &...args) const
    {
        return render(QString::fromUtf8(m_source), QStringList{text(args)...});
    }

    // Every message of the catalogue.
    static const QList<const EngineMessage *> &catalogue();
    // `pattern` with %1…%9 replaced by `args` in one pass.
    static QString render(const QString &pattern, const QStringList &args);

private:
    static QString text(const QString &s) { return s; }
    static QString text(QLatin1StringView s) { return QString(s); }
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    static QString text(T n) { return QString::number(n); }

    const char *m_source;
};

// `text` as the current translation shows it: the translated template of the catalogue message it renders, with
// its arguments (translated too where they are catalogue texts); `text` itself when no template matches or the
// message has no translation.
QString translatedEngineText(const QString &text);

} // namespace orderflow
