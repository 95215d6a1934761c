#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace shuriken {

/// Loads the user-interface language: Qt's own catalogue (qtbase_<lang>.qm from the Qt
/// installation, for the texts of standard dialogs and QKeySequence names) and ours
/// (:/i18n/shuriken_<lang>.qm, embedded in this library). Call install() right after the
/// QCoreApplication/QApplication exists and before the first tr() whose result is kept
/// (application display name, command-line help, widgets).
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::Translations)

public:
    Translations() = delete;

    /// What install() did, for a log line or a test.
    struct Result
    {
        /// The locale the catalogues were looked up for: the override when one was given,
        /// the system locale otherwise.
        QLocale locale;
        /// Our catalogue that was installed, e.g. "de" or "zh_CN"; empty when the source texts
        /// (English) are shown because no catalogue matches.
        QString language;
        /// Whether Qt's qtbase catalogue for that language was found and installed.
        bool qtCatalogueLoaded = false;
    };

    /// Installs the translators for overrideLanguage ("de", "de_AT", "zh_CN", "ja", ...) or,
    /// when it is empty, for the system locale (LANGUAGE / LC_ALL / LC_MESSAGES / LANG on Unix).
    /// "en" and "C" select the source texts. A regional variant falls back to the language
    /// ("de_AT" loads "de"). Calling it again replaces the translators installed before, so
    /// a language switch at run time does not stack catalogues; widgets then receive
    /// QEvent::LanguageChange and must retranslate themselves.
    /// An override also becomes QLocale's default, so numbers and dates follow the chosen language.
    static Result install(QCoreApplication &app, const QString &overrideLanguage = QString());

    /// The languages we ship a catalogue for, as locale names ("de", "es", "ja", "zh_CN"),
    /// sorted; read from the embedded resources so the list never drifts from the files.
    static QStringList availableLanguages();

    /// The language's own name for itself ("Deutsch", "日本語"), for a language chooser: the
    /// name its catalogue gives, else the locale's native name; "English" for "en".
    static QString nativeName(const QString &language);

    /// The label of the language chooser's first entry, which follows the desktop's language
    /// (stored as an empty override). Translated, unlike the entries from nativeName().
    static QString systemLanguageLabel();

    /// Where the embedded catalogues live (":/i18n").
    static QString resourceDirectory();

    /// The catalogue to show for a user's ordered language preferences (QLocale::uiLanguages()
    /// form: "de-AT", "zh-Hans-CN", "en"), or empty for the source texts. Preferences are tried
    /// in order: an exact match first, then the same language in the same script ("de_AT" takes
    /// "de", "zh-Hans-SG" takes "zh_CN", "zh-TW" takes nothing). English or "C" ends the search,
    /// because our source texts are English: "en_GB:de" must stay English, not fall through
    /// to German. Unknown names are skipped. Pure, so the policy is testable without a locale.
    static QString chooseLanguage(const QStringList &preferences, const QStringList &available);
};

} // namespace shuriken
