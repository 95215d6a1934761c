#include "pushersettingseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace shuriken {

namespace {

using Preset = PusherSettings::Preset;

QStringList nonEmptyLines(const QPlainTextEdit *edit)
{
    QStringList lines = edit->toPlainText().split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines;
}

QPlainTextEdit *smallTextEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

QSpinBox *portSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1, 65535);
    return spin;
}

std::optional<QByteArray> decodedKey(const QString &text)
{
    const auto result
        = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

} // namespace

PusherSettingsEditor::PusherSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pusherSettingsEditor"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("pusherPreset"));
    for (Preset preset : {Preset::PusherChannels, Preset::Soketi, Preset::Reverb, Preset::Ably, Preset::Custom})
        m_preset->addItem(PusherSettings::presetText(preset), int(preset));
    m_preset->setToolTip(tr("Fills the fields with the server's usual values"));
    form->addRow(tr("&Server:"), m_preset);
    m_hint = new QLabel(tr("Ably: the app key is the part of your Ably API key before the colon, the app secret the "
                           "part after it."),
                        this);
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);

    // pusher-js' option names beside the fields, so settings can be copied from an app's code.
    m_appKey = new QLineEdit(this);
    m_appKey->setObjectName(QStringLiteral("pusherAppKey"));
    form->addRow(tr("App &key (key):"), m_appKey);
    m_cluster = new QLineEdit(this);
    m_cluster->setPlaceholderText(QStringLiteral("mt1, eu, us2, ap1…"));
    form->addRow(tr("&Cluster (cluster):"), m_cluster);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("ws-<cluster>.pusher.com when empty"));
    form->addRow(tr("&Host (wsHost):"), m_host);
    auto *ports = new QHBoxLayout;
    m_wsPort = portSpin(this);
    m_wssPort = portSpin(this);
    m_tls = new QCheckBox(tr("&TLS (forceTLS)"), this);
    ports->addWidget(new QLabel(tr("wsPort:"), this));
    ports->addWidget(m_wsPort);
    ports->addWidget(new QLabel(tr("wssPort:"), this));
    ports->addWidget(m_wssPort);
    ports->addWidget(m_tls);
    ports->addStretch(1);
    form->addRow(tr("Ports:"), ports);
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("optional, e.g. /ws"));
    form->addRow(tr("&Path (wsPath):"), m_path);

    m_channelAuth = new QLineEdit(this);
    m_channelAuth->setPlaceholderText(QStringLiteral("https://example.com/pusher/auth"));
    form->addRow(tr("Channel &auth endpoint (channelAuthorization.endpoint):"), m_channelAuth);
    m_headers = smallTextEdit(tr("Authorization: Bearer …  (one \"Name: value\" a line)"), this);
    m_headers->setObjectName(QStringLiteral("pusherAuthHeaders"));
    form->addRow(tr("Auth &headers (channelAuthorization.headers):"), m_headers);
    m_params = smallTextEdit(tr("name=value  (one a line)"), this);
    form->addRow(tr("Auth pa&rams (channelAuthorization.params):"), m_params);
    m_userAuth = new QLineEdit(this);
    m_userAuth->setPlaceholderText(tr("optional: sign in with pusher:signin"));
    form->addRow(tr("&User auth endpoint (userAuthentication.endpoint):"), m_userAuth);

    m_appId = new QLineEdit(this);
    m_appId->setPlaceholderText(tr("optional: for the HTTP API"));
    form->addRow(tr("App &id (appId):"), m_appId);
    m_appSecret = new QLineEdit(this);
    m_appSecret->setObjectName(QStringLiteral("pusherAppSecret"));
    m_appSecret->setEchoMode(QLineEdit::Password);
    m_appSecret->setToolTip(tr("With the secret, private and presence channels are signed here instead of by the "
                               "auth endpoint"));
    form->addRow(tr("App s&ecret (secret):"), m_appSecret);
    m_masterKey = new QLineEdit(this);
    m_masterKey->setObjectName(QStringLiteral("pusherMasterKey"));
    m_masterKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Encryption &master key, base64 (encryptionMasterKeyBase64):"), m_masterKey);
    auto *secretRow = new QHBoxLayout;
    m_secretStatus = new QLabel(this);
    m_secretStatus->setObjectName(QStringLiteral("pusherSecretStatus"));
    m_secretStatus->setWordWrap(true);
    secretRow->addWidget(m_secretStatus, 1);
    m_forget = new QPushButton(tr("Forget Secrets"), this);
    m_forget->setToolTip(tr("Remove the stored app secret, master key and auth headers when you press OK"));
    secretRow->addWidget(m_forget);
    form->addRow(QString(), secretRow);

    m_userId = new QLineEdit(this);
    form->addRow(tr("Presence user i&d (user_id):"), m_userId);
    m_userInfo = new QLineEdit(this);
    m_userInfo->setPlaceholderText(QStringLiteral("{\"name\": \"Monitor\"}"));
    form->addRow(tr("Presence user in&fo (user_info, JSON):"), m_userInfo);

    const auto changed = [this] {
        if (!m_showing)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_appKey, m_cluster, m_host, m_path, m_channelAuth, m_userAuth, m_appId, m_appSecret,
                            m_masterKey, m_userId, m_userInfo})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit : {m_headers, m_params})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QSpinBox *spin : {m_wsPort, m_wssPort})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_tls, &QCheckBox::toggled, this, changed);
    connect(m_preset, &QComboBox::activated, this, &PusherSettingsEditor::applyPreset);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_shownSecrets = {};
        m_appSecret->clear();
        m_masterKey->clear();
        QStringList kept;
        const QStringList lines = nonEmptyLines(m_headers);
        for (const QString &line : lines) {
            if (!line.endsWith(maskText()))
                kept.append(line);
        }
        m_headers->setPlainText(kept.join(u'\n'));
        updateSecretStatus();
        Q_EMIT edited();
    });
    updateHint();
}

