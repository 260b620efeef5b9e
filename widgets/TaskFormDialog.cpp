#include "TaskFormDialog.h"

#include "common/Messages.h"

#include "FormFooter.h"
#include "SourceForm.h"
#include "TargetForm.h"
#include "ValidatedLineEdit.h"
#include "catalog/Validation.h"
#include "engine/Engine.h"

#include "FutureWatch.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
struct CreateOutcome
{
    Result<QString> id;
    QString createError;
};

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

TaskFormDialog::TaskFormDialog(ConsoleContext context, Mode mode, const std::optional<TaskRecord> &base, QStringList takenNames,
                               QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_mode(mode), m_baseTaskId(base ? base->id : QString()),
      m_takenNames(std::move(takenNames)), m_steps(new QStackedWidget(this)), m_footer(new FormFooter(this))
{
    setObjectName(QStringLiteral("taskFormDialog"));
    setWindowTitle(mode == Mode::Create ? tr("Create task") : mode == Mode::Copy ? tr("Copy task") : tr("Rebuild task"));
    resize(780, 760);

    m_steps->addWidget(createTargetTypePage());
    m_steps->addWidget(createSettingsPage());

    auto *cancel = m_footer->addButton(tr("Cancel"), QStringLiteral("cancelButton"));
    m_previous = m_footer->addButton(tr("Previous"), QStringLiteral("previousButton"));
    m_next = m_footer->addButton(tr("Next"), QStringLiteral("nextButton"));
    m_submit = m_footer->addButton(tr("Submit"), QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { showStep(TargetTypeStep); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(SettingsStep); });
    connect(m_submit, &QPushButton::clicked, this, &TaskFormDialog::submit);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Rebuild && base && !base->lastError.isEmpty()) {
        // What to fix, in the engine's own words, above the fields to fix it in.
        auto *reason = new QLabel(tr("Task %1 could not be created:").arg(base->id) + u'\n' + Messages::translate(base->lastError), this);
        reason->setObjectName(QStringLiteral("createFailedReason"));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reason->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0;"
                                             " border-radius: 4px; padding: 6px; }"));
        layout->addWidget(reason);
    }
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_footer);

    if (base) {
        TaskDefinition d = base->definition;
        m_name->setText(d.name);
        m_source->setSource(d.source);
        m_target->setTarget(d.target);
        m_parallelism->setValue(d.parallelism);
    }
    // Copy and Rebuild start from a task that already has a target type.
    showStep(base ? SettingsStep : TargetTypeStep);
}

QWidget *TaskFormDialog::createTargetTypePage()
{
    auto *page = new QWidget(this);
    auto *heading = new QLabel(tr("Choose where the data goes"), page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);

    auto *card = new QGroupBox(page);
    card->setObjectName(QStringLiteral("targetTypeCard"));
    auto *tdw = new QRadioButton(tr("Distributed data warehouse (TDW)"), card);
    tdw->setObjectName(QStringLiteral("tdwTargetType"));
    tdw->setChecked(true);
    auto *about = new QLabel(tr("Continuously dumps one Kafka topic into a warehouse table identified by a business ID "
                                "(BID) and a table ID (TID), exactly once, in hourly folders."),
                             card);
    about->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(tdw);
    cardLayout->addWidget(about);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(card);
    layout->addStretch(1);
    return page;
}

