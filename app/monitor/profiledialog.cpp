#include "profiledialog.h"

#include "pushersettingseditor.h"
#include "redaction.h"
#include "secretstore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace shuriken {

ProfileDialog::ProfileDialog(const QList<Profile> &profiles, const QString &currentId, SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Connection Profiles"));
    setObjectName(QStringLiteral("profileDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    auto *addPusher = new QPushButton(tr("Add &Pusher Server"), this);
    addPusher->setObjectName(QStringLiteral("addPusherProfile"));
    addPusher->setToolTip(tr("A Pusher Channels, soketi, Laravel Reverb or Ably server, subscribed to directly"));
    m_remove = new QPushButton(tr("&Remove"), this);
    listButtons->addWidget(add);
    listButtons->addWidget(addPusher);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    columns->addLayout(left);

    // A Pusher profile has many fields: the form scrolls rather than outgrowing the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formWidget = new QWidget(scroll);
    m_form = new QFormLayout(formWidget);
    QFormLayout *form = m_form;
    m_nameEdit = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_nameEdit);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(Profile::kindText(Profile::Kind::ShurikenApi), int(Profile::Kind::ShurikenApi));
    m_kindCombo->addItem(Profile::kindText(Profile::Kind::CustomUrl), int(Profile::Kind::CustomUrl));
    m_kindCombo->addItem(Profile::kindText(Profile::Kind::Pusher), int(Profile::Kind::Pusher));
    form->addRow(tr("&Kind:"), m_kindCombo);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setPlaceholderText(QStringLiteral("https://api.shuriken.trade"));
    form->addRow(tr("Base &URL:"), m_urlEdit);

    auto *keyRow = new QHBoxLayout;
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("sk_… (leave empty to keep the stored key)"));
    m_keyEdit->setClearButtonEnabled(true);
    auto *reveal
        = m_keyEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key while typing"));
    connect(reveal, &QAction::toggled, m_keyEdit,
            [this](bool on) { m_keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    keyRow->addWidget(m_keyEdit, 1);
    m_clearKey = new QPushButton(tr("Forget Key"), this);
    m_clearKey->setToolTip(tr("Remove the stored key from the keychain when you press OK"));
    keyRow->addWidget(m_clearKey);
    form->addRow(tr("Agent &key:"), keyRow);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    form->addRow(QString(), m_keyStatus);
    m_simulatorNote = new QLabel(tr("The built-in simulator runs inside the monitor on a loopback port and needs "
                                    "no key. Its data is generated, not real market data."),
                                 this);
    m_simulatorNote->setWordWrap(true);
    form->addRow(QString(), m_simulatorNote);
    m_pusherEditor = new PusherSettingsEditor(formWidget);
    form->addRow(m_pusherEditor);
    scroll->setWidget(formWidget);
    columns->addWidget(scroll, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeEdits();
        validate();
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const auto &profile : std::as_const(m_profiles))
        m_list->addItem(profile.name);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_showing)
            showProfile(row);
    });
    connect(add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(addPusher, &QPushButton::clicked, this, &ProfileDialog::addPusherProfile);
    connect(m_pusherEditor, &PusherSettingsEditor::edited, this, [this] {
        storeEdits();
        validate();
    });
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_clearKey, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_keyEdit->clear();
        m_keyChanges.insert(m_profiles[row].id, std::nullopt);
        updateKeyStatus();
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        storeEdits();
        validate();
    });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] {
        storeEdits();
        validate();
    });
    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] {
        storeEdits();
        updateKeyStatus();
        validate();
    });
    connect(m_kindCombo, &QComboBox::activated, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const auto kind = Profile::Kind(m_kindCombo->currentData().toInt());
        if (kind == Profile::Kind::ShurikenApi)
            m_urlEdit->setText(Profile::defaultApiUrl().toString());
        storeEdits(); // what the fields show, for the kind they show
        Profile &profile = m_profiles[row];
        if (kind == Profile::Kind::Pusher && profile.kind != kind) {
            profile.pusher = PusherSettings::forPreset(PusherSettings::Preset::PusherChannels);
            if (!m_storedPusherSecrets.contains(profile.id)) {
                if (m_secrets)
                    m_secrets->readSecret(profile.pusherSecretKey());
                else
                    m_storedPusherSecrets.insert(profile.id, PusherSecrets());
            }
        }
        profile.kind = kind;
        showProfile(row);
    });

    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this,
                [this](quint64, const QString &key, const QString &secret, bool found, const QString &) {
                    for (Profile &profile : m_profiles) {
                        if (profile.secretKey() == key)
                            m_storedKeys.insert(profile.id, found ? redactApiKey(secret) : QString());
                        if (profile.pusherSecretKey() == key && !m_storedPusherSecrets.contains(profile.id)) {
                            const PusherSecrets stored = found ? PusherSecrets::fromText(secret) : PusherSecrets();
                            m_storedPusherSecrets.insert(profile.id, stored);
                            stored.applyTo(profile.pusher);
                            if (currentRow() >= 0 && &m_profiles[currentRow()] == &profile)
                                showProfile(currentRow());
                        }
                    }
                    updateKeyStatus();
                });
        for (const auto &profile : std::as_const(m_profiles)) {
            if (profile.acceptsKey())
                m_secrets->readSecret(profile.secretKey());
            if (profile.kind == Profile::Kind::Pusher)
                m_secrets->readSecret(profile.pusherSecretKey());
        }
    } else {
        for (const auto &profile : std::as_const(m_profiles)) {
            if (profile.kind == Profile::Kind::Pusher)
                m_storedPusherSecrets.insert(profile.id, PusherSecrets::of(profile.pusher));
        }
    }

    int initial = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == currentId)
            initial = i;
    }
    m_list->setCurrentRow(initial);
    showProfile(initial);
    resize(sizeHint().expandedTo(QSize(860, 560)));
}