PusherSettingsEditor::~PusherSettingsEditor() = default;

QString PusherSettingsEditor::maskText()
{
    return QStringLiteral(u"\u2022\u2022\u2022\u2022\u2022\u2022");
}

void PusherSettingsEditor::setSettings(const PusherSettings &settings, const std::optional<PusherSecrets> &stored)
{
    m_stored = stored;
    const PusherSecrets current = PusherSecrets::of(settings);
    // What the fields do not show: the current secrets that are the stored ones (all of them
    // while the stored ones are unknown, when the fields wait).
    m_shownSecrets = {};
    if (!stored) {
        m_shownSecrets = current;
    } else {
        if (!current.appSecret.isEmpty() && current.appSecret == stored->appSecret)
            m_shownSecrets.appSecret = current.appSecret;
        if (!current.encryptionMasterKey.isEmpty() && current.encryptionMasterKey == stored->encryptionMasterKey)
            m_shownSecrets.encryptionMasterKey = current.encryptionMasterKey;
        for (const auto &header : current.authHeaders) {
            if (stored->authHeaders.contains(header))
                m_shownSecrets.authHeaders.append(header);
        }
    }
    showFields(settings);
}

void PusherSettingsEditor::showFields(const PusherSettings &settings)
{
    m_showing = true;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(settings.preset))));
    m_appKey->setText(settings.appKey);
    m_cluster->setText(settings.cluster);
    m_host->setText(settings.host);
    m_wsPort->setValue(settings.wsPort);
    m_wssPort->setValue(settings.wssPort);
    m_tls->setChecked(settings.tls);
    m_path->setText(settings.path);
    m_channelAuth->setText(settings.channelAuthEndpoint.toString());
    QStringList params;
    for (const auto &[name, value] : settings.authParams)
        params.append(name + u'=' + value);
    m_params->setPlainText(params.join(u'\n'));
    m_userAuth->setText(settings.userAuthEndpoint.toString());
    m_appId->setText(settings.appId);
    m_userId->setText(settings.userId);
    m_userInfo->setText(settings.userInfo.isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(settings.userInfo).toJson(QJsonDocument::Compact)));

    const bool known = m_stored.has_value();
    m_appSecret->setText(known && m_shownSecrets.appSecret.isEmpty() ? settings.appSecret : QString());
    m_masterKey->setText(known && m_shownSecrets.encryptionMasterKey.isEmpty()
                                 && !settings.encryptionMasterKey.isEmpty()
                             ? QString::fromLatin1(settings.encryptionMasterKey.toBase64())
                             : QString());
    QStringList headers;
    if (known) {
        for (const auto &header : settings.authHeaders) {
            const bool hidden = m_shownSecrets.authHeaders.contains(header);
            headers.append(QString::fromLatin1(header.first) + QStringLiteral(": ")
                           + (hidden ? maskText() : QString::fromUtf8(header.second)));
        }
    }
    m_headers->setPlainText(headers.join(u'\n'));
    for (QWidget *secret : std::initializer_list<QWidget *> {m_appSecret, m_masterKey, m_headers, m_forget})
        secret->setEnabled(known && isEnabled());
    m_showing = false;
    updateHint();
    updateSecretStatus();
}