QWidget *TaskFormDialog::createSettingsPage()
{
    auto *content = new QWidget;
    m_name = new ValidatedLineEdit(
        QStringLiteral("taskNameEdit"),
        [this](const QString &name) {
            if (QString p = Validation::taskNameProblem(name); !p.isEmpty()) return p;
            if (m_takenNames.contains(name)) return tr("A task named \"%1\" already exists; choose a new name").arg(name);
            return QString();
        },
        content);
    m_name->edit()->setPlaceholderText(tr("Letters, digits, '_', '.' and '-'"));
    auto *basic = new QWidget(content);
    auto *basicForm = new QFormLayout(basic);
    basicForm->setContentsMargins(0, 0, 0, 0);
    basicForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    basicForm->addRow(tr("Task name"), m_name);

    m_source = new SourceForm(m_context.catalog, content);
    m_target = new TargetForm(m_context.catalog, content);

    auto *advanced = new QWidget(content);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_parallelism = new QSpinBox(advanced);
    m_parallelism->setObjectName(QStringLiteral("parallelismSpin"));
    m_parallelism->setRange(1, 256);
    m_parallelism->setToolTip(tr("Consumers of this task; more than the topic's partitions do not help."));
    advancedForm->addRow(tr("Parallelism"), m_parallelism);
    // The source form says when there are more consumers than the topic has partitions.
    connect(m_parallelism, &QSpinBox::valueChanged, m_source, &SourceForm::setParallelism);
    m_source->setParallelism(m_parallelism->value());

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(section(tr("Basic information"), basic, content));
    layout->addWidget(section(tr("Data source"), m_source, content));
    layout->addWidget(section(tr("Data target"), m_target, content));
    layout->addWidget(section(tr("Advanced"), advanced, content));
    layout->addStretch(1);

    connect(m_name, &ValidatedLineEdit::changed, this, &TaskFormDialog::updateState);
    connect(m_source, &SourceForm::changed, this, &TaskFormDialog::updateState);
    connect(m_target, &TargetForm::changed, this, &TaskFormDialog::updateState);
    // Infer from sample proposes parquet and orc columns from the record the source pulled.
    const auto passSample = [this] {
        const std::optional<KafkaRecord> &record = m_source->sample();
        m_target->setSample(record ? std::optional<QByteArray>(record->value) : std::nullopt, m_source->sampleSchema());
    };
    connect(m_source, &SourceForm::sampleChanged, this, passSample);
    passSample();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void TaskFormDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    m_previous->setVisible(step == SettingsStep);
    m_next->setVisible(step == TargetTypeStep);
    m_submit->setVisible(step == SettingsStep);
    if (step == SettingsStep) m_name->setFocus();
    updateState();
}

TaskDefinition TaskFormDialog::definition() const
{
    TaskDefinition d;
    d.name = m_name->text();
    d.source = m_source->source();
    d.target = m_target->target();
    d.parallelism = m_parallelism->value();
    return d;
}

void TaskFormDialog::updateState()
{
    if (m_footer->isBusy()) return;
    QString problem = m_name->problem();
    if (problem.isEmpty()) problem = m_source->problem();
    if (problem.isEmpty()) problem = m_target->problem();
    if (problem.isEmpty()) problem = Validation::definitionProblem(definition());
    // A problem already printed under its field is not repeated at the bottom.
    const bool shownAtField = m_name->showsProblem() || m_target->showsFieldProblem();
    m_footer->setProblem(m_steps->currentIndex() == SettingsStep && !shownAtField ? problem : QString());
    m_submit->setEnabled(problem.isEmpty());
}

void TaskFormDialog::submit()
{
    const TaskDefinition d = definition();
    if (!Validation::definitionProblem(d).isEmpty()) return;
    m_footer->clearError();
    m_footer->setBusy(tr("Creating the task: checking the cluster, the topic and the warehouse…"));
    FutureWatch::onReady(this, QtConcurrent::run([engine = m_context.engine, actor = m_context.actor, d] {
        QString createError;
        Result<QString> id = engine->createTask(d, actor, &createError);
        return CreateOutcome{std::move(id), createError};
    }), [this](const CreateOutcome &outcome) {
        m_footer->setBusy({});
        if (!outcome.id) {
            // Nothing was created: the form stays so the user can fix what the engine named.
            m_footer->showError(outcome.id.error());
            updateState();
            return;
        }
        Q_EMIT taskCreated(outcome.id.value(), outcome.createError);
        accept();
    });
}

} // namespace outflow
