#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace shuriken {

namespace {

// Debug lines only on demand (QT_LOGGING_RULES=shuriken.i18n.debug=true): every program logs here at start.
Q_LOGGING_CATEGORY(lcI18n, "shuriken.i18n", QtInfoMsg)

// Our translators are children of the application with this name, so a second install() finds
// and removes exactly what the first one added and leaves other translators alone.
const QString translatorObjectName = QStringLiteral("shuriken.translator");
const QString cataloguePrefix = QStringLiteral("shuriken_");
const QString catalogueSuffix = QStringLiteral(".qm");

// Each catalogue translates this into the name of its own language ("Deutsch", "Español"), so a
// language chooser shows what the translator chose rather than CLDR's regional variant name
// ("español de España" for es).
const struct
{
    const char *source;
    const char *comment;
} languageName = QT_TRANSLATE_NOOP3("shuriken::Translations", "English",
                                    "the name of the language you translate into, written in that language");

/// QLocale for a preference in either spelling ("zh-Hans-CN" or "zh_CN").
QLocale localeOf(QString name)
{
    name.replace(u'-', u'_');
    return QLocale(name);
}

void removePreviousTranslators(QCoreApplication &app)
{
    const auto previous = app.findChildren<QTranslator *>(translatorObjectName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorObjectName);
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

/// Qt's catalogue for the language: from the Qt installation, or from a "translations" folder
/// next to the executable, where windeployqt and the AppImage recipe put it.
bool installQtCatalogue(QCoreApplication &app, const QString &language)
{
    const QString fileName = QStringLiteral("qtbase_") + language;
    const QStringList directories {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                   QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    for (const QString &directory : directories) {
        // Qt ships "qtbase_de.qm" but also "qtbase_zh_CN.qm": try the full name, then the language.
        if (installTranslator(app, fileName, directory))
            return true;
        const qsizetype underscore = language.indexOf(u'_');
        if (underscore > 0 && installTranslator(app, QStringLiteral("qtbase_") + language.left(underscore), directory))
            return true;
    }
    return false;
}

} // namespace

QString Translations::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QStringList Translations::availableLanguages()
{
    const QStringList files
        = QDir(resourceDirectory()).entryList({cataloguePrefix + u'*' + catalogueSuffix}, QDir::Files, QDir::Name);
    QStringList languages;
    languages.reserve(files.size());
    for (const QString &file : files)
        languages.append(
            file.mid(cataloguePrefix.size(), file.size() - cataloguePrefix.size() - catalogueSuffix.size()));
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    QTranslator catalogue;
    if (catalogue.load(cataloguePrefix + language, resourceDirectory())) {
        const QString own = catalogue.translate("shuriken::Translations", languageName.source, languageName.comment);
        if (!own.isEmpty())
            return own;
    }
    if (localeOf(language).language() == QLocale::English)
        return QString::fromLatin1(languageName.source);
    const QString name = localeOf(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    // Some languages write their own name in lower case ("español"); a chooser lists it as a title.
    return name.left(1).toUpper() + name.mid(1);
}

QString Translations::systemLanguageLabel()
{
    return tr("System language", "language chooser: follow the desktop's language");
}

QString Translations::chooseLanguage(const QStringList &preferences, const QStringList &available)
{
    for (const QString &preference : preferences) {
        const QString trimmed = preference.trimmed();
        if (trimmed == QLatin1String("C") || trimmed == QLatin1String("POSIX"))
            return {};
        const QLocale wanted = localeOf(trimmed);
        if (wanted.language() == QLocale::C)
            continue; // a name QLocale does not know says nothing; try the next preference
        if (wanted.language() == QLocale::English)
            return {};
        for (const QString &candidate : available) {
            if (localeOf(candidate).name() == wanted.name() && localeOf(candidate).script() == wanted.script())
                return candidate;
        }
        for (const QString &candidate : available) {
            const QLocale offered = localeOf(candidate);
            if (offered.language() == wanted.language() && offered.script() == wanted.script())
                return candidate;
        }
    }
    return {};
}

Translations::Result Translations::install(QCoreApplication &app, const QString &overrideLanguage)
{
    removePreviousTranslators(app);

    Result result;
    const QString override = overrideLanguage.trimmed();
    QStringList preferences;
    if (override.isEmpty()) {
        result.locale = QLocale::system();
        preferences = result.locale.uiLanguages();
        QLocale::setDefault(result.locale); // undo an override from an earlier call
    } else {
        result.locale = localeOf(override);
        preferences = QStringList {override};
        QLocale::setDefault(result.locale);
    }

    const QString language = chooseLanguage(preferences, availableLanguages());
    if (language.isEmpty()) {
        qCDebug(lcI18n) << "showing the source texts (English) for" << preferences;
        return result;
    }
    if (!installTranslator(app, cataloguePrefix + language, resourceDirectory())) {
        qCWarning(lcI18n) << "the embedded catalogue for" << language << "could not be loaded";
        return result;
    }
    result.language = language;
    result.qtCatalogueLoaded = installQtCatalogue(app, language);
    qCDebug(lcI18n) << "language" << language << (result.qtCatalogueLoaded ? "with" : "without")
                    << "Qt's own catalogue, for" << preferences;
    return result;
}

} // namespace shuriken
