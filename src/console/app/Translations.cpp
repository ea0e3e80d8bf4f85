#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace orderflow::console {

QString installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English needs a translation too: it carries the plural forms ("1 order", "2 orders").
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    // Parented to the application: they live exactly as long as it does.
    auto *own = new QTranslator(app);
    if (!own->load(effective, QStringLiteral("orderflow"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(effective, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(effective.language());
}

} // namespace orderflow::console
