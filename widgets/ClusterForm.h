#pragma once

#include "catalog/ClusterConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace outflow {

/// The fields of a Kafka cluster: name, bootstrap servers, security protocol, SASL and extra
/// librdkafka properties as `key=value` lines (like `kcat -X`).
class ClusterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterForm)

public:
    explicit ClusterForm(QWidget *parent = nullptr);

    /// Editing an existing cluster: its name is the key tasks refer to, so it stays fixed.
    void setCluster(const ClusterConfig &cluster);
    ClusterConfig cluster() const;
    /// The first problem, verbatim from Validation::clusterProblem, or a property line that is
    /// not `key=value`.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateSaslFields();

    QLineEdit *m_name;
    QLineEdit *m_bootstrap;
    QComboBox *m_protocol;
    QComboBox *m_mechanism;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_registryUrl;
    QLineEdit *m_registryUser;
    QLineEdit *m_registryPassword;
    QPlainTextEdit *m_properties;
};

} // namespace outflow
