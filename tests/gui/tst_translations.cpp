// The Chinese console: Outflow's own strings and Qt's standard ones (buttons, dialogs) both come
// out in Chinese once the language is installed, the way the console installs it at start.
#include "ClusterForm.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace outflow;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownLanguageKeepsEnglish()
    {
        QVERIFY(!Translations::install(*QCoreApplication::instance(), QStringLiteral("xx_XX")));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void chineseForOutflowAndForQt()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        // Qt's own: a standard button, as in every confirmation the console asks.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QVERIFY2(box.button(QDialogButtonBox::Cancel)->text().startsWith(QStringLiteral("\u53d6\u6d88")), // 取消
                 qPrintable(box.button(QDialogButtonBox::Cancel)->text()));
        // Outflow's own: the cluster form's labels.
        ClusterForm form;
        QStringList labels;
        for (const QLabel *l : form.findChildren<QLabel *>()) labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Registry \u7528\u6237\u540d")), qPrintable(labels.join(u'|'))); // Registry 用户名
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
