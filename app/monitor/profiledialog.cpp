#include "profiledialog.h"

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
    m_remove = new QPushButton(tr("&Remove"), this);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    columns->addLayout(left);

    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_nameEdit);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(Profile::kindText(Profile::Kind::ShurikenApi), int(Profile::Kind::ShurikenApi));
    m_kindCombo->addItem(Profile::kindText(Profile::Kind::CustomUrl), int(Profile::Kind::CustomUrl));
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
    columns->addLayout(form, 2);

    m_problem = new QLabel(this);
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
        if (Profile::Kind(m_kindCombo->currentData().toInt()) == Profile::Kind::ShurikenApi)
            m_urlEdit->setText(Profile::defaultApiUrl().toString());
        storeEdits();
        showProfile(row);
    });

    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this,
                [this](quint64, const QString &key, const QString &secret, bool found, const QString &) {
                    for (const auto &profile : std::as_const(m_profiles)) {
                        if (profile.secretKey() == key)
                            m_storedKeys.insert(profile.id, found ? redactApiKey(secret) : QString());
                    }
                    updateKeyStatus();
                });
        for (const auto &profile : std::as_const(m_profiles)) {
            if (profile.acceptsKey())
                m_secrets->readSecret(profile.secretKey());
        }
    }

    int initial = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == currentId)
            initial = i;
    }
    m_list->setCurrentRow(initial);
    showProfile(initial);
    resize(sizeHint().expandedTo(QSize(640, 360)));
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
    const bool simulator = profile.isSimulator();
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
    m_simulatorNote->setVisible(simulator);
    m_remove->setEnabled(!simulator);
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
    if (profile.isSimulator())
        return;
    profile.name = m_nameEdit->text().trimmed();
    profile.kind = Profile::Kind(m_kindCombo->currentData().toInt());
    profile.baseUrl
        = profile.kind == Profile::Kind::ShurikenApi ? Profile::defaultApiUrl() : QUrl(m_urlEdit->text().trimmed());
    m_list->item(row)->setText(profile.name.isEmpty() ? tr("(unnamed)") : profile.name);
    const QString key = m_keyEdit->text().trimmed();
    if (!key.isEmpty())
        m_keyChanges.insert(profile.id, key);
    else if (m_keyChanges.value(profile.id).has_value())
        m_keyChanges.remove(profile.id); // typed, then erased: back to the stored key
}

void ProfileDialog::addProfile()
{
    storeEdits();
    Profile profile = Profile::newCustom(tr("Custom server"), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    m_profiles.append(profile);
    m_list->addItem(profile.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ProfileDialog::removeProfile()
{
    const int row = currentRow();
    if (row < 0 || m_profiles[row].isSimulator())
        return;
    // The key of a removed profile goes too: nothing may linger in the keychain unreferenced.
    m_keyChanges.insert(m_profiles[row].id, std::nullopt);
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
    for (const auto &profile : std::as_const(m_profiles)) {
        if (profile.isSimulator())
            continue;
        if (profile.name.isEmpty()) {
            problem = tr("Every profile needs a name.");
            break;
        }
        const QString urlProblem = validateBaseUrl(profile.baseUrl);
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
