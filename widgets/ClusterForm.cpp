#include "ClusterForm.h"

#include "catalog/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace outflow {

namespace {
/// Lines of `key=value`; blank lines and `#` comments are skipped. Sets `badLine` (1-based)
/// at the first line that is neither.
QMap<QString, QString> parseProperties(const QString &text, int *badLine, QString *badText)
{
    QMap<QString, QString> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            *badLine = int(i + 1);
            *badText = line;
            return out;
        }
        out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}
} // namespace

ClusterForm::ClusterForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_bootstrap(new QLineEdit(this)), m_protocol(new QComboBox(this)),
      m_mechanism(new QComboBox(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_passwordNote(new QLabel(tr("Passwords are kept outside the catalog database, in a file only your user can read."), this)),
      m_registryUrl(new QLineEdit(this)), m_registryUser(new QLineEdit(this)), m_registryPassword(new QLineEdit(this)),
      m_properties(new QPlainTextEdit(this))
{
    m_name->setObjectName(QStringLiteral("clusterNameEdit"));
    m_name->setPlaceholderText(tr("e.g. prod_kafka"));
    m_bootstrap->setObjectName(QStringLiteral("bootstrapEdit"));
    m_bootstrap->setPlaceholderText(tr("host:port[,host:port]"));
    m_protocol->setObjectName(QStringLiteral("securityProtocolCombo"));
    m_protocol->addItems({QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
                          QStringLiteral("SASL_SSL")});
    m_mechanism->setObjectName(QStringLiteral("saslMechanismCombo"));
    m_mechanism->addItems({QString(), QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512"),
                           QStringLiteral("OAUTHBEARER"), QStringLiteral("GSSAPI")});
    m_user->setObjectName(QStringLiteral("saslUserEdit"));
    m_password->setObjectName(QStringLiteral("saslPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setStyleSheet(QStringLiteral("QLabel { color: #57606a; }"));
    m_registryUrl->setObjectName(QStringLiteral("schemaRegistryEdit"));
    m_registryUrl->setPlaceholderText(tr("Optional: http://host:8081 — values in its wire format are decoded (Avro)"));
    m_registryUser->setObjectName(QStringLiteral("schemaRegistryUserEdit"));
    m_registryUser->setPlaceholderText(tr("Optional: basic auth user"));
    m_registryPassword->setObjectName(QStringLiteral("schemaRegistryPasswordEdit"));
    m_registryPassword->setEchoMode(QLineEdit::Password);
    m_properties->setObjectName(QStringLiteral("propertiesEdit"));
    m_properties->setPlaceholderText(tr("One librdkafka property per line, e.g.\nssl.ca.location=/etc/ssl/certs/ca.pem"));
    m_properties->setFixedHeight(96);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Bootstrap servers"), m_bootstrap);
    form->addRow(tr("Security protocol"), m_protocol);
    form->addRow(tr("SASL mechanism"), m_mechanism);
    form->addRow(tr("SASL user"), m_user);
    form->addRow(tr("SASL password"), m_password);
    form->addRow(tr("Schema registry"), m_registryUrl);
    form->addRow(tr("Registry user"), m_registryUser);
    form->addRow(tr("Registry password"), m_registryPassword);
    form->addRow(QString(), m_passwordNote);
    form->addRow(tr("Extra properties"), m_properties);

    for (QLineEdit *e : {m_name, m_bootstrap, m_user, m_password, m_registryUrl, m_registryUser, m_registryPassword})
        connect(e, &QLineEdit::textChanged, this, &ClusterForm::changed);
    connect(m_mechanism, &QComboBox::currentTextChanged, this, &ClusterForm::changed);
    connect(m_properties, &QPlainTextEdit::textChanged, this, &ClusterForm::changed);
    connect(m_protocol, &QComboBox::currentTextChanged, this, [this] {
        updateSaslFields();
        Q_EMIT changed();
    });
    updateSaslFields();
}

void ClusterForm::updateSaslFields()
{
    const bool sasl = m_protocol->currentText().startsWith(QLatin1String("SASL"));
    for (QWidget *w : {static_cast<QWidget *>(m_mechanism), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        w->setEnabled(sasl);
}

void ClusterForm::setCluster(const ClusterConfig &c)
{
    m_name->setText(c.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("Tasks refer to clusters by name, so it cannot change."));
    m_bootstrap->setText(c.bootstrapServers);
    m_protocol->setCurrentText(c.securityProtocol);
    m_mechanism->setCurrentText(c.saslMechanism);
    m_user->setText(c.saslUsername);
    m_password->setText(c.saslPassword);
    m_registryUrl->setText(c.schemaRegistryUrl);
    m_registryUser->setText(c.schemaRegistryUsername);
    m_registryPassword->setText(c.schemaRegistryPassword);
    QStringList lines;
    for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it) lines << it.key() + u'=' + it.value();
    m_properties->setPlainText(lines.join(u'\n'));
}

ClusterConfig ClusterForm::cluster() const
{
    ClusterConfig c;
    c.name = m_name->text().trimmed();
    c.bootstrapServers = m_bootstrap->text().trimmed();
    c.securityProtocol = m_protocol->currentText();
    // SASL settings of a non-SASL protocol would be stored but never used: drop them.
    if (c.securityProtocol.startsWith(QLatin1String("SASL"))) {
        c.saslMechanism = m_mechanism->currentText().trimmed();
        c.saslUsername = m_user->text().trimmed();
        c.saslPassword = m_password->text();
    }
    c.schemaRegistryUrl = m_registryUrl->text().trimmed();
    c.schemaRegistryUsername = m_registryUser->text().trimmed();
    c.schemaRegistryPassword = m_registryPassword->text();
    int badLine = 0;
    QString badText;
    c.properties = parseProperties(m_properties->toPlainText(), &badLine, &badText);
    return c;
}

QString ClusterForm::problem() const
{
    int badLine = 0;
    QString badText;
    parseProperties(m_properties->toPlainText(), &badLine, &badText);
    if (badLine > 0) return tr("Extra properties line %1 is not key=value: %2").arg(badLine).arg(badText);
    return Validation::clusterProblem(cluster());
}

} // namespace outflow
