#include "ResetPositionDialog.h"

#include "common/Messages.h"

#include "ErrorBanner.h"
#include "FutureWatch.h"
#include "engine/Engine.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
enum Choice { Earliest, Latest, AtTime };
}

ResetPositionDialog::ResetPositionDialog(ConsoleContext context, QString taskId, const QString &taskName, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_taskId(std::move(taskId)), m_choice(new QButtonGroup(this)),
      m_time(new QDateTimeEdit(this)), m_preview(new QLabel(this)), m_error(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("resetPositionDialog"));
    setWindowTitle(tr("Reset position of %1 (%2)").arg(taskName, m_taskId));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where should the task continue? Offsets the warehouse already holds are never written "
                                "again, whatever you choose."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const struct
    {
        Choice choice;
        const char *name;
        QString text;
    } options[] = {{Earliest, "earliestOption", tr("Earliest: from the oldest record Kafka still has")},
                   {Latest, "latestOption", tr("Latest: only records that arrive from now on")},
                   {AtTime, "timeOption", tr("From a time (UTC):")}};
    for (const auto &option : options) {
        auto *button = new QRadioButton(option.text, this);
        button->setObjectName(QString::fromLatin1(option.name));
        m_choice->addButton(button, option.choice);
        layout->addWidget(button);
    }
    m_choice->button(Latest)->setChecked(true);
    m_time->setObjectName(QStringLiteral("resetTime"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setDateTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
    layout->addWidget(m_time);
    m_preview->setObjectName(QStringLiteral("resetPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_resetButton = buttons->addButton(tr("Reset position"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_previewButton, &QPushButton::clicked, this, &ResetPositionDialog::preview);
    connect(m_resetButton, &QPushButton::clicked, this, &ResetPositionDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choice, &QButtonGroup::idClicked, this, &ResetPositionDialog::choiceChanged);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ResetPositionDialog::choiceChanged);
    choiceChanged();
}

QString ResetPositionDialog::chosenPosition() const
{
    switch (m_choice->checkedId()) {
    case Earliest: return QStringLiteral("earliest");
    case Latest: return QStringLiteral("latest");
    default: return m_time->dateTime().toUTC().toString(Qt::ISODate);
    }
}

void ResetPositionDialog::choiceChanged()
{
    m_time->setEnabled(m_choice->checkedId() == AtTime);
    m_previewed.clear();
    m_resetButton->setEnabled(false);
    m_preview->setText(tr("Preview shows, partition by partition, how many records this skips or reads again."));
}

void ResetPositionDialog::setWaiting(bool waiting)
{
    m_previewButton->setEnabled(!waiting);
    m_resetButton->setEnabled(!waiting && !m_previewed.isEmpty() && m_previewed == chosenPosition());
    for (QAbstractButton *b : m_choice->buttons()) b->setEnabled(!waiting);
}

void ResetPositionDialog::preview()
{
    const QString to = chosenPosition();
    m_error->clearError();
    m_preview->setText(tr("Reading the task's positions…"));
    setWaiting(true);
    FutureWatch::onReady(this,
                         QtConcurrent::run([engine = m_context.engine, id = m_taskId, actor = m_context.actor, to] {
                             return engine->resetPosition(id, to, actor, Engine::ResetMode::Preview);
                         }),
                         [this, to](const Result<QString> &result) {
                             if (result) {
                                 m_previewed = to;
                                 m_preview->setText(Messages::translate(result.value()));
                                 adjustSize(); // a line per partition: grow to show them
                             } else {
                                 m_previewed.clear();
                                 m_preview->clear();
                                 m_error->showError(result.error());
                             }
                             setWaiting(false);
                         });
}

void ResetPositionDialog::reset()
{
    const QString to = m_previewed;
    if (to.isEmpty()) return;
    m_error->clearError();
    setWaiting(true);
    m_resetButton->setEnabled(false);
    FutureWatch::onReady(this,
                         QtConcurrent::run([engine = m_context.engine, id = m_taskId, actor = m_context.actor, to] {
                             return engine->resetPosition(id, to, actor, Engine::ResetMode::Apply);
                         }),
                         [this](const Result<QString> &result) {
                             setWaiting(false);
                             if (!result) {
                                 m_error->showError(result.error());
                                 return;
                             }
                             m_summary = result.value();
                             accept();
                         });
}

} // namespace outflow
