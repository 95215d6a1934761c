// The translation loader and the catalogues embedded with it: the language policy (pure), and
// that installing a language really makes QCoreApplication::translate() return that language's
// text for strings of app/ and lib/ — which proves the .ts files are compiled, embedded under
// :/i18n and found at run time, as in the installed application.

#include "translations.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace shuriken;

namespace {

// Set in main() before the application exists, because the system locale is read once.
constexpr char systemLanguages[] = "ja:de";

struct Known
{
    const char *context;
    const char *source;
    const char *disambiguation;
};

// One string of app/ (the loader's own) and one of lib/ (a subscription status shown in the GUI
// and the CLI): both must come out translated.
constexpr Known appString {"shuriken::Translations", "System language",
                           "language chooser: follow the desktop's language"};
constexpr Known libString {"shuriken::Subscription", "subscribed", nullptr};

QString translated(const Known &known)
{
    return QCoreApplication::translate(known.context, known.source, known.disambiguation);
}

qsizetype ourTranslatorCount()
{
    return qApp->findChildren<QTranslator *>(QStringLiteral("shuriken.translator"), Qt::FindDirectChildrenOnly).size();
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void availableLanguagesAreTheEmbeddedCatalogues();
    void chooseLanguage_data();
    void chooseLanguage();
    void installLoadsTheLanguage_data();
    void installLoadsTheLanguage();
    void regionalOverrideFallsBackToTheLanguage();
    void overrideBecomesTheDefaultLocale();
    void reinstallReplacesInsteadOfStacking();
    void englishAndUnknownShowTheSourceTexts_data();
    void englishAndUnknownShowTheSourceTexts();
    void withoutOverrideTheSystemLanguagesDecide();
    void qtCatalogueIsLoadedWhenInstalled();
    void nativeNames_data();
    void nativeNames();
};

void TestTranslations::cleanup()
{
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestTranslations::availableLanguagesAreTheEmbeddedCatalogues()
{
    QCOMPARE(Translations::availableLanguages(),
             (QStringList {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("zh_CN")}));
    for (const QString &language : Translations::availableLanguages()) {
        const QFileInfo file(Translations::resourceDirectory() + QStringLiteral("/shuriken_") + language
                             + QStringLiteral(".qm"));
        QVERIFY2(file.size() > 1024, qPrintable(file.filePath())); // a catalogue, not an empty shell
    }
}

void TestTranslations::chooseLanguage_data()
{
    QTest::addColumn<QStringList>("preferences");
    QTest::addColumn<QString>("expected");

    const auto list = [](const char *preferences) {
        return QString::fromLatin1(preferences).split(u':', Qt::SkipEmptyParts);
    };
    QTest::newRow("exact") << list("de") << QStringLiteral("de");
    QTest::newRow("region falls back to language") << list("de-AT:de-Latn-AT") << QStringLiteral("de");
    QTest::newRow("underscore spelling") << list("es_MX") << QStringLiteral("es");
    QTest::newRow("Japanese with script") << list("ja-Jpan-JP:ja-JP:ja") << QStringLiteral("ja");
    QTest::newRow("Simplified Chinese, China") << list("zh-Hans-CN:zh-CN:zh") << QStringLiteral("zh_CN");
    QTest::newRow("Simplified Chinese, Singapore") << list("zh-Hans-SG") << QStringLiteral("zh_CN");
    QTest::newRow("plain zh means Simplified") << list("zh") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional Chinese is not Simplified") << list("zh-Hant-TW:zh-TW") << QString();
    QTest::newRow("first match wins") << list("fr:ja:de") << QStringLiteral("ja");
    QTest::newRow("English first stays English") << list("en-GB:de") << QString();
    QTest::newRow("English later does not hide German") << list("de:en") << QStringLiteral("de");
    QTest::newRow("C locale") << list("C:de") << QString();
    QTest::newRow("unknown names are skipped") << list("xx:qq-ZZ:es") << QStringLiteral("es");
    QTest::newRow("nothing we ship") << list("fr-FR:pt-BR") << QString();
    QTest::newRow("no preferences") << QStringList() << QString();
}

void TestTranslations::chooseLanguage()
{
    QFETCH(QStringList, preferences);
    QFETCH(QString, expected);
    QCOMPARE(Translations::chooseLanguage(preferences, Translations::availableLanguages()), expected);
}

void TestTranslations::installLoadsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("appText");
    QTest::addColumn<QString>("libText");

    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Systemsprache") << QStringLiteral("abonniert");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Idioma del sistema") << QStringLiteral("suscrito");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("システムの言語")
                        << QStringLiteral("サブスクライブ済み");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("系统语言") << QStringLiteral("已订阅");
}

