#pragma once

// The native capture file: JSON Lines, a header record first, then one record per entry, plain
// or gzip-compressed (a ".gz" suffix), so that `jq` and `zcat | jq` read it. The format is
// documented in docs/capture-format.md.

#include "capturerecord.h"
#include "framerecord.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace shuriken::capture {

/// Writes a capture while it happens (shuriken-stream --record) or at once (File -> Save
/// Capture). Records are buffered; flush() makes every record written so far complete on the
/// device (gzip: a sync flush), so a writer killed later leaves a file readable up to there.
class CaptureWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaptureWriter)

public:
    enum class Compression
    {
        None,
        Gzip,
    };
    /// Gzip for a name ending in ".gz" (any case), none otherwise.
    static Compression compressionFor(const QString &fileName);

    CaptureWriter();
    ~CaptureWriter(); // close()s
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    /// Creates @p fileName (replacing it) and writes the header record.
    bool open(const QString &fileName, const CaptureHeader &header);
    /// Writes to @p device, which must be open for writing and outlive the writer.
    bool open(QIODevice *device, const CaptureHeader &header, Compression compression);
    bool isOpen() const;

    bool write(const CaptureEntry &entry);
    /// The same record as for a FrameEntry, from a frame passing by (PusherConnection's frame
    /// sink): nothing is copied but into the writer's buffer.
    bool write(const pusher::FrameView &frame);
    bool flush();
    /// Flushes, ends the gzip stream and closes a file the writer opened.
    bool close();

    /// Why the last call failed (the file's error, for the user).
    QString errorString() const;
    /// Bytes written to the device so far (compressed size for gzip).
    qint64 bytesWritten() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads a capture file record by record: native JSON Lines, plain or gzip (detected from the
/// content, not the name). A HAR document is not read here (see harformat.h); readCapture() reads
/// both.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)

public:
    enum class Status
    {
        Entry, // *entry holds the next entry
        End, // no more records
        Truncated, // the file ends inside a record (a writer killed mid-write): cutBytes() says how much
        Error, // errorString() says why; nothing more is read
    };

    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    /// Opens @p fileName and reads its header record. False with errorString() for a file that is
    /// not a capture, or of a newer format version than this build reads.
    bool open(const QString &fileName);
    /// The same from @p device (open for reading; must outlive the reader).
    bool open(QIODevice *device);

    const CaptureHeader &header() const;
    Status readNext(CaptureEntry *entry);

    /// Records skipped because their type is unknown to this version (a later minor addition).
    int skippedRecords() const;
    /// Bytes after the last complete record when readNext() said Truncated.
    qint64 cutBytes() const;
    /// How far the reader is, for a progress bar: bytes of the file consumed, and its size.
    qint64 position() const;
    qint64 size() const;
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// A whole file read at once, native or HAR.
struct CaptureFileContents
{
    Capture capture;
    enum class Kind
    {
        Native,
        Har,
    } kind
        = Kind::Native;
    int skippedRecords = 0;
    /// Non-zero when the file was cut inside a record: it was read up to the last complete one.
    qint64 cutBytes = 0;
    /// What the user should know about the file (cut, skipped records, HAR entries ignored).
    QStringList warnings;
};

/// Reads @p fileName whole: a native capture (plain or gzip) or a HAR document. Empty with
/// @p error set when the file is neither, is damaged before its first record, or is of a
/// newer format version.
std::optional<CaptureFileContents> readCaptureFile(const QString &fileName, QString *error);

/// Reads the entries of an opened @p reader to its end, handing each to @p take (which may move
/// it away; false stops the reading and returns false), and notes in @p contents how the file
/// ended: the warnings of a cut or damaged file, records skipped. readCaptureFile() is this into
/// a list; an index of a big file takes what it needs of each entry instead.
bool readEntries(CaptureReader &reader, const std::function<bool(CaptureEntry &entry)> &take,
                 CaptureFileContents *contents);

/// Writes @p capture to @p fileName (gzip for ".gz").
bool writeCaptureFile(const QString &fileName, const Capture &capture, QString *error);

} // namespace shuriken::capture
