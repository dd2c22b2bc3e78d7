// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/serverconnectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "errors.h"
#include "errortexts.h"

namespace costboard::ui {
namespace {

// What each of libpq's sslmode values means to the person choosing it.
QString tlsModeName(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return ServerConnectionDialog::tr("Off (never encrypted)");
    if (mode == QLatin1String("allow"))
        return ServerConnectionDialog::tr("Allow (encrypted if the server insists)");
    if (mode == QLatin1String("prefer"))
        return ServerConnectionDialog::tr("Prefer (encrypted when the server can)");
    if (mode == QLatin1String("require"))
        return ServerConnectionDialog::tr("Require (always encrypted)");
    if (mode == QLatin1String("verify-ca"))
        return ServerConnectionDialog::tr("Verify CA (encrypted, the certificate checked)");
    if (mode == QLatin1String("verify-full"))
        return ServerConnectionDialog::tr("Verify full (encrypted, certificate and host name checked)");
    return mode;
}

} // namespace

ServerConnectionDialog::ServerConnectionDialog(const ServerAddress &address, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tlsMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Connect to a CostBoard Server"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_tlsMode->setObjectName(QStringLiteral("tlsCombo"));
    for (const QString &mode : ServerAddress::tlsModes())
        m_tlsMode->addItem(tlsModeName(mode), mode);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass or the service file"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_preview->setObjectName(QStringLiteral("addressPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto *intro = new QLabel(tr("A team shares one CostBoard database on a PostgreSQL server. What you may "
                                "change is the role the server gives your user: viewer, controller or "
                                "admin."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_tlsMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectionDialog::updateAddressPreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectionDialog::updateAddressPreview);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &ServerConnectionDialog::updateAddressPreview);
    setAddress(address);
    const int em = fontMetrics().horizontalAdvance(u'M');
    setMinimumWidth(em * 34);
}

ServerAddress ServerConnectionDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.tlsMode = m_tlsMode->currentData().toString();
    // libpq's default; the address is shorter without it.
    if (address.tlsMode == QLatin1String("prefer"))
        address.tlsMode.clear();
    return address;
}

QString ServerConnectionDialog::password() const
{
    return m_password->text();
}

bool ServerConnectionDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ServerConnectionDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port != 0 ? address.port : 5432);
    m_database->setText(address.database.isEmpty() ? QStringLiteral("costboard") : address.database);
    m_user->setText(address.user.isEmpty() ? qEnvironmentVariable("USER") : address.user);
    const int tls
        = m_tlsMode->findData(address.tlsMode.isEmpty() ? QStringLiteral("prefer") : address.tlsMode);
    m_tlsMode->setCurrentIndex(std::max(tls, 0));
    updateAddressPreview();
}

void ServerConnectionDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ServerConnectionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ServerConnectionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ServerConnectionDialog::updateAddressPreview()
{
    const ServerAddress current = address();
    m_preview->setText(current.database.isEmpty() ? QString() : current.toUrl());
}

void ServerConnectionDialog::accept()
{
    const ServerAddress current = address();
    QLineEdit *missing = current.host.isEmpty() ? m_host
        : current.database.isEmpty()            ? m_database
        : current.user.isEmpty()                ? m_user
                                                : nullptr;
    if (missing) {
        setMessage(tr("Fill in the host, the database and the user."));
        missing->setFocus();
        return;
    }
    try {
        // What --db would take: the same checks (a password never goes into it).
        ServerAddress::fromUrl(current.toUrl());
    } catch (const Error &error) {
        setMessage(costboard::errorText(error));
        return;
    }
    setMessage(QString());
    QDialog::accept();
}

} // namespace costboard::ui
