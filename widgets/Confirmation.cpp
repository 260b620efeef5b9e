#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace outflow {

void Confirmation::ask(QWidget *parent, const QString &title, const QString &question, const QString &confirmText,
                       bool irreversible, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(irreversible ? QMessageBox::Warning : QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(confirmText);
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(irreversible ? QMessageBox::Cancel : QMessageBox::Yes);
    QObject::connect(box, &QMessageBox::finished, box, [onConfirmed = std::move(onConfirmed)](int result) {
        if (result == QMessageBox::Yes) onConfirmed();
    });
    box->open();
}

} // namespace outflow