void TestTranslations::installLoadsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, appText);
    QFETCH(QString, libText);

    QCOMPARE(translated(appString), QString::fromLatin1(appString.source));
    const auto result = Translations::install(*qApp, language);
    QCOMPARE(result.language, language);
    QCOMPARE(translated(appString), appText);
    QCOMPARE(translated(libString), libText);
}

void TestTranslations::regionalOverrideFallsBackToTheLanguage()
{
    const auto result = Translations::install(*qApp, QStringLiteral("de_CH"));
    QCOMPARE(result.language, QStringLiteral("de"));
    QCOMPARE(result.locale.territory(), QLocale::Switzerland);
    QCOMPARE(translated(appString), QStringLiteral("Systemsprache"));
}

void TestTranslations::overrideBecomesTheDefaultLocale()
{
    Translations::install(*qApp, QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

    Translations::install(*qApp, QString());
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::reinstallReplacesInsteadOfStacking()
{
    Translations::install(*qApp, QStringLiteral("de"));
    const qsizetype afterFirst = ourTranslatorCount();
    QVERIFY(afterFirst >= 1);

    const auto result = Translations::install(*qApp, QStringLiteral("ja"));
    QCOMPARE(result.language, QStringLiteral("ja"));
    QCOMPARE(ourTranslatorCount(), afterFirst);
    QCOMPARE(translated(appString), QStringLiteral("システムの言語"));

    Translations::install(*qApp, QStringLiteral("en"));
    QCOMPARE(ourTranslatorCount(), 0);
    QCOMPARE(translated(appString), QString::fromLatin1(appString.source));
}

void TestTranslations::englishAndUnknownShowTheSourceTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("fr, not shipped") << QStringLiteral("fr");
    QTest::newRow("zh_TW, not shipped") << QStringLiteral("zh_TW");
    QTest::newRow("garbage") << QStringLiteral("no such language");
}

void TestTranslations::englishAndUnknownShowTheSourceTexts()
{
    QFETCH(QString, language);
    Translations::install(*qApp, QStringLiteral("de")); // something to be replaced
    const auto result = Translations::install(*qApp, language);
    QVERIFY(result.language.isEmpty());
    QVERIFY(!result.qtCatalogueLoaded);
    QCOMPARE(ourTranslatorCount(), 0);
    QCOMPARE(translated(appString), QString::fromLatin1(appString.source));
    QCOMPARE(translated(libString), QString::fromLatin1(libString.source));
}

void TestTranslations::withoutOverrideTheSystemLanguagesDecide()
{
    // main() set LANGUAGE=ja:de: Japanese is preferred and shipped.
    QVERIFY2(QLocale::system().uiLanguages().constFirst().startsWith(QLatin1String("ja")),
             qPrintable(QLocale::system().uiLanguages().join(u',')));
    const auto result = Translations::install(*qApp, QString());
    QCOMPARE(result.language, QStringLiteral("ja"));
    QCOMPARE(translated(appString), QStringLiteral("システムの言語"));
}

void TestTranslations::qtCatalogueIsLoadedWhenInstalled()
{
    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFileInfo::exists(qtCatalogue))
        QSKIP("Qt's German catalogue is not installed here (Debian: qt6-translations-l10n)");
    const auto result = Translations::install(*qApp, QStringLiteral("de"));
    QVERIFY(result.qtCatalogueLoaded);
    // A qtbase string every Qt application shows: QCommandLineParser's --help description.
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
             QStringLiteral("Zeigt Versionsinformation an."));
}

void TestTranslations::nativeNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Español");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("日本語");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
}

void TestTranslations::nativeNames()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(Translations::nativeName(language), expected);
}

int main(int argc, char *argv[])
{
    // The system locale is read once per process: fix it before anything reads it, so the test
    // does not depend on the machine's language.
    qputenv("LC_ALL", "de_DE.UTF-8");
    qputenv("LANGUAGE", systemLanguages);
    QCoreApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
