#include "ConsoleSettings.h"

namespace outflow {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kLanguage = QStringLiteral("ui/language");
const QString kKeepRunningInTray = QStringLiteral("tray/keepRunning");
} // namespace

ConsoleSettings::ConsoleSettings() : m_settings(QStringLiteral("Outflow"), QStringLiteral("outflow"))
{
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

int ConsoleSettings::lastPage(int fallback, int pageCount) const
{
    bool ok = false;
    const int page = m_settings.value(kLastPage).toInt(&ok);
    return ok && page >= 0 && page < pageCount ? page : fallback;
}

void ConsoleSettings::setLastPage(int page)
{
    m_settings.setValue(kLastPage, page);
}

QString ConsoleSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

bool ConsoleSettings::keepRunningInTray() const
{
    return m_settings.value(kKeepRunningInTray, false).toBool();
}

void ConsoleSettings::setKeepRunningInTray(bool on)
{
    m_settings.setValue(kKeepRunningInTray, on);
}

} // namespace outflow