ProfileDialog::~ProfileDialog() = default;

int ProfileDialog::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? row : -1;
}

QString ProfileDialog::selectedId() const
{
    const int row = currentRow();
    return row >= 0 ? m_profiles[row].id : QString();
}

void ProfileDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void ProfileDialog::showProfile(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    m_showing = true;
    const Profile &profile = m_profiles[row];
    const bool simulator = profile.isBuiltIn();
    m_nameEdit->setText(profile.name);
    m_nameEdit->setEnabled(!simulator);
    m_kindCombo->setVisible(!simulator);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(profile.kind)));
    m_urlEdit->setText(simulator ? tr("(chosen when the simulator starts)") : profile.baseUrl.toString());
    m_urlEdit->setEnabled(profile.kind == Profile::Kind::CustomUrl);
    const auto change = m_keyChanges.constFind(profile.id);
    m_keyEdit->setText(change != m_keyChanges.constEnd() && change->has_value() ? **change : QString());
    m_keyEdit->setEnabled(profile.acceptsKey());
    m_clearKey->setEnabled(profile.acceptsKey());
    m_simulatorNote->setText(profile.kind == Profile::Kind::PusherSimulator
                                 ? tr("The built-in simulator as a plain Pusher-protocol server, inside the monitor "
                                      "on a loopback port: subscribe to any channel by name, public, private, "
                                      "presence or encrypted. Nothing is published until something triggers events.")
                                 : tr("The built-in simulator runs inside the monitor on a loopback port and needs "
                                      "no key. Its data is generated, not real market data."));
    m_simulatorNote->setVisible(simulator);
    m_remove->setEnabled(!simulator);
    if (profile.kind == Profile::Kind::Pusher) {
        const auto stored = m_storedPusherSecrets.constFind(profile.id);
        m_pusherEditor->setSettings(profile.pusher,
                                    stored != m_storedPusherSecrets.constEnd() ? std::optional<PusherSecrets>(*stored)
                                                                               : std::nullopt);
    }
    showKindRows(profile);
    m_showing = false;
    updateKeyStatus();
    validate();
}

void ProfileDialog::storeEdits()
{
    const int row = currentRow();
    if (row < 0 || m_showing)
        return;
    Profile &profile = m_profiles[row];
    if (profile.isBuiltIn())
        return;
    profile.name = m_nameEdit->text().trimmed();
    m_list->item(row)->setText(profile.name.isEmpty() ? tr("(unnamed)") : profile.name);
    // The fields show profile.kind (a change of kind is applied after this, by the combo).
    if (profile.kind == Profile::Kind::Pusher) {
        profile.baseUrl.clear();
        profile.pusher = m_pusherEditor->settings();
        return;
    }
    profile.pusher = {};
    profile.kind = Profile::Kind(m_kindCombo->currentData().toInt());
    if (profile.kind == Profile::Kind::Pusher)
        return;
    profile.baseUrl
        = profile.kind == Profile::Kind::ShurikenApi ? Profile::defaultApiUrl() : QUrl(m_urlEdit->text().trimmed());
    const QString key = m_keyEdit->text().trimmed();
    if (!key.isEmpty())
        m_keyChanges.insert(profile.id, key);
    else if (m_keyChanges.value(profile.id).has_value())
        m_keyChanges.remove(profile.id); // typed, then erased: back to the stored key
}

