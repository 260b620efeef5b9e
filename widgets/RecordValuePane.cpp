#include "RecordValuePane.h"

#include "RecordValueText.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace outflow {

RecordValuePane::RecordValuePane(QWidget *parent)
    : QWidget(parent), m_modes(new QButtonGroup(this)), m_title(new QLabel(this)), m_note(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_copy(new QPushButton(tr("Copy value"), this))
{
    setObjectName(QStringLiteral("recordValuePane"));
    m_title->setObjectName(QStringLiteral("valueTitle"));
    m_note->setObjectName(QStringLiteral("valueNote"));
    m_text->setObjectName(QStringLiteral("valueText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setObjectName(QStringLiteral("copyValueButton"));
    m_copy->setToolTip(tr("Copies the value as it is shown (pretty JSON, raw text or hex)."));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(shownText()); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addStretch(1);
    const auto addMode = [&](Mode mode, const QString &text, const QString &name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_modes->addButton(button, mode);
        row->addWidget(button);
    };
    addMode(PrettyJson, tr("Pretty JSON"), QStringLiteral("prettyJsonButton"));
    addMode(RawText, tr("Raw text"), QStringLiteral("rawTextButton"));
    addMode(Hex, tr("Hex"), QStringLiteral("hexButton"));
    m_modes->button(PrettyJson)->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this] { render(); });
    row->addSpacing(12);
    row->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
    render();
}

void RecordValuePane::setRecord(const std::optional<KafkaRecord> &record)
{
    m_record = record;
    render();
}

void RecordValuePane::setMode(Mode mode)
{
    m_modes->button(mode)->setChecked(true);
    render();
}

RecordValuePane::Mode RecordValuePane::mode() const
{
    return Mode(m_modes->checkedId());
}

QString RecordValuePane::shownText() const
{
    return m_text->toPlainText();
}

void RecordValuePane::render()
{
    m_copy->setEnabled(m_record.has_value());
    for (QAbstractButton *b : m_modes->buttons()) b->setEnabled(m_record.has_value());
    if (!m_record) {
        m_title->setText(tr("Select a record to see its value."));
        m_note->hide();
        m_text->clear();
        return;
    }
    m_title->setText(tr("Value of offset %1 · %2 B").arg(m_record->offset).arg(m_record->value.size()));
    QString note;
    QString text;
    if (m_record->valueIsNull) {
        note = tr("The value is null (a tombstone).");
    } else if (mode() == Hex) {
        text = RecordValueText::hexDump(m_record->value);
    } else {
        if (mode() == PrettyJson) text = RecordValueText::prettyJson(m_record->value);
        if (text.isEmpty()) {
            if (mode() == PrettyJson) note = tr("Not JSON: shown as raw text.");
            text = RecordValueText::rawText(m_record->value);
        }
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_text->setPlainText(text);
}

} // namespace outflow
