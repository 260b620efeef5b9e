#pragma once

#include <QString>

class QCoreApplication;

namespace outflow {

/// The console's language: its own bundled translation (`:/i18n/outflow_<lang>.qm`) and Qt's
/// (`qtbase_<lang>`, from the system's Qt translations), so standard buttons, dialogs and
/// context menus speak the same language as the console around them.
class Translations final
{
public:
    /// Installs both into `app` (the translators live as long as it does) and makes `lang` the
    /// default locale. False when Outflow has no translation for `lang`: the console stays in
    /// English. Qt's own file is optional (a system without Qt's translations still gets ours).
    static bool install(QCoreApplication &app, const QString &lang);
};

} // namespace outflow
