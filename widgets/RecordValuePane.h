#pragma once

#include "kafka/KafkaRecord.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace outflow {

/// A record's value shown as pretty JSON, raw text, or hex + ASCII (a toggle), with a button
/// that copies exactly what is shown.
class RecordValuePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordValuePane)

public:
    enum Mode { PrettyJson, RawText, Hex };

    explicit RecordValuePane(QWidget *parent = nullptr);

    void setRecord(const std::optional<KafkaRecord> &record);
    void setMode(Mode mode);
    Mode mode() const;
    QString shownText() const;

private:
    void render();

    std::optional<KafkaRecord> m_record;
    QButtonGroup *m_modes;
    QLabel *m_title;
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace outflow