void ProfileDialog::showKindRows(const Profile &profile)
{
    // Pusher servers and the Pusher simulator have neither a base URL nor an agent key.
    const bool shuriken = !profile.isPusher();
    int statusRow = -1;
    QFormLayout::ItemRole role {};
    m_form->getWidgetPosition(m_keyStatus, &statusRow, &role);
    m_form->setRowVisible(m_urlEdit, shuriken);
    m_form->setRowVisible(statusRow - 1, shuriken); // the key and its Forget button
    m_form->setRowVisible(statusRow, shuriken);
    m_form->setRowVisible(m_pusherEditor, profile.kind == Profile::Kind::Pusher);
}

QHash<QString, PusherSecrets> ProfileDialog::pusherSecretChanges() const
{
    QHash<QString, PusherSecrets> changes;
    for (const auto &profile : m_profiles) {
        const auto stored = m_storedPusherSecrets.constFind(profile.id);
        if (stored == m_storedPusherSecrets.constEnd())
            continue; // never known, so never edited
        const PusherSecrets current
            = profile.kind == Profile::Kind::Pusher ? PusherSecrets::of(profile.pusher) : PusherSecrets();
        if (current != *stored)
            changes.insert(profile.id, current);
    }
    for (const QString &id : m_removedPusherIds)
        changes.insert(id, PusherSecrets());
    return changes;
}

void ProfileDialog::addProfile()
{
    storeEdits();
    appendProfile(Profile::newCustom(tr("Custom server"), QUrl(QStringLiteral("http://127.0.0.1:8080"))));
}

void ProfileDialog::addPusherProfile()
{
    storeEdits();
    Profile profile = Profile::newPusher(tr("Pusher server"), PusherSettings::Preset::PusherChannels);
    m_storedPusherSecrets.insert(profile.id, PusherSecrets()); // a fresh id has nothing stored
    appendProfile(profile);
}

void ProfileDialog::appendProfile(const Profile &profile)
{
    m_profiles.append(profile);
    m_list->addItem(profile.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ProfileDialog::removeProfile()
{
    const int row = currentRow();
    if (row < 0 || m_profiles[row].isBuiltIn())
        return;
    // The key of a removed profile goes too: nothing may linger in the keychain unreferenced.
    m_keyChanges.insert(m_profiles[row].id, std::nullopt);
    if (m_profiles[row].kind == Profile::Kind::Pusher || m_storedPusherSecrets.contains(m_profiles[row].id)) {
        m_removedPusherIds.append(m_profiles[row].id);
        m_storedPusherSecrets.remove(m_profiles[row].id);
    }
    m_profiles.removeAt(row);
    m_showing = true;
    delete m_list->takeItem(row);
    m_showing = false;
    const int next = std::min(row, int(m_profiles.size()) - 1);
    m_list->setCurrentRow(next);
    showProfile(next);
}

void ProfileDialog::updateKeyStatus()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Profile &profile = m_profiles[row];
    if (!profile.acceptsKey()) {
        m_keyStatus->clear();
        return;
    }
    QString text;
    const auto change = m_keyChanges.constFind(profile.id);
    if (change != m_keyChanges.constEnd()) {
        text = change->has_value() ? tr("The new key %1 is stored when you press OK.").arg(redactApiKey(**change))
                                   : tr("The stored key is removed when you press OK.");
    } else if (!m_storedKeys.contains(profile.id)) {
        text = m_secrets ? tr("Looking up the stored key…") : QString();
    } else if (m_storedKeys.value(profile.id).isEmpty()) {
        text = profile.requiresKey() ? tr("No key stored. The Shuriken API needs an agent key.") : tr("No key stored.");
    } else {
        text = tr("A key is stored: %1").arg(m_storedKeys.value(profile.id));
    }
    if (m_secrets && !m_secrets->isPersistent())
        text += u' ' + tr("No system keychain is available: keys are kept for this session only.");
    m_keyStatus->setText(text);
}

void ProfileDialog::validate()
{
    QString problem;
    const int row = currentRow();
    if (row >= 0 && m_profiles[row].kind == Profile::Kind::Pusher) {
        const QString inputProblem = m_pusherEditor->inputProblem();
        if (!inputProblem.isEmpty())
            problem = tr("%1: %2").arg(m_profiles[row].name, inputProblem);
    }
    for (const auto &profile : std::as_const(m_profiles)) {
        if (!problem.isEmpty())
            break;
        if (profile.isBuiltIn())
            continue;
        if (profile.name.isEmpty()) {
            problem = tr("Every profile needs a name.");
            break;
        }
        const QString urlProblem
            = profile.kind == Profile::Kind::Pusher ? profile.pusher.validate() : validateBaseUrl(profile.baseUrl);
        if (!urlProblem.isEmpty()) {
            problem = tr("%1: %2").arg(profile.name, urlProblem);
            break;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace shuriken

namespace shuriken {

QString ProfileDialog::problemText() const
{
    return m_problem->text();
}

} // namespace shuriken
