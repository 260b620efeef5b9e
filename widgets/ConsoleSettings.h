#pragma once

#include <QSettings>

namespace outflow {

/// The console's remembered preferences, in the user's settings file (organization "Outflow",
/// application "outflow": ~/.config/Outflow/outflow.conf). One place for the keys, so a rename
/// cannot leave a reader behind. Tests point QSettings::setPath at a scratch directory.
class ConsoleSettings final
{
public:
    ConsoleSettings();

    /// QWidget::saveGeometry() of the main window; empty before the first close.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// The navigation row that was current at the last close, or `fallback` when there is none
    /// or it is not one of `pageCount` rows (a settings file from another version).
    int lastPage(int fallback, int pageCount) const;
    void setLastPage(int page);

    /// The user interface language chosen in View > Language ("en", "zh_CN"), empty for the
    /// system's; it takes effect at the next start (`--lang` overrides it).
    QString language() const;
    void setLanguage(const QString &language);

    /// Whether closing the window leaves the console running in the tray; off unless chosen.
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool on);

private:
    QSettings m_settings;
};

} // namespace outflow