PusherSettings PusherSettingsEditor::settings() const
{
    PusherSettings settings;
    settings.preset = Preset(m_preset->currentData().toInt());
    settings.appKey = m_appKey->text().trimmed();
    settings.cluster = m_cluster->text().trimmed();
    settings.host = m_host->text().trimmed();
    settings.wsPort = quint16(m_wsPort->value());
    settings.wssPort = quint16(m_wssPort->value());
    settings.tls = m_tls->isChecked();
    settings.path = m_path->text().trimmed();
    settings.channelAuthEndpoint = QUrl(m_channelAuth->text().trimmed());
    const QStringList params = nonEmptyLines(m_params);
    for (const QString &line : params) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            settings.authParams.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
    }
    settings.userAuthEndpoint = QUrl(m_userAuth->text().trimmed());
    settings.appId = m_appId->text().trimmed();
    settings.userId = m_userId->text().trimmed();
    settings.userInfo = QJsonDocument::fromJson(m_userInfo->text().toUtf8()).object();

    if (!m_stored) {
        m_shownSecrets.applyTo(settings);
        return settings;
    }
    settings.appSecret = m_appSecret->text().isEmpty() ? m_shownSecrets.appSecret : m_appSecret->text();
    if (m_masterKey->text().trimmed().isEmpty())
        settings.encryptionMasterKey = m_shownSecrets.encryptionMasterKey;
    else
        settings.encryptionMasterKey = decodedKey(m_masterKey->text()).value_or(QByteArray());
    const QStringList lines = nonEmptyLines(m_headers);
    for (const QString &line : lines) {
        QPair<QByteArray, QByteArray> header;
        if (!parseHeaderLine(line, &header))
            continue;
        if (header.second == maskText().toUtf8()) {
            // The stored value of that name stays; a mask with no stored value behind it is dropped.
            const auto &hidden = m_shownSecrets.authHeaders;
            const auto it = std::find_if(hidden.cbegin(), hidden.cend(),
                                         [&header](const auto &stored) { return stored.first == header.first; });
            if (it == hidden.cend())
                continue;
            header.second = it->second;
        }
        settings.authHeaders.append(header);
    }
    return settings;
}

QString PusherSettingsEditor::inputProblem() const
{
    const QStringList headers = nonEmptyLines(m_headers);
    for (const QString &line : headers) {
        QPair<QByteArray, QByteArray> header;
        if (!parseHeaderLine(line, &header))
            return tr("the auth header “%1” is not “Name: value”").arg(line.left(40));
    }
    const QStringList params = nonEmptyLines(m_params);
    for (const QString &line : params) {
        if (line.indexOf(u'=') <= 0)
            return tr("the auth param “%1” is not “name=value”").arg(line.left(40));
    }
    if (!m_masterKey->text().trimmed().isEmpty() && !decodedKey(m_masterKey->text()))
        return tr("the encryption master key is not base64");
    const QString info = m_userInfo->text().trimmed();
    if (!info.isEmpty() && !QJsonDocument::fromJson(info.toUtf8()).isObject())
        return tr("the presence user info must be a JSON object");
    return {};
}

void PusherSettingsEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_preset, m_wsPort, m_wssPort, m_tls, m_forget})
        widget->setEnabled(!readOnly);
}

void PusherSettingsEditor::applyPreset()
{
    const PusherSettings current = settings();
    PusherSettings preset = PusherSettings::forPreset(Preset(m_preset->currentData().toInt()));
    // A preset knows the server, not the app: what the user typed for the app stays unless the
    // preset has a value of its own (soketi's defaults).
    if (preset.appKey.isEmpty())
        preset.appKey = current.appKey;
    if (preset.appId.isEmpty())
        preset.appId = current.appId;
    preset.userId = current.userId;
    preset.userInfo = current.userInfo;
    PusherSecrets::of(current).applyTo(preset);
    // The secrets stay as they are: hidden ones hidden, typed ones typed.
    const PusherSecrets hidden = m_shownSecrets;
    showFields(preset);
    m_shownSecrets = hidden;
    if (m_stored) {
        m_appSecret->setText(current.appSecret == hidden.appSecret ? QString() : current.appSecret);
        m_masterKey->setText(current.encryptionMasterKey == hidden.encryptionMasterKey
                                 ? QString()
                                 : QString::fromLatin1(current.encryptionMasterKey.toBase64()));
        QStringList headers;
        for (const auto &header : current.authHeaders)
            headers.append(QString::fromLatin1(header.first) + QStringLiteral(": ")
                           + (hidden.authHeaders.contains(header) ? maskText() : QString::fromUtf8(header.second)));
        m_headers->setPlainText(headers.join(u'\n'));
    }
    Q_EMIT edited();
}

void PusherSettingsEditor::updateHint()
{
    m_hint->setVisible(Preset(m_preset->currentData().toInt()) == Preset::Ably);
}

void PusherSettingsEditor::updateSecretStatus()
{
    if (!m_stored) {
        m_secretStatus->setText(tr("Looking up the stored secrets…"));
        return;
    }
    QStringList stored;
    if (!m_shownSecrets.appSecret.isEmpty())
        stored.append(tr("app secret"));
    if (!m_shownSecrets.encryptionMasterKey.isEmpty())
        stored.append(tr("encryption master key"));
    if (!m_shownSecrets.authHeaders.isEmpty())
        stored.append(tr("%n auth header value(s)", nullptr, int(m_shownSecrets.authHeaders.size())));
    const QString placeholder = tr("stored: leave empty to keep");
    m_appSecret->setPlaceholderText(m_shownSecrets.appSecret.isEmpty() ? QString() : placeholder);
    m_masterKey->setPlaceholderText(m_shownSecrets.encryptionMasterKey.isEmpty() ? QString() : placeholder);
    m_secretStatus->setText(stored.isEmpty()
                                ? tr("Secrets are kept in the system keychain, never in the settings file.")
                                : tr("Stored in the keychain: %1.").arg(stored.join(QStringLiteral(", "))));
}

} // namespace shuriken
