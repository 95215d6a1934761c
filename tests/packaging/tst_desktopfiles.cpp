// The files a package installs next to the programs must agree with the project: one application
// id everywhere, the CMake project version in the AppStream release list, the changelogs and the
// man pages, the desktop entry translated into every language we ship, and each hicolor PNG the
// size its folder claims. The freedesktop.org validators run in packaging_validate_desktop_files;
// these are the project's own rules, which no validator knows.

#include <QDate>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

namespace {

const QString sourceDir = QStringLiteral(SHURIKEN_SOURCE_DIR);
const QString appId = QStringLiteral(SHURIKEN_APP_ID);
const QString version = QStringLiteral(SHURIKEN_VERSION);
const QString packageRelease = QStringLiteral(SHURIKEN_PACKAGE_RELEASE);
const QStringList programs {QStringLiteral("shuriken-monitor"), QStringLiteral("shuriken-stream"),
                            QStringLiteral("shuriken-sim")};

QByteArray readFile(const QString &relativePath)
{
    QFile file(sourceDir + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// The [Desktop Entry] group as key -> value ("Name[de]" is its own key).
QMap<QString, QString> desktopEntry()
{
    QMap<QString, QString> entries;
    const QString text
        = QString::fromUtf8(readFile(QStringLiteral("resources/desktop/") + appId + QStringLiteral(".desktop")));
    bool inGroup = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u'[')) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (inGroup && equals > 0)
            entries.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entries;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QString icon;
    QStringList releaseVersions; // newest first, as AppStream wants them
    QStringList releaseDates;
    QStringList binaries;
    int screenshots = 0;
    bool contentRating = false;
    QString error;
};

Metainfo metainfo()
{
    Metainfo info;
    QXmlStreamReader xml(readFile(QStringLiteral("resources/desktop/") + appId + QStringLiteral(".metainfo.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id")) {
            info.id = xml.readElementText();
        } else if (name == QLatin1String("launchable")) {
            info.launchable = xml.readElementText();
        } else if (name == QLatin1String("icon")) {
            info.icon = xml.readElementText();
        } else if (name == QLatin1String("release")) {
            info.releaseVersions.append(xml.attributes().value(QLatin1String("version")).toString());
            info.releaseDates.append(xml.attributes().value(QLatin1String("date")).toString());
            xml.skipCurrentElement();
        } else if (name == QLatin1String("binary")) {
            info.binaries.append(xml.readElementText());
        } else if (name == QLatin1String("screenshot")) {
            ++info.screenshots;
            xml.skipCurrentElement();
        } else if (name == QLatin1String("content_rating")) {
            info.contentRating = true;
        } else if (name == QLatin1String("description")) {
            xml.skipCurrentElement(); // prose, and a release has one too
        }
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

} // namespace

class TestDesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryLaunchesTheMonitor();
    void desktopEntryIsTranslated_data();
    void desktopEntryIsTranslated();
    void metainfoDescribesTheSameApplication();
    void metainfoNewestReleaseIsTheProjectVersion();
    void changelogsStartWithTheProjectVersion_data();
    void changelogsStartWithTheProjectVersion();
    void manPagesNameTheProjectVersion_data();
    void manPagesNameTheProjectVersion();
    void iconsHaveTheSizeOfTheirFolder_data();
    void iconsHaveTheSizeOfTheirFolder();
};

void TestDesktopFiles::desktopEntryLaunchesTheMonitor()
{
    const auto entry = desktopEntry();
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("shuriken-monitor"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QCOMPARE(entry.value(QStringLiteral("Categories")), QStringLiteral("Office;Finance;"));
    QVERIFY(!entry.value(QStringLiteral("Keywords")).isEmpty());
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
}

void TestDesktopFiles::desktopEntryIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    // The languages translations/ ships, in the desktop-entry spelling.
    for (const char *language : {"de", "es", "ja", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestDesktopFiles::desktopEntryIsTranslated()
{
    QFETCH(QString, language);
    const auto entry = desktopEntry();
    for (const char *key : {"Name", "GenericName", "Comment", "Keywords"}) {
        const QString localized = QString::fromLatin1(key) + u'[' + language + u']';
        QVERIFY2(!entry.value(localized).isEmpty(), qPrintable(localized));
    }
    // A translated comment that equals the English one is a forgotten translation.
    QVERIFY(entry.value(QStringLiteral("Comment[") + language + u']') != entry.value(QStringLiteral("Comment")));
}

void TestDesktopFiles::metainfoDescribesTheSameApplication()
{
    const Metainfo info = metainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.id, appId);
    QCOMPARE(info.launchable, appId + QStringLiteral(".desktop"));
    QCOMPARE(info.icon, appId);
    QCOMPARE(info.binaries, programs);
    QVERIFY(info.screenshots >= 1);
    QVERIFY(info.contentRating);
}

void TestDesktopFiles::metainfoNewestReleaseIsTheProjectVersion()
{
    const Metainfo info = metainfo();
    QVERIFY(!info.releaseVersions.isEmpty());
    QCOMPARE(info.releaseVersions.constFirst(), version);
    for (const QString &date : info.releaseDates)
        QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
}

void TestDesktopFiles::changelogsStartWithTheProjectVersion_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");
    const QString full = QRegularExpression::escape(version + u'-' + packageRelease);
    QTest::newRow("deb") << QStringLiteral("packaging/deb/changelog")
                         << QStringLiteral("^shuriken-stream-monitor \\(") + full + QStringLiteral("\\) ");
    QTest::newRow("rpm") << QStringLiteral("packaging/rpm/changelog") << QStringLiteral("^\\* .+ - ") + full + u'$';
}

void TestDesktopFiles::changelogsStartWithTheProjectVersion()
{
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    const QString firstLine = QString::fromUtf8(readFile(path)).section(u'\n', 0, 0);
    QVERIFY2(QRegularExpression(pattern).match(firstLine).hasMatch(), qPrintable(firstLine));
}

void TestDesktopFiles::manPagesNameTheProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    for (const QString &program : programs)
        QTest::newRow(qPrintable(program)) << program;
}

void TestDesktopFiles::manPagesNameTheProjectVersion()
{
    QFETCH(QString, program);
    const QString page = QString::fromUtf8(readFile(QStringLiteral("packaging/man/") + program + QStringLiteral(".1")));
    QVERIFY2(!page.isEmpty(), qPrintable(program));
    const QString header = page.section(u'\n', 0, 0);
    QVERIFY2(header.startsWith(QStringLiteral(".TH ") + program.toUpper() + QStringLiteral(" 1 ")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("\"shuriken-stream-monitor ") + version + u'"'), qPrintable(header));
}

void TestDesktopFiles::iconsHaveTheSizeOfTheirFolder_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestDesktopFiles::iconsHaveTheSizeOfTheirFolder()
{
    QFETCH(int, size);
    const QString path = QStringLiteral("resources/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    // The PNG header says it all (signature, then the IHDR chunk: width, height, bit depth,
    // colour type), so this stays a QtCore test that also runs in the GUI-less sanitizer build.
    const QByteArray png = readFile(path);
    QVERIFY2(png.size() > 33, qPrintable(path));
    QVERIFY2(png.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")), qPrintable(path));
    QCOMPARE(png.mid(12, 4), QByteArrayLiteral("IHDR"));
    const auto bigEndian = [&png](int offset) {
        return qFromBigEndian<quint32>(png.constData() + offset);
    };
    QCOMPARE(bigEndian(16), quint32(size));
    QCOMPARE(bigEndian(20), quint32(size));
    const int colourType = static_cast<unsigned char>(png.at(25));
    QVERIFY2(colourType == 6 || colourType == 4, "an icon needs an alpha channel (RGBA or grey + alpha)");
}

QTEST_GUILESS_MAIN(TestDesktopFiles)

#include "tst_desktopfiles.moc"
