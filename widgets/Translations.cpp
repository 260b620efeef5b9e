#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace outflow {

bool Translations::install(QCoreApplication &app, const QString &lang)
{
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/outflow_%1.qm").arg(lang))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) app.installTranslator(qt);
    else delete qt;
    QLocale::setDefault(QLocale(lang));
    return true;
}

} // namespace outflow
